import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/**
 * The readout line under a chart: the accessible name of the mark that has focus or is under the pointer
 * ("Zeist → Utrecht: 5.300 banen"), so sighted keyboard and pointer users read what a screen reader hears.
 * Escape anywhere on the page hides it (WCAG 1.4.13: content on hover can be dismissed without moving pointer or
 * focus) and closes an open download menu, with focus back on its summary.
 */
export class ReadoutController implements ReactiveController {
  /** The text shown; '' for none. */
  text = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // On the document while the widget is in it: Escape works wherever focus is.
    this.host.ownerDocument.addEventListener('keydown', this.#onEscape);
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('keydown', this.#onEscape);
  }

  #set(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  /** For `@focusin` on the chart box. */
  onFocus = (event: FocusEvent): void => {
    this.#set((event.target as Element | null)?.getAttribute?.('aria-label') ?? '');
  };

  /** For `@pointerover` on the chart box: marks with a `data-key` and a name. */
  onPointer = (event: PointerEvent): void => {
    const label = (event.target as Element | null)?.closest?.('[data-key][aria-label]')?.getAttribute('aria-label');
    if (label) this.#set(label);
  };

  /** For `@focusout` on the chart box. */
  onBlur = (): void => {
    // A redraw removes the focused mark and fires focusout mid-render: clear only once focus really left.
    queueMicrotask(() => {
      if (!this.host.shadowRoot?.activeElement?.closest('.chart')) this.#set('');
    });
  };

  #onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    this.#set('');
    const root = this.host.shadowRoot;
    const menu = root?.querySelector<HTMLDetailsElement>('details.downloads[open]');
    if (menu && menu.contains(root!.activeElement)) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  };
}
