import { isServer, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ChartController } from './chart-controller.js';
import { DataController } from './data-controller.js';
import type { Q4EventMap } from './events.js';
import { EventQueue } from './event-queue.js';
import { ExportController, exportSource } from './export-controller.js';
import { FirstDrawController } from './first-draw-controller.js';
import { LinkController } from './link-controller.js';
import { optionName } from './figure.js';
import { optionDefaults } from './option-properties.js';
import { errorTemplate, figureTemplate, pendingChartTemplate, statusTemplate, type FigureParts } from './figure-template.js';
import { toLang, type Lang } from './i18n.js';
import { ModelController } from './model-controller.js';
import { ReadoutController } from './readout-controller.js';
import { ResizeController } from './resize-controller.js';
import { keyboardRoles } from './roving.js';
import { UpdateScheduler } from './scheduler.js';
import { StaticTakeover, type StaticFigure } from './static-takeover.js';
import { baseStyles } from './styles.js';
import { ThemeController } from './theme-controller.js';
import type { ChartSize, FigureDefinition, FigureText } from './types.js';
import { VERSION } from './version.js';
import { VisibilityController } from './visibility-controller.js';

/**
 * Base class of every Q4 widget, as small as Shoelace's: the shared attributes (`lang`, `src`, `theme`,
 * `loading`, …), typed `emit()`, and the lifecycle that runs a widget's figure. What a widget draws and says is
 * its figure definition (`figure`), a pure module that `q4-render` and the tests use too; the element maps its
 * attributes to the figure's options and frames the result. The rest is in controllers, each in its own file: data,
 * model and state, chart, events, export, readout, resize, theme, lazy start, scheduling, first draw, links and the
 * static takeover; `figure-template.ts` holds the accessible figure (docs/architecture.md).
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
 * @cssprop --q4-deferred-height - Height the widget holds until its data are in (while it waits to come into view, and while its code and data are on the way; default 320px), so the page jumps less. Then it shows its words around a box of its chart's exact size, and the chart moves nothing when it comes.
 */
export abstract class Q4Element<I, D, O, M> extends LitElement {
  /** The release this element belongs to; `define()` compares it when a tag is registered twice. */
  static version = VERSION;
  static override styles: CSSResultGroup = baseStyles;
  /** The shared properties, declared as data: without decorators, no CDN file carries Lit's decorator code. */
  static override properties: PropertyDeclarations = {
    lang: {},
    data: { attribute: false },
    src: {},
    fetchTimeout: { type: Number, attribute: 'fetch-timeout' },
    theme: { reflect: true },
    hideActions: { type: Boolean, reflect: true, attribute: 'hide-actions' },
    loading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    link: { reflect: true },
    staticFigure: { attribute: false },
    tableOpen: { state: true },
  };
  /** Language of all texts: `nl` (default) or `en`. */
  override lang = 'nl';
  /** Your own data; takes precedence over `src` and the bundled data. */
  data: I | undefined = undefined;
  /** URL of a JSON file with your own data (http(s) or relative); used when `data` is not set. */
  src: string | undefined = undefined;
  /** How long to wait for `src`, in milliseconds. */
  fetchTimeout = 15000;
  /**
   * Colour scheme: `light` (default), `dark`, or `auto` (follows the reader's `prefers-color-scheme`). Without
   * it, the nearest ancestor's `data-q4-theme` applies, so a page can switch all its widgets at once.
   */
  theme = '';
  /** Hides the download menu (PNG, SVG, CSV); the table view stays available. */
  hideActions = false;
  /**
   * `lazy` (default): load data and draw only when the widget comes near the viewport, so widgets further down
   * a page cost nothing at load; `eager`: at once.
   */
  loading: 'lazy' | 'eager' = 'lazy';
  /** Makes the title a heading of this level (1-6) in the page's outline; 0 (default) keeps it plain text. */
  headingLevel = 0;
  /**
   * Links widgets without JavaScript: widgets with the same `link` value (e.g. `link="zeist-pagina"`) follow a
   * municipality chosen in any of them (its `q4-select`, unless a listener cancelled it). A widget that cannot
   * show the chosen place says so and keeps what it showed; a polite live region tells what changed.
   */
  link = '';
  /**
   * @internal Renders a static fragment (HTML without script): data given, not loaded; the table in a `<details>`;
   * no download buttons. Set by `q4-render --format html` (through @lit-labs/ssr, with `chart` drawing the chart in
   * its own document) and by the builder's "HTML zonder script".
   */
  staticFigure?: StaticFigure<D, M>;
  /** @internal */
  protected tableOpen = false;
  /** @internal The size, colour scheme, nearness to the viewport, and the readout of the focused or hovered mark. */
  protected readonly resize = new ResizeController(this);
  protected readonly themes = new ThemeController(this);
  protected readonly visibility = new VisibilityController(this);
  protected readonly readout = new ReadoutController(this);
  /** @internal The data: `data` > `src` > bundled. */
  protected readonly dataController = new DataController<D>(this, {
    input: () => this.data,
    src: () => this.src,
    timeout: () => this.fetchTimeout,
    bundled: () => this.staticFigure?.data ?? (this.figure.dataKey ? this.figure.loadDefault(this.options()) : this.figure.loadDefault()),
    bundledKey: () => (this.staticFigure ? 'static' : (this.figure.dataKey?.(this.options()) ?? '')),
    parse: (input) => this.figure.parse(input),
  });
  /** @internal */
  protected readonly exports = new ExportController(this, () => {
    const shown = this.state.shown;
    return shown ? exportSource(this.figure, shown, this.locale, this.chart.of(shown.model)) : null;
  });
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
    settled: () => this.state.status === 'error' || this.state.status === 'empty',
  });
  /** @internal The chart, drawn once per model, width, language and colour scheme. */
  protected readonly chart = new ChartController<M>(this, {
    figure: () => this.figure,
    dark: () => this.themes.dark,
    isStatic: () => !!this.staticFigure,
    bind: (chart, model) => {
      const unbind = this.bindChart(chart, model);
      keyboardRoles(chart.querySelectorAll('[tabindex]'), 'title');
      return unbind;
    },
    report: (event) => this.events.queue(() => ('drawn' in event ? this.emit('q4-render', { width: event.drawn }) : this.emit('q4-error', event.failed))),
  });
  /** @internal The state and, when ready, the model and texts, computed from data and options. */
  protected readonly state = new ModelController<D, O, M>({
    figure: () => this.figure,
    data: (lang) => [this.dataController.resolve(lang), ...this.extraData.map((c) => c.resolve(lang))],
    options: () => this.options(),
    links: this.links,
    report: (detail) => this.events.queue(() => this.emit('q4-error', detail)),
  });
  /** @internal The q4-* events of an update, dispatched once it is on screen (after the chart's). */
  protected readonly events = new EventQueue(this);

  constructor() {
    super();
    // The widget's options (declareOptions) start at their defaults, after the fields above.
    Object.assign(this, optionDefaults(this));
  }

  /** The language in use (`nl` unless `lang` starts with `en`). */
  get locale(): Lang {
    return toLang(this.lang);
  }

  /**
   * @internal Whether this render is a static fragment (on a server, or "HTML zonder script"): controls that need script
   * (a view toggle, a year menu) are drawn disabled in their place, so nothing moves when the live element takes over.
   */
  protected get isStatic(): boolean {
    return isServer || !!this.staticFigure;
  }

  /** @internal The widget's figure: what it draws and says, as pure functions. */
  protected abstract get figure(): FigureDefinition<D, O, M>;

  /** @internal The figure's options: by default each of the figure's attributes, read from its property. */
  protected options(): Partial<O> {
    // The figure's option type is its table's (declareOptions made the properties from it); TypeScript cannot follow that through `O`.
    return Object.fromEntries(Object.keys(this.figure.attributes).map((a) => [optionName(a), Reflect.get(this, optionName(a))])) as Partial<O>;
  }

  /** @internal Other data the figure reads (sector-bloem's organisations): loaded with the main data, retried with it. */
  protected get extraData(): DataController<unknown>[] {
    return [];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The open table's box is a Tab stop only while it scrolls: a keyboard user can then scroll it (axe's
    // scrollable-region-focusable), and a box that does not scroll is no stop without a role (WCAG 4.1.2).
    const wrap = this.renderRoot.querySelector<HTMLElement>('.table-wrap:not([hidden])');
    if (!wrap) return;
    if (wrap.scrollWidth > wrap.clientWidth || wrap.scrollHeight > wrap.clientHeight) wrap.tabIndex = 0;
    else wrap.removeAttribute('tabindex');
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

  /** Dispatches a bubbling, composed `q4-*` event; returns false when a listener called preventDefault. */
  protected emit<K extends keyof Q4EventMap>(type: K, detail: Q4EventMap[K]['detail'], cancelable = false): boolean {
    const go = this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
    // A reader's choice that no listener cancelled: the linked widgets follow it.
    if (type === 'q4-select' && go) this.links.announce(detail as Q4EventMap['q4-select']['detail']);
    return go;
  }

  /**
   * Shows a municipality chosen elsewhere, as a linked widget does (`link`; the iframe embed calls it for its host page).
   * A widget that cannot show it keeps what it showed and says why in its live region, with no `q4-error`.
   */
  follow(place: { code: string; name?: string }): void {
    this.links.follow(place);
  }

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

  protected override willUpdate(changed: PropertyValues): void {
    // On a server (@lit-labs/ssr) and in a static fragment there is no viewport to wait for.
    if (!this.isStatic) {
      this.visibility.checkNow();
      if (!this.visibility.near) return;
      this.firstDraw.willDraw();
    }
    const onlyUi = changed.size > 0 && [...changed.keys()].every((k) => k === 'tableOpen' || k === 'theme');
    if (!onlyUi && (changed.size > 0 || this.state.status !== 'ready')) this.state.compute(this.locale);
  }

  /** @internal A shadow root that came with the page is taken over (StaticTakeover). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!isServer && !this.staticFigure) this.takeover.adopt(root);
    return root;
  }

  protected override update(changed: PropertyValues): void {
    this.takeover.release(this.state.status === 'ready' && !!this.state.shown && this.resize.measure() > 0);
    super.update(changed);
  }

  /** @internal One widget update per task (UpdateScheduler). */
  protected override async scheduleUpdate(): Promise<void> {
    await this.scheduler.turn();
    super.scheduleUpdate();
  }

  /** Loads again after a failed fetch or load (the retry button does this). */
  retry(): void {
    this.state.status = 'loading';
    for (const c of [this.dataController, ...this.extraData]) c.retry();
  }

  #toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  protected override render(): TemplateResult | typeof nothing {
    // The page's static fragment stays until the live chart can take its place (see update()).
    if (this.takeover.holding) return nothing;
    const lang = this.locale;
    const shown = this.state.status === 'ready' ? this.state.shown : undefined;
    if (this.isStatic) return shown ? this.#renderStatic(shown, lang) : this.state.render(lang);
    // A widget above has yet to show its figure: this one waits a moment, painting nothing (FirstDrawController.holds).
    const held = this.firstDraw.holds();
    const main = !shown
      ? this.state.render(lang, { near: this.visibility.near, retry: () => this.retry() })
      : held
        ? statusTemplate(lang, 'loading', true)
        : this.#renderMain(shown, lang);
    return this.links.render(main);
  }

  /** A static fragment: the figure with its chart drawn by `staticFigure.chart` (a server has no page to draw in). */
  #renderStatic({ model, text }: { model: M; text: FigureText }, lang: Lang): TemplateResult {
    const width = this.staticFigure?.width ?? 0;
    const draw = this.staticFigure?.chart;
    const drawn = draw && width > 0 ? draw(model, width, lang) : undefined;
    const element = !draw && !isServer && width > 0 ? this.chart.for(model, width, lang) : undefined;
    const table = () => this.figure.table(model, lang);
    return this.#figure(model, text, lang, element, width, {
      chart: drawn?.markup ?? element,
      ...(drawn ? { chartNote: drawn.note ?? '' } : {}),
      table,
      static: true,
    });
  }

  /** The size the chart will have (the figure's `chartSize`); a figure that cannot tell gets an empty box, and its chart says why. */
  #chartSize(model: M, width: number, lang: Lang): ChartSize {
    try {
      return this.figure.chartSize(model, { width, lang });
    } catch {
      return { width, height: 0 };
    }
  }

  /** The figure, live or static: what both show alike (texts, heading, legend, chart and its note), and what differs. */
  #figure(
    model: M,
    text: FigureText,
    lang: Lang,
    chart: Element | TemplateResult | undefined,
    width: number,
    rest: Partial<FigureParts> & Pick<FigureParts, 'table'>,
  ): TemplateResult {
    const chartNote = chart ? (this.figure.chartNote?.(model, { width, lang }) ?? '') : '';
    const { headingLevel } = this;
    return figureTemplate({
      lang,
      text,
      chart,
      chartNote,
      headingLevel,
      legend: this.renderLegend(model, lang),
      afterChart: this.renderAfterChart(model, lang),
      ...rest,
    });
  }

  #renderMain({ model, text }: { model: M; text: FigureText }, lang: Lang): TemplateResult {
    const width = this.resize.measure();
    // The first draw in steps (FirstDrawController): the figure's words and an empty box of the chart's size
    // (`chartSize`) while the chart is made in a task of its own, so that the chart, when it comes, moves nothing.
    const make = () => void this.chart.draw(model, width, lang);
    const waiting = width > 0 && this.firstDraw.step(() => this.chart.isFor(model, width, lang), make);
    const result = width > 0 && !waiting ? this.chart.draw(model, width, lang) : undefined;
    // A chart that cannot be drawn must not leave a blank widget: it shows why (told to the page once, by ChartController).
    if (result && 'failed' in result) return errorTemplate(lang, result.failed.message);
    const chart = waiting ? pendingChartTemplate(this.#chartSize(model, width, lang)) : result?.chart;
    if (result?.chart) this.firstDraw.drawn = true;
    if (chart) this.firstDraw.place();
    return this.#figure(model, text, lang, chart, width, {
      readout: this.readout.text,
      table: this.tableOpen ? () => this.figure.table(model, lang) : null,
      hideActions: this.hideActions,
      onToggleTable: this.#toggleTable,
      onDownload: (kind) => void this.exports.download(kind),
      chartEvents: { focusin: this.readout.onFocus, focusout: this.readout.onBlur, pointerover: this.readout.onPointer },
    });
  }
}
