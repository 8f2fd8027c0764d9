import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/** A place chosen in one widget, for the widgets linked to it. */
export interface Q4LinkDetail {
  /** The `link` value the widgets share. */
  channel: string;
  /** CBS code of the chosen municipality, e.g. `GM0355`. */
  code: string;
  /** Its name. */
  name: string;
  /** The widget it was chosen in. */
  source: Element;
}

/**
 * Linked widgets (`link="…"`): a place chosen in one widget (its `q4-select`, unless a listener cancelled it) is
 * announced on the document as a `q4-link` event, and every other widget with the same `link` value follows it.
 * The event goes through the document, not a module variable, so widgets from different bundles (the autoloader, a
 * per-widget file, the npm packages) link too. Only a reader's own choice is announced, never a followed one, so
 * linked widgets cannot echo each other in a loop.
 */
export class LinkController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { link: string },
    private readonly follow: (place: { code: string; name: string }) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('q4-link', this.#onLink);
  }

  hostDisconnected(): void {
    document.removeEventListener('q4-link', this.#onLink);
  }

  /** Tells the widgets linked to the host that a reader chose this place in it. */
  announce(place: { code: string; name: string }): void {
    const channel = this.host.link.trim();
    if (!channel || !this.host.isConnected) return;
    const detail: Q4LinkDetail = { channel, code: place.code, name: place.name, source: this.host };
    this.host.ownerDocument.dispatchEvent(new CustomEvent('q4-link', { detail }));
  }

  #onLink = (event: Event): void => {
    const detail = (event as CustomEvent<Q4LinkDetail>).detail;
    const channel = this.host.link.trim();
    if (!channel || !detail || detail.source === this.host || detail.channel !== channel) return;
    if (typeof detail.code !== 'string' || typeof detail.name !== 'string') return;
    this.follow({ code: detail.code, name: detail.name });
  };
}
