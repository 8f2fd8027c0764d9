import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

export type Theme = 'light' | 'dark' | 'auto';

const dark = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
const hosts = new Set<ThemeController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: an ancestor's data-q4-theme may change the theme of many widgets. */
function watch(controller: ThemeController): void {
  hosts.add(controller);
  if (!observer && typeof MutationObserver === 'function') {
    observer = new MutationObserver(() => hosts.forEach((h) => h.update()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-q4-theme', 'class'], subtree: true });
    dark?.addEventListener('change', notifyAll);
  }
}
function unwatch(controller: ThemeController): void {
  hosts.delete(controller);
  if (!hosts.size && observer) {
    observer.disconnect();
    observer = undefined;
    dark?.removeEventListener('change', notifyAll);
  }
}
const notifyAll = () => hosts.forEach((h) => h.update());

/**
 * Works out whether a widget is dark: its own `theme` attribute, else the nearest ancestor's `data-q4-theme` or
 * class `q4-theme-dark` / `q4-theme-light` / `q4-theme-auto`, else light. `auto` follows the reader's `prefers-color-scheme`. Marks the host with `data-q4-dark` (which the
 * styles key on) and asks for a redraw when the answer changes, so chart colours read at render time follow.
 */
export class ThemeController implements ReactiveController {
  /** Whether the widget is drawn dark now. */
  dark = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { theme: string }) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
    this.update();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  hostUpdate(): void {
    this.update(false);
  }

  /** Recomputes the theme; redraws when it changed (unless called during an update). */
  update(request = true): void {
    const own = this.host.theme;
    const ancestor = this.host.parentElement?.closest('[data-q4-theme], .q4-theme-dark, .q4-theme-light, .q4-theme-auto');
    const inherited = ancestor?.getAttribute('data-q4-theme') ?? ['dark', 'light', 'auto'].find((t) => ancestor?.classList.contains(`q4-theme-${t}`));
    const theme = (own || inherited || 'light') as Theme;
    const next = theme === 'dark' || (theme === 'auto' && !!dark?.matches);
    if (next === this.dark && this.host.hasAttribute('data-q4-dark') === next) return;
    this.dark = next;
    this.host.toggleAttribute('data-q4-dark', next);
    if (request) this.host.requestUpdate();
  }
}
