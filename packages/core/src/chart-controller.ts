import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { Q4ErrorDetail } from './events.js';
import { coreMessages, fill, type Lang } from './i18n.js';
import type { FigureDefinition } from './types.js';

/** A figure that throws on its data or options, or a chart that cannot be drawn: why, for the widget and `q4-error`. */
export function renderFailure(error: unknown, lang: Lang): Q4ErrorDetail {
  return { code: 'render', message: fill(coreMessages[lang].render, { detail: String((error as Error)?.message ?? error).slice(0, 120) }) };
}

/** What the chart controller asks of its widget. */
export interface ChartSource<M> {
  figure(): Pick<FigureDefinition<unknown, unknown, M>, 'chart' | 'colors'>;
  /** Whether the widget shows its dark colours: a change draws anew. */
  dark(): boolean;
  /** Whether the chart is part of a static fragment: it is never bound nor announced. */
  isStatic(): boolean;
  /** Wires keyboard and pointer interaction into a new chart; returns the clean-up. */
  bind(chart: Element, model: M): () => void;
  /** Tells the page: a new chart is on screen (`q4-render`), or a chart could not be drawn (`q4-error`). */
  report(event: { drawn: number } | { failed: Q4ErrorDetail }): void;
}

/**
 * The widget's chart: drawn once per model, width, language and colour scheme (a render for anything else, such as
 * the table opening, reuses it), in the widget's colours, bound to its interaction once it is in the shadow root,
 * and announced then (`q4-render`). A chart that cannot be drawn is told to the page once, not per render.
 */
export class ChartController<M> implements ReactiveController {
  #chart?: { element: Element; model: M; width: number; lang: Lang; dark: boolean };
  #isNew = false;
  #unbind?: () => void;
  #failed?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private readonly source: ChartSource<M>,
  ) {
    host.addController(this);
  }

  /** Back in the page after a removal: draw again (and the data controller fetches again if a fetch was cut off). */
  hostConnected(): void {
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unbind?.();
    this.#unbind = undefined;
    this.#chart = undefined;
  }

  /** A chart made but not in the shadow root yet (a step of the first draw) is bound, and announced, once it is shown. */
  hostUpdated(): void {
    const chart = this.#chart;
    if (!this.#isNew || !chart?.element.parentNode || this.source.isStatic()) return;
    this.#isNew = false;
    this.#unbind?.();
    this.#unbind = this.source.bind(chart.element, chart.model);
    this.source.report({ drawn: chart.width });
  }

  /** Whether the chart made last is the one for this model, width, language and colour scheme. */
  isFor(model: M, width: number, lang: Lang): boolean {
    const c = this.#chart;
    return !!c && c.model === model && c.width === width && c.lang === lang && c.dark === this.source.dark();
  }

  /** The chart for this model, width and language: the one made last if it is that, else a new one. Throws what the figure throws. */
  for(model: M, width: number, lang: Lang): Element {
    if (this.isFor(model, width, lang)) return this.#chart!.element;
    const element = this.source.figure().chart(model, { width, lang, colors: this.#colors() });
    this.#chart = { element, model, width, lang, dark: this.source.dark() };
    this.#isNew = true;
    return element;
  }

  /** The chart for this model or why it cannot be drawn (told to the page once per reason). */
  draw(model: M, width: number, lang: Lang): { chart: Element } | { failed: Q4ErrorDetail } {
    try {
      const chart = this.for(model, width, lang);
      this.#failed = undefined;
      return { chart };
    } catch (error) {
      const detail = renderFailure(error, lang);
      if (this.#failed !== detail.message) this.source.report({ failed: detail });
      this.#failed = detail.message;
      return { failed: detail };
    }
  }

  /** The chart's colours, read once per draw from the CSS custom properties the figure names. */
  #colors(): Record<string, string> {
    const names = this.source.figure().colors;
    if (!names) return {};
    const style = getComputedStyle(this.host);
    const colors: Record<string, string> = {};
    for (const [name, prop] of Object.entries(names)) {
      const value = style.getPropertyValue(prop).trim();
      if (value) colors[name] = value;
    }
    return colors;
  }

  /** The chart on screen if it shows this model (for exports), else null. */
  of(model: M): Element | null {
    return this.#chart?.model === model ? this.#chart.element : null;
  }
}
