import { isServer, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController, DataFailure, PENDING } from './data-controller.js';
import type { Q4ErrorDetail, Q4EventMap } from './events.js';
import { ExportController, type ExportSource } from './export-controller.js';
import { FirstDrawController } from './first-draw-controller.js';
import { LinkController } from './link-controller.js';
import { fileBase, optionName } from './figure.js';
import { errorTemplate, figureTemplate, statusTemplate, type FigureParts } from './figure-template.js';
import { coreMessages, fill, toLang, type Lang } from './i18n.js';
import { ReadoutController } from './readout-controller.js';
import { ResizeController } from './resize-controller.js';
import { UpdateScheduler } from './scheduler.js';
import { StaticTakeover } from './static-takeover.js';
import { baseStyles } from './styles.js';
import { ThemeController } from './theme-controller.js';
import type { FigureDefinition, FigureText } from './types.js';
import { errorDetail } from './validation.js';
import { VERSION } from './version.js';
import { VisibilityController } from './visibility-controller.js';

type Status = 'loading' | 'ready' | 'empty' | 'error';

/** A figure that throws on its data or options, or a chart that cannot be drawn: why, for the widget and `q4-error`. */
function renderFailure(error: unknown, lang: Lang): Q4ErrorDetail {
  return { code: 'render', message: fill(coreMessages[lang].render, { detail: String((error as Error)?.message ?? error).slice(0, 120) }) };
}

/**
 * Base class of every Q4 widget, as small as Shoelace's: the shared attributes (`lang`, `src`, `theme`,
 * `loading`, …), typed `emit()`, and the lifecycle that runs a widget's figure. What a widget draws and says is
 * its figure definition (`figure`), a pure module that `q4-render` and the tests use too; the element maps its
 * attributes to the figure's options and frames the result. The rest is in controllers, each in its own file:
 * data (`data` > `src` > bundled, with states and retry), export (PNG, SVG, CSV), readout and Escape, resize,
 * theme and lazy start; `figure-template.ts` holds the accessible figure.
 *
 * Type parameters: `I` what users may pass as data, `D` the validated data, `O` the options, `M` the model.
 *
 * @fires q4-error - The data or an option is unusable, or there is nothing to draw (`no-data`); `detail` has a `code` and a `message`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @csspart figure - The `<figure>` around title, chart, actions, table and caption.
 * @csspart title - The title, which states the chart's point.
 * @csspart chart - The box that holds the SVG chart.
 * @csspart actions - The row of buttons under the chart.
 * @csspart table - The box that holds the data table.
 * @csspart caption - The caption with summary and source credit.
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 * @csspart link-notice - What a linked widget (`link`) says when it follows, or cannot follow, a place chosen in another.
 * @cssprop --q4-color-text - Text colour.
 * @cssprop --q4-color-muted - Colour of secondary text (caption).
 * @cssprop --q4-color-accent - Accent colour (highlights).
 * @cssprop --q4-color-focus - Colour of the focus ring.
 * @cssprop --q4-font-family - Font family; inherits from the page by default.
 * @cssprop --q4-deferred-height - Height the widget holds until its first chart (while it waits to come into view, and while its code, data and chart are on the way; default 320px), so the page jumps less when it draws.
 */
export abstract class Q4Element<I, D, O, M> extends LitElement {
  /** The release this element belongs to; `define()` compares it when a tag is registered twice. */
  static version = VERSION;
  static override styles: CSSResultGroup = baseStyles;

  /** Language of all texts: `nl` (default) or `en`. */
  @property() override lang = 'nl';

  /** Your own data; takes precedence over `src` and the bundled data. */
  @property({ attribute: false }) data: I | undefined = undefined;

  /** URL of a JSON file with your own data (http(s) or relative); used when `data` is not set. */
  @property() src: string | undefined = undefined;

  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number, attribute: 'fetch-timeout' }) fetchTimeout = 15000;

  /**
   * Colour scheme: `light` (default), `dark`, or `auto` (follows the reader's `prefers-color-scheme`). Without
   * it, the nearest ancestor's `data-q4-theme` applies, so a page can switch all its widgets at once.
   */
  @property({ reflect: true }) theme = '';

  /** Hides the download menu (PNG, SVG, CSV); the table view stays available. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-actions' }) hideActions = false;

  /**
   * `lazy` (default): load data and draw only when the widget comes near the viewport, so widgets further down
   * a page cost nothing at load; `eager`: at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Makes the title a heading of this level (1-6) in the page's outline; 0 (default) keeps it plain text. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 0;

  /**
   * Links widgets without JavaScript: widgets with the same `link` value (e.g. `link="zeist-pagina"`) follow a
   * municipality chosen in any of them (its `q4-select`, unless a listener cancelled it). A widget that cannot
   * show the chosen place says so and keeps what it showed; a polite live region tells what changed.
   */
  @property({ reflect: true }) link = '';

  /**
   * @internal Renders a static fragment (HTML without script): data given, not loaded; the table in a `<details>`;
   * no download buttons. Set by `q4-render --format html` (through @lit-labs/ssr, with `chart` drawing the chart in
   * its own document) and by the builder's "HTML zonder script".
   */
  @property({ attribute: false }) staticFigure?: {
    data: D;
    width: number;
    chart?: (model: M, width: number, lang: Lang) => { markup: TemplateResult; note: string };
  };

  /** @internal */
  @state() protected tableOpen = false;
  /** @internal Bumped when data arrives, so the next update recomputes. */
  @state() protected revision = 0;

  /** @internal */
  protected readonly resize = new ResizeController(this);
  /** @internal */
  protected readonly themes = new ThemeController(this);
  /** @internal */
  protected readonly visibility = new VisibilityController(this);
  /** @internal */
  protected readonly readout = new ReadoutController(this);
  /** @internal The data: `data` > `src` > bundled. */
  protected readonly dataController = new DataController<D>(
    this,
    {
      input: () => this.data,
      src: () => this.src,
      timeout: () => this.fetchTimeout,
      bundled: () => this.staticFigure?.data ?? (this.figure.dataKey ? this.figure.loadDefault(this.options()) : this.figure.loadDefault()),
      bundledKey: () => (this.staticFigure ? 'static' : (this.figure.dataKey?.(this.options()) ?? '')),
      parse: (input) => this.figure.parse(input),
    },
    () => this.revision++,
  );
  /** @internal */
  protected readonly exports = new ExportController(this, () => this.#exportSource());
  /** @internal Linked widgets (`link`): announcing, following, the live region. */
  protected readonly links = new LinkController(this, () => this.figure.attributes);
  /** @internal */
  protected readonly scheduler = new UpdateScheduler(this);
  /** @internal */
  protected readonly takeover = new StaticTakeover(this);
  /** @internal The pending height and the first draw in steps. */
  protected readonly firstDraw = new FirstDrawController(this, {
    isStatic: () => this.isStatic,
    near: () => this.visibility.near,
    holdingStatic: () => this.takeover.holding,
    settled: () => this.#status === 'error' || this.#status === 'empty',
  });

  #status: Status = 'loading';
  #failure?: Q4ErrorDetail;
  #retryable = false;
  #renderError?: string;
  /** The prepared model and its texts, made together in #compute (a change of lang or an option makes both anew). */
  #shown?: { model: M; text: FigureText };
  #chart?: { element: Element; model: M; width: number; lang: Lang; dark: boolean };
  #chartIsNew = false;
  #unbindChart?: () => void;
  #pendingEvents: (() => void)[] = [];

  /** The language in use (`nl` unless `lang` starts with `en`). */
  get locale(): Lang {
    return toLang(this.lang);
  }

  // --- what a widget supplies --------------------------------------------------------------------

  /**
   * @internal Whether this render is a static fragment (on a server or for "HTML zonder script"): controls that
   * would need script (a view toggle, a year menu) are drawn disabled, keeping their place so nothing moves when the
   * live element takes over.
   */
  protected get isStatic(): boolean {
    return isServer || !!this.staticFigure;
  }

  /** @internal The widget's figure: what it draws and says, as pure functions. */
  protected abstract get figure(): FigureDefinition<D, O, M>;

  /** @internal The figure's options: by default each of the figure's attributes, read from its property. */
  protected options(): Partial<O> {
    const self = this as unknown as Record<string, unknown>;
    return Object.fromEntries(this.figure.attributes.map((a) => [optionName(a), self[optionName(a)]])) as Partial<O>;
  }

  /** @internal Other data sources that `retry()` retries (sector-bloem's organisations). */
  protected get extraData(): DataController<unknown>[] {
    return [];
  }

  /** @internal Wires keyboard and pointer interaction into a new chart; returns the clean-up. */
  protected bindChart(_chart: Element, _model: M): () => void {
    return () => {};
  }
  /** @internal Extra content after the chart, such as a list of links the chart shows. */
  protected renderAfterChart(_model: M, _lang: Lang): TemplateResult | typeof nothing {
    return nothing;
  }
  /** @internal Extra content between title and chart, such as a legend. */
  protected renderLegend(_model: M, _lang: Lang): TemplateResult | typeof nothing {
    return nothing;
  }

  /** @internal The chart's colours, read once per draw from the CSS custom properties the figure names. */
  protected chartColors(): Record<string, string> {
    const names = this.figure.colors;
    if (!names) return {};
    const style = getComputedStyle(this);
    const colors: Record<string, string> = {};
    for (const [name, prop] of Object.entries(names)) {
      const value = style.getPropertyValue(prop).trim();
      if (value) colors[name] = value;
    }
    return colors;
  }

  // --- events --------------------------------------------------------------------------------

  /** Dispatches a bubbling, composed `q4-*` event; returns false when a listener called preventDefault. */
  protected emit<K extends keyof Q4EventMap>(type: K, detail: Q4EventMap[K]['detail'], cancelable = false): boolean {
    const go = this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
    // A reader's choice that no listener cancelled: the linked widgets follow it.
    if (type === 'q4-select' && go) this.links.announce(detail as Q4EventMap['q4-select']['detail']);
    return go;
  }

  /**
   * Shows a municipality chosen elsewhere, as a linked widget does (`link`): the iframe embed calls it for its host
   * page, and a page's own script may too. A widget that cannot show the place (no such option, or not in its data)
   * keeps what it showed and says why in its live region; no `q4-error` is fired for it.
   */
  follow(place: { code: string; name?: string }): void {
    this.links.follow(place);
  }

  // --- exports ---------------------------------------------------------------------------------

  /** The file name of a download: `q4-scorecard-zeist-2014.csv`. Null while there is no chart. */
  fileName(extension: 'csv' | 'svg' | 'png'): string | null {
    return this.exports.fileName(extension);
  }

  /** The data shown, as CSV with the source credit in the file; null while there is no chart. */
  exportCsv(): string | null {
    return this.exports.csv();
  }

  /** The chart as a standalone SVG document with its title, legend line and credit; null while there is no chart. */
  exportSvg(): string | null {
    return this.exports.svg();
  }

  /** The chart as a PNG image (twice the size on screen, for sharp images); null while there is no chart. */
  exportPng(): Promise<Blob | null> {
    return this.exports.png();
  }

  /** Offers one of the three files to the reader, as the download menu does (the CSV marked as UTF-8 for Excel). */
  download(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    return this.exports.download(kind);
  }

  #exportSource(): ExportSource | null {
    if (!this.#shown) return null;
    const { model, text } = this.#shown;
    const lang = this.locale;
    const figure = this.figure;
    return {
      fileBase: fileBase(figure.name, figure.fileParts(model, lang)),
      text,
      legend: figure.legend(model, lang),
      table: figure.table(model, lang),
      lang,
      chart: this.#chart?.model === model ? this.#chart.element : null,
    };
  }

  // --- lifecycle -----------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unbindChart?.();
    this.#unbindChart = undefined;
    this.#chart = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a removal: redraw, and fetch again if a fetch was cut off.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // On a server (@lit-labs/ssr) and in a static fragment there is no viewport to wait for.
    if (!this.isStatic) {
      this.visibility.checkNow();
      if (!this.visibility.near) return;
      this.firstDraw.willDraw();
    }
    const onlyUi = changed.size > 0 && [...changed.keys()].every((k) => k === 'tableOpen' || k === 'theme');
    if (!onlyUi && (changed.size > 0 || this.#status !== 'ready')) this.#compute();
  }

  /** @internal A shadow root that came with the page is taken over (StaticTakeover). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!isServer && !this.staticFigure) this.takeover.adopt(root);
    return root;
  }

  protected override update(changed: PropertyValues): void {
    this.takeover.release(this.#status === 'ready' && !!this.#shown && this.resize.measure() > 0);
    super.update(changed);
  }

  protected override updated(): void {
    // A chart built but not in the shadow root yet (a step of #stepped) is bound, and announced, once it is shown.
    if (this.#chartIsNew && this.#chart?.element.parentNode && !this.staticFigure) {
      this.#chartIsNew = false;
      this.#unbindChart?.();
      this.#unbindChart = this.bindChart(this.#chart.element, this.#chart.model);
      const width = this.#chart.width;
      this.#pendingEvents.push(() => this.emit('q4-render', { width }));
    }
    const events = this.#pendingEvents;
    this.#pendingEvents = [];
    for (const fire of events) fire();
  }

  /** @internal One widget update per task (UpdateScheduler). */
  protected override async scheduleUpdate(): Promise<void> {
    await this.scheduler.turn();
    super.scheduleUpdate();
  }

  /** Loads again after a failed fetch or load (the retry button does this). */
  retry(): void {
    this.#status = 'loading';
    for (const c of [this.dataController, ...this.extraData]) c.retry();
  }

  // --- data and model ----------------------------------------------------------------------------

  #compute(): void {
    const lang = this.locale;
    try {
      const data = this.dataController.resolve(lang);
      if (data.state !== 'ready') {
        if (data.state === 'failed') throw new DataFailure(data.error, data.retryable);
        this.#status = 'loading';
        return;
      }
      const options = this.options();
      if (this.figure.isEmpty(data.value)) {
        // Nothing to draw is said on the widget (a polite status) and told to the page once, as `no-data`.
        if (this.#status !== 'empty' || this.#failure?.code !== 'no-data') {
          const detail: Q4ErrorDetail = { code: 'no-data', message: coreMessages[lang].empty };
          this.#failure = detail;
          this.#pendingEvents.push(() => this.emit('q4-error', detail));
        }
        this.#status = 'empty';
        this.#shown = undefined;
        return;
      }
      const model = this.figure.prepare(data.value, options, lang);
      // Described here, not in render(): a sentence that cannot be made is an error state, never a stuck widget.
      this.#shown = { model, text: this.figure.describe(model, lang) };
      this.#status = 'ready';
      this.#failure = undefined;
      this.links.shown(lang);
    } catch (error) {
      if (error === PENDING) this.#status = 'loading';
      else this.#fail(error, lang);
    }
  }

  #fail(error: unknown, lang: Lang): void {
    let retryable = false;
    let fromData = false;
    if (error instanceof DataFailure) {
      retryable = error.retryable;
      fromData = true;
      error = error.error;
    }
    let detail = errorDetail(error, lang);
    // A place chosen in a linked widget that this one cannot show: it shows what it showed, and says why.
    if (this.links.refused(detail?.message ?? coreMessages[lang].bundleFailed, lang)) return this.#compute();
    if (!detail && fromData) {
      // Something failed on the way to the data (a module that could not load): say so, offer a retry.
      detail = { code: 'network', message: coreMessages[lang].bundleFailed };
      retryable = true;
    } else if (!detail) {
      // A figure that throws on these data or options: show why, never stay in the loading state.
      detail = renderFailure(error, lang);
    }
    this.#status = 'error';
    this.#shown = undefined;
    this.#retryable = retryable;
    const repeated = this.#failure?.code === detail.code && this.#failure.message === detail.message;
    this.#failure = detail;
    if (!repeated) this.#pendingEvents.push(() => this.emit('q4-error', detail));
  }

  // --- rendering -----------------------------------------------------------------------------

  /** Whether the chart made last is the one for this model, width, language and colour scheme. */
  #chartIsFor(model: M, width: number, lang: Lang): boolean {
    const c = this.#chart;
    return !!c && c.model === model && c.width === width && c.lang === lang && c.dark === this.themes.dark;
  }

  #chartFor(model: M, width: number, lang: Lang): Element {
    if (this.#chartIsFor(model, width, lang)) return this.#chart!.element;
    const element = this.figure.chart(model, { width, lang, colors: this.chartColors() });
    this.#chart = { element, model, width, lang, dark: this.themes.dark };
    this.#chartIsNew = true;
    return element;
  }

  #toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  protected override render(): TemplateResult | typeof nothing {
    // The page's static fragment stays until the live chart can take its place (see update()).
    if (this.takeover.holding) return nothing;
    if (this.isStatic) return this.#renderStatic();
    return this.links.render(this.firstDraw.shown(this.#renderMain()));
  }

  /** A static fragment: the figure with its chart drawn by `staticFigure.chart` (a server has no page to draw in). */
  #renderStatic(): TemplateResult {
    const lang = this.locale;
    if (this.#status !== 'ready' || !this.#shown) {
      return this.#status === 'error'
        ? errorTemplate(lang, this.#failure?.message ?? '')
        : statusTemplate(lang, this.#status === 'empty' ? 'empty' : 'loading', false);
    }
    const { model, text } = this.#shown;
    const width = this.staticFigure?.width ?? 0;
    const draw = this.staticFigure?.chart;
    const drawn = draw && width > 0 ? draw(model, width, lang) : undefined;
    const element = !draw && !isServer && width > 0 ? this.#chartFor(model, width, lang) : undefined;
    const none = () => {};
    return figureTemplate({
      ...this.#figureParts(model, text, lang, element),
      chart: drawn?.markup ?? element,
      ...(drawn ? { chartNote: drawn.note ?? '' } : {}),
      readout: '',
      table: () => this.figure.table(model, lang),
      hideActions: true,
      onToggleTable: none,
      onDownload: none,
      chartEvents: { focusin: none, focusout: none, pointerover: none },
      static: true,
    });
  }

  /** What the live figure and the static one show alike: the texts, the heading, the legend, the chart and its note. */
  #figureParts(
    model: M,
    text: FigureText,
    lang: Lang,
    chart: Element | undefined,
  ): Pick<FigureParts, 'lang' | 'text' | 'chart' | 'chartNote' | 'headingLevel' | 'legend' | 'afterChart'> {
    return {
      lang,
      text,
      chart,
      chartNote: chart ? (this.figure.chartNote?.(chart, model, lang) ?? '') : '',
      headingLevel: this.headingLevel,
      legend: this.renderLegend(model, lang),
      afterChart: this.renderAfterChart(model, lang),
    };
  }

  #renderMain(): TemplateResult {
    const lang = this.locale;
    if (this.#status === 'loading' || this.#status === 'empty') {
      // Until it comes near the viewport, and while its data are on the way, the widget holds a box of about a chart's
      // height: the page jumps less when it draws, and a widget below it that decides now whether it is near the
      // viewport (VisibilityController.checkNow) sees about where it will be, not where it would be under a small box.
      return statusTemplate(lang, this.#status, this.#status === 'loading' || !this.visibility.near);
    }
    if (this.#status === 'error' || !this.#shown) {
      return errorTemplate(lang, this.#failure?.message ?? '', this.#retryable ? () => this.retry() : undefined);
    }
    const { model, text } = this.#shown;
    const width = this.resize.measure();
    let chart: Element | undefined;
    try {
      const ready = () => this.#chartIsFor(model, width, lang);
      if (width > 0 && this.firstDraw.step(ready, () => this.#chartFor(model, width, lang))) {
        return this.firstDraw.last ?? statusTemplate(lang, 'loading', true);
      }
      chart = width > 0 ? this.#chartFor(model, width, lang) : undefined;
      if (chart) this.firstDraw.drawn = true;
    } catch (error) {
      // A chart that cannot be drawn must not leave a blank widget: show why, and tell the page once.
      const detail = renderFailure(error, lang);
      if (this.#renderError !== detail.message) {
        this.#renderError = detail.message;
        this.#pendingEvents.push(() => this.emit('q4-error', detail));
      }
      return errorTemplate(lang, detail.message);
    }
    if (chart) this.#renderError = undefined;
    return figureTemplate({
      ...this.#figureParts(model, text, lang, chart),
      readout: this.readout.text,
      table: this.tableOpen ? () => this.figure.table(model, lang) : null,
      hideActions: this.hideActions,
      onToggleTable: this.#toggleTable,
      onDownload: (kind) => void this.exports.download(kind),
      chartEvents: { focusin: this.readout.onFocus, focusout: this.readout.onBlur, pointerover: this.readout.onPointer },
    });
  }
}
