import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/**
 * Tracks the host's content width and asks for an update when it changes.
 *
 * The new width is applied in the next animation frame, never inside the ResizeObserver callback:
 * redrawing there changes the host's height in the same frame and makes the browser report
 * "ResizeObserver loop completed with undelivered notifications". So at most one redraw per frame.
 */
export class ResizeController implements ReactiveController {
  /** Current width in CSS pixels; 0 while the host is not laid out (for instance `display: none`). */
  width = 0;
  #observer?: ResizeObserver;
  #frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        if (width !== this.width) {
          this.width = width;
          this.host.requestUpdate();
        }
      });
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }

  /** Measures synchronously when nothing has been observed yet (first render). */
  measure(): number {
    if (!this.width) this.width = Math.floor(this.host.getBoundingClientRect().width);
    return this.width;
  }
}
