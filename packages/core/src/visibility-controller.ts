import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/** How far outside the viewport a widget starts its work: about a screen ahead of the reader. */
export const NEAR_MARGIN = '400px 0px';

/**
 * Defers a widget's work (loading data, drawing) until it comes near the viewport, so a page with widgets
 * below the fold pays for none of them at load. `near` turns true once, on the first intersection, and
 * stays true. `loading="eager"` on the host, a browser without IntersectionObserver, printing, and focus
 * moving into the widget (a keyboard or screen-reader user getting there first) start the work at once.
 */
export class VisibilityController implements ReactiveController {
  /** Whether the widget has come near the viewport (or is eager). */
  near = false;
  #observer?: IntersectionObserver;
  #checked = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { loading: string }) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (this.host.loading === 'eager' || typeof IntersectionObserver !== 'function') {
      this.near = true;
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.show();
      },
      { rootMargin: NEAR_MARGIN },
    );
    this.#observer.observe(this.host);
    this.host.addEventListener('focusin', this.show);
    globalThis.addEventListener?.('beforeprint', this.show);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  hostUpdate(): void {
    if (!this.near && this.host.loading === 'eager') this.show();
  }

  /**
   * Called by the widget before its first render: a widget already near the viewport starts in that render, with no
   * placeholder and no wait for the observer's first report. Widgets render one after another, each with its content
   * in place before the next one looks, so a widget further down sees where it really is.
   */
  checkNow(): void {
    if (this.near || this.#checked) return;
    this.#checked = true;
    if (!this.host.getClientRects().length) return; // display: none, or not laid out
    const box = this.host.getBoundingClientRect();
    const margin = parseFloat(NEAR_MARGIN);
    if (box.top <= innerHeight + margin && box.bottom >= -margin && box.left <= innerWidth && box.right >= 0) {
      this.near = true;
      this.#stop();
    }
  }

  /** Starts the widget's work now. */
  show = (): void => {
    if (this.near) return;
    this.near = true;
    this.#stop();
    this.host.requestUpdate();
  };

  #stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.host.removeEventListener('focusin', this.show);
    globalThis.removeEventListener?.('beforeprint', this.show);
  }
}
