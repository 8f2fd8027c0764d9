import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/**
 * What a widget tells its page (`q4-error`, `q4-render`), held until the update that caused it is on screen, then
 * dispatched in the order it was queued: a listener finds the widget as the event says. Added after the controllers
 * that queue in their own `hostUpdated` (ChartController), so theirs go out in the same update.
 */
export class EventQueue implements ReactiveController {
  #queued: (() => void)[] = [];

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Queues a dispatch for the end of this update. */
  queue(dispatch: () => void): void {
    this.#queued.push(dispatch);
  }

  hostUpdated(): void {
    const queued = this.#queued;
    this.#queued = [];
    for (const dispatch of queued) dispatch();
  }
}
