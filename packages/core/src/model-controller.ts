import type { DataState } from './data-controller.js';
import type { Q4ErrorDetail } from './events.js';
import { renderFailure } from './chart-controller.js';
import type { TemplateResult } from 'lit';
import { errorTemplate, statusTemplate } from './figure-template.js';
import { coreMessages, type Lang } from './i18n.js';
import type { FigureDefinition, FigureText } from './types.js';
import type { LinkController } from './link-controller.js';
import { errorDetail } from './validation.js';

/** Where a widget stands: loading, showing a model, with nothing to show, or with an error. */
export type Status = 'loading' | 'ready' | 'empty' | 'error';

/** What the model controller asks of its widget. */
export interface ModelSource<D, O, M> {
  figure(): FigureDefinition<D, O, M>;
  /**
   * The data, or why there is none yet (DataController.resolve), then any other data the figure reads (sector-bloem's
   * organisations): all load at once, and the widget waits for every one.
   */
  data(lang: Lang): [DataState<D>, ...DataState<unknown>[]];
  /** The figure's options (read once the data are ready). */
  options(): Partial<O>;
  /**
   * Linked widgets: `shown` when the widget shows what it was given; `refused` when it cannot, which returns true if
   * that was a place followed from a linked widget, which then goes back to what it showed; the model is computed again.
   */
  links: Pick<LinkController, 'shown' | 'refused'>;
  /** Tells the page why the widget shows no figure (`q4-error`), once per reason. */
  report(detail: Q4ErrorDetail): void;
}

/**
 * The widget's state, computed from its data and options in one direction: data and options in, then the status
 * and, when ready, the figure's model and texts, made together (a change of `lang` or an option makes both anew).
 * A sentence that cannot be made is an error state, never a stuck widget.
 */
export class ModelController<D, O, M> {
  status: Status = 'loading';
  /** Why there is no figure (`error`, or `no-data` when `empty`). */
  failure?: Q4ErrorDetail;
  /** Whether a retry may help (a fetch or a module that did not load). */
  retryable = false;
  /** The prepared model and its texts, when ready. */
  shown?: { model: M; text: FigureText };

  constructor(private readonly source: ModelSource<D, O, M>) {}

  /** Computes the state anew from the current data and options. */
  compute(lang: Lang): void {
    const figure = this.source.figure();
    try {
      const [main, ...others] = this.source.data(lang);
      const data = main.state === 'ready' ? (others.find((d) => d.state !== 'ready') ?? main) : main;
      if (data.state === 'failed') return this.#fail(data.error, lang, { retryable: data.retryable });
      if (data.state === 'loading') {
        this.status = 'loading';
        return;
      }
      const options = this.source.options();
      if (figure.isEmpty(data.value)) {
        // Nothing to draw is said on the widget (a polite status) and told to the page once, as `no-data`.
        if (this.status !== 'empty' || this.failure?.code !== 'no-data') {
          this.failure = { code: 'no-data', message: coreMessages[lang].empty };
          this.source.report(this.failure);
        }
        this.status = 'empty';
        this.shown = undefined;
        return;
      }
      const model = figure.prepare(data.value, options, lang);
      this.shown = { model, text: figure.describe(model, lang) };
      this.status = 'ready';
      this.failure = undefined;
      this.source.links.shown(lang);
    } catch (error) {
      this.#fail(error, lang);
    }
  }

  /**
   * What the widget shows while there is no figure: loading, nothing to draw, or an error. A live widget (`live`; a
   * static fragment has none) offers a retry where trying again may help. Until it comes near the viewport, and while
   * its data are on the way, a live widget holds a box of about a chart's height: the page jumps less when it draws,
   * and a widget below it that decides now whether it is near the viewport (VisibilityController.checkNow) sees about
   * where it will be, not where it would be under a small box.
   */
  render(lang: Lang, live?: { near: boolean; retry: () => void }): TemplateResult {
    const { status, failure, retryable } = this;
    if (status === 'error' || status === 'ready') return errorTemplate(lang, failure?.message ?? '', retryable ? live?.retry : undefined);
    return statusTemplate(lang, status, !!live && (status === 'loading' || !live.near));
  }

  /** Shows why there is no figure: `data` given when the data failed on the way (a fetch, a module), with whether a retry may help. */
  #fail(error: unknown, lang: Lang, data?: { retryable: boolean }): void {
    let retryable = data?.retryable ?? false;
    const fromData = !!data;
    let detail = errorDetail(error, lang);
    if (this.source.links.refused(detail?.message ?? coreMessages[lang].bundleFailed, lang)) return this.compute(lang);
    if (!detail && fromData) {
      // Something failed on the way to the data (a module that could not load): say so, offer a retry.
      detail = { code: 'network', message: coreMessages[lang].bundleFailed };
      retryable = true;
    } else if (!detail) {
      // A figure that throws on these data or options: show why, never stay in the loading state.
      detail = renderFailure(error, lang);
    }
    this.status = 'error';
    this.shown = undefined;
    this.retryable = retryable;
    const repeated = this.failure?.code === detail.code && this.failure.message === detail.message;
    this.failure = detail;
    if (!repeated) this.source.report(detail);
  }
}
