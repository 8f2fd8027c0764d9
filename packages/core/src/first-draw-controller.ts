import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { nextTask } from './scheduler.js';

/** Widgets near the viewport that have not drawn their first chart yet: while there are others, a first draw goes in steps. */
const drawing = new Set<object>();

/**
 * Whether the document holds a q4-* tag whose code has yet to arrive (the autoloader's page of several widgets,
 * while the first widget's module is in and the others' are not): that widget is not alone either. Elements that
 * have not upgraded are rare on a page, so the scan is short; it runs once, at a widget's first draw.
 */
const othersComing = (self: Element): boolean =>
  typeof document !== 'undefined' && [...document.querySelectorAll(':not(:defined)')].some((el) => el !== self && el.localName.startsWith('q4-'));

/**
 * A widget's first chart, as Spectrum's PendingStateController keeps a pending state:
 * - **The pending height.** Until its first update the widget's shadow root is empty, and the host holds a chart's
 *   height (`data-q4-pending`, styles.ts), so a widget below that decides now whether it is near the viewport sees
 *   about where it is. A page's widgets upgrade together (one module through the loader), not in the page's order.
 * - **The first draw in steps,** while other widgets near the viewport have yet to draw theirs (or, through the
 *   autoloader, have yet to get their code): the model and texts in one task, the chart in the next, showing it in
 *   a third. Each is a shorter task than the three together, so the page answers input in between and fewer tasks
 *   count as long (Total Blocking Time; docs/performance.md). Meanwhile the widget shows its words around an empty
 *   box of the chart's size (the figure's `chartSize`), so the chart moves nothing when it comes. A widget alone on
 *   its page, one that has drawn before (a resize, a new option) and one taking over static markup draw at once.
 */
export class FirstDrawController implements ReactiveController {
  /** Whether the host has shown a chart; the steps are for its first. */
  drawn = false;
  #steps = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private readonly state: {
      /** A static fragment or a server render: drawn at once, never pending. */
      isStatic: () => boolean;
      /** Whether the widget is near the viewport (VisibilityController). */
      near: () => boolean;
      /** Whether the widget keeps a page's static markup on screen until its chart is ready: it draws at once. */
      holdingStatic: () => boolean;
      /** Whether the widget has settled without a chart (an error, nothing to draw): it no longer holds up others. */
      settled: () => boolean;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const { host } = this;
    if (!host.hasUpdated && !this.state.isStatic() && !this.state.holdingStatic()) host.setAttribute('data-q4-pending', '');
    // An eager widget is about to draw: widgets that update before it know they are not alone.
    if (this.state.near()) this.willDraw();
  }

  hostDisconnected(): void {
    drawing.delete(this.host);
  }

  hostUpdated(): void {
    if (this.host.hasAttribute('data-q4-pending')) this.host.removeAttribute('data-q4-pending');
    if (this.drawn || this.state.settled()) drawing.delete(this.host);
  }

  /** The host is near the viewport and about to work towards its first chart. */
  willDraw(): void {
    if (!this.drawn && !this.state.isStatic()) drawing.add(this.host);
  }

  /**
   * Whether this render waits for a step (and asks for the next render in a new task). `ready` tells whether the
   * chart for this render is made already; `make` makes it, in the step between model and showing.
   */
  step(ready: () => boolean, make: () => void): boolean {
    if (this.drawn || this.state.holdingStatic() || this.#steps >= 2) return false;
    if (drawing.size <= (drawing.has(this.host) ? 1 : 0) && !othersComing(this.host)) return false;
    if (this.#steps === 1) {
      if (ready()) return false;
      make();
    }
    this.#steps++;
    void nextTask().then(() => this.host.requestUpdate());
    return true;
  }
}
