import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { nextTask } from './scheduler.js';

/** Widgets near the viewport that have not drawn their first chart yet: while there are others, a first draw goes in steps. */
const drawing = new Set<Element>();
/** Widgets whose figure is on screen (its words, and its chart or the chart's box), or that settled without one: their height is known. */
const placed = new WeakSet<Element>();
/** Widgets that wait, painting nothing, for one above them to be placed. */
const holding = new Set<FirstDrawController>();
/** How long after its arrival a widget may wait for one above it (ms): a slow widget above keeps the others blank no longer. */
const maxHold = 1000;

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
 * - **The page's order,** for a moment: a widget under one that has yet to show its figure waits, painting nothing,
 *   until that one has (at most a second after it arrived), so the one above grows without moving what a reader sees.
 */
export class FirstDrawController implements ReactiveController {
  /** Whether the host has shown a chart; the steps are for its first. */
  drawn = false;
  #steps = 0;
  /** When the host arrived in the page (its first connection). */
  #arrived = 0;

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
    if (!host.hasUpdated) this.#arrived = performance.now();
    if (!host.hasUpdated && !this.state.isStatic() && !this.state.holdingStatic()) host.setAttribute('data-q4-pending', '');
    // An eager widget is about to draw: widgets that update before it know they are not alone.
    if (this.state.near()) this.willDraw();
  }

  hostDisconnected(): void {
    drawing.delete(this.host);
    holding.delete(this);
    this.place();
  }

  hostUpdated(): void {
    const { host } = this;
    if (host.hasAttribute('data-q4-pending')) host.removeAttribute('data-q4-pending');
    if (this.drawn || this.state.settled()) drawing.delete(host);
    if (this.state.settled()) this.place();
    // While it waits for a widget above it, the host paints nothing (styles.ts).
    if (host.hasAttribute('data-q4-holding') !== holding.has(this)) host.toggleAttribute('data-q4-holding', holding.has(this));
  }

  /**
   * Whether the host waits, painting nothing (`data-q4-holding`) and showing its loading box rather than its figure,
   * because a widget above it near the viewport has yet to show its figure. That one grows when it does and moves this
   * one; moving what paints nothing is no layout shift (the page of seven, docs/performance.md). Until `maxHold` ms
   * after the host arrived; it renders again when the one above is placed, or when the time is up.
   */
  holds(): boolean {
    const { host } = this;
    const left = maxHold - (performance.now() - this.#arrived);
    const waits =
      !this.drawn &&
      !placed.has(host) &&
      !this.state.isStatic() &&
      !this.state.holdingStatic() &&
      left > 0 &&
      [...drawing].some((h) => h !== host && !placed.has(h) && h.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!waits) holding.delete(this);
    else if (!holding.has(this)) {
      holding.add(this);
      setTimeout(() => this.#release(), left);
    }
    return waits;
  }

  /** The host's figure is on screen (or it settled without one): widgets below that wait for it render again. */
  place(): void {
    if (placed.has(this.host)) return;
    placed.add(this.host);
    for (const c of [...holding]) c.#release();
  }

  #release(): void {
    if (holding.delete(this)) this.host.requestUpdate();
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
