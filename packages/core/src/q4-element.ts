import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Q4Error, type Q4ErrorCode, type Q4ErrorDetail, type Q4EventMap } from './events.js';
import { fetchJson, safeUrl } from './fetch-json.js';
import { coreMessages, fill, toLang, type Lang } from './i18n.js';
import { chartToSvg, download, slug, svgToPng, tableToCsv } from './export.js';
import { fixPlotAria } from './plot-helpers.js';
import { ResizeController } from './resize-controller.js';
import { ThemeController } from './theme-controller.js';
import { VisibilityController } from './visibility-controller.js';
import { baseStyles } from './styles.js';
import { ValidationError, issueText, localizeIssues } from './validation.js';
import { VERSION } from './version.js';

/** The texts around a chart: a title that states the point, a summary, the source credit. */
export interface FigureText {
  /** States the chart's point in one sentence ("Zeist scores better … on 3 of 8 indicators"). */
  title: string;
  /** The point with its key numbers, for the caption and screen readers. */
  summary: string;
  /** The credit line the source requires ("Bron: CBS"). */
  credit: string;
  /** Caveats, such as values that are missing. */
  notes?: string[];
}

/** The data of a chart as an HTML table: one section per group of rows. */
export interface TableModel {
  caption: string;
  /** Heading of the first column (the row headers). */
  rowHeader: string;
  columns: { label: string; numeric?: boolean }[];
  sections: { label?: string; rows: { header: string; cells: string[] }[] }[];
}

type Status = 'loading' | 'ready' | 'empty' | 'error';
type Bundled<D> = { state: 'loading' } | { state: 'failed'; error?: unknown } | { state: 'ready'; value: D };

/** Faults of fetching `src` (or loading bundled data): a retry may succeed, since the file or network may change. */
const RETRYABLE: Q4ErrorCode[] = ['network', 'timeout', 'http', 'invalid-json', 'too-large', 'invalid-data'];

/**
 * Base class of every Q4 widget. It resolves the data (the `data` property, else the `src` URL, else
 * the bundled default), shows loading, empty and error states, redraws at the container's width,
 * and frames the chart as an accessible figure with a title, a caption with the source credit and a
 * data-table alternative. A widget supplies the hooks: `parse` (validate user data), `prepare`
 * (options to a view model), `describe`, `renderChart` and `tableModel`.
 *
 * Type parameters: `I` what users may pass as data, `D` the validated data, `M` the view model.
 *
 * @fires q4-error - The data or an option is unusable; `detail` has a `code` and a `message`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @csspart figure - The `<figure>` around title, chart, actions, table and caption.
 * @csspart title - The title, which states the chart's point.
 * @csspart chart - The box that holds the SVG chart.
 * @csspart actions - The row of buttons under the chart.
 * @csspart table - The box that holds the data table.
 * @csspart caption - The caption with summary and source credit.
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 * @cssprop --q4-color-text - Text colour.
 * @cssprop --q4-color-muted - Colour of secondary text (caption).
 * @cssprop --q4-color-accent - Accent colour (highlights).
 * @cssprop --q4-color-focus - Colour of the focus ring.
 * @cssprop --q4-font-family - Font family; inherits from the page by default.
 */
export abstract class Q4Element<I, D, M> extends LitElement {
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

  /** @internal */
  @state() protected tableOpen = false;
  /** @internal */
  @state() protected readout = '';
  /** @internal */
  @state() protected revision = 0;

  /** @internal */
  protected readonly resize = new ResizeController(this);
  /** @internal */
  protected readonly themes = new ThemeController(this);
  /** @internal */
  protected readonly visibility = new VisibilityController(this);

  #status: Status = 'loading';
  #failure?: Q4ErrorDetail;
  #renderError?: string;
  #model?: M;
  #chart?: { element: Element; model: M; width: number; lang: Lang; dark: boolean };
  #chartIsNew = false;
  #unbindChart?: () => void;
  #pendingEvents: (() => void)[] = [];
  #loading?: { src: string; controller: AbortController };
  #fetched?: { src: string; value: unknown };
  #fetchFailed?: { src: string; code: Q4ErrorCode; status?: number };
  #bundled?: Bundled<D>;
  #parsed?: { input: unknown } & Bundled<D>;

  /** The language in use (`nl` unless `lang` starts with `en`). */
  get locale(): Lang {
    return toLang(this.lang);
  }

  // --- hooks for widgets -------------------------------------------------------------------

  /** @internal The bundled data, shown when neither `data` nor `src` is given; a Promise for data loaded on demand. */
  protected abstract get defaultData(): D | Promise<D>;
  /** @internal False while something the chart needs besides its data is still loading (shows the loading state). */
  protected get ready(): boolean {
    return true;
  }
  /**
   * @internal Validates user data; throws (or rejects with) a ValidationError with every problem found. May
   * return a Promise, to validate a large input in slices without freezing the page. The result is cached per
   * input object, so options and language changes do not validate again (assign a new array to change data).
   */
  protected abstract parse(input: unknown): D | Promise<D>;
  /** @internal Whether there is nothing to draw. */
  protected abstract isEmpty(data: D): boolean;
  /** @internal Applies the options (attributes) to the data; throws a Q4Error for a bad option. */
  protected abstract prepare(data: D, lang: Lang): M;
  /** @internal Title, summary and credit of the figure. */
  protected abstract describe(model: M, lang: Lang): FigureText;
  /** @internal Draws the chart (a pure chart function's SVG) at `width`. */
  protected abstract renderChart(model: M, width: number, lang: Lang): Element;
  /** @internal The data shown, as a table. */
  protected abstract tableModel(model: M, lang: Lang): TableModel;
  /** @internal Wires keyboard and pointer interaction into a new chart; returns the clean-up. */
  protected bindChart(_chart: Element, _model: M): () => void {
    return () => {};
  }
  /** @internal One line explaining the marks, written into exported images (which have no legend beside them). */
  protected exportLegend(_model: M, _lang: Lang): string {
    return '';
  }
  /** @internal Words for the file names of downloads, after the widget's name (`['zeist', '2014']`). */
  protected fileParts(_model: M, _lang: Lang): string[] {
    return [];
  }
  /** @internal A note on how the chart was drawn (for instance a narrow layout), shown under it. */
  protected chartNote(_chart: Element, _model: M, _lang: Lang): string {
    return '';
  }
  /** @internal Extra content after the chart, such as a list of links the chart shows. */
  protected renderAfterChart(_model: M, _lang: Lang): TemplateResult | typeof nothing {
    return nothing;
  }
  /** @internal Extra content between title and chart, such as a legend. */
  protected renderLegend(_model: M, _lang: Lang): TemplateResult | typeof nothing {
    return nothing;
  }

  // --- events --------------------------------------------------------------------------------

  /** Dispatches a bubbling, composed `q4-*` event; returns false when a listener called preventDefault. */
  protected emit<K extends keyof Q4EventMap>(type: K, detail: Q4EventMap[K]['detail'], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  // --- exports ---------------------------------------------------------------------------------

  /** The file name of a download: `q4-scorecard-zeist-2014.csv`. Null while there is no chart. */
  fileName(extension: 'csv' | 'svg' | 'png'): string | null {
    if (!this.#model) return null;
    const parts = [this.localName, ...this.fileParts(this.#model, this.locale)].map(slug).filter(Boolean);
    return `${parts.join('-')}.${extension}`;
  }

  /** The data shown, as CSV with the source credit in the file; null while there is no chart. */
  exportCsv(): string | null {
    if (!this.#model) return null;
    const lang = this.locale;
    return tableToCsv(this.tableModel(this.#model, lang), this.describe(this.#model, lang).credit);
  }

  /** The chart as a standalone SVG document with its title and source credit; null while there is no chart. */
  exportSvg(): string | null {
    const chart = this.#chart?.element;
    if (!this.#model || !(chart instanceof SVGSVGElement)) return null;
    const lang = this.locale;
    const text = this.describe(this.#model, lang);
    // The image carries the widget's own colours (dark in dark mode), not the page's.
    const style = getComputedStyle(this);
    const solid = (v: string) => (v && v !== 'transparent' && v !== 'rgba(0, 0, 0, 0)' ? v : undefined);
    return chartToSvg(chart, {
      title: text.title,
      credit: text.credit,
      lang,
      legend: this.exportLegend(this.#model, lang),
      background: solid(style.getPropertyValue('--_halo').trim()) ?? solid(style.backgroundColor) ?? '#ffffff',
      color: style.color || undefined,
      muted: style.getPropertyValue('--_muted').trim() || undefined,
    });
  }

  /** The chart as a PNG image (twice the size on screen, for sharp images); null while there is no chart. */
  async exportPng(): Promise<Blob | null> {
    const svg = this.exportSvg();
    return svg ? svgToPng(svg, 2) : null;
  }

  #download = async (kind: 'csv' | 'svg' | 'png'): Promise<void> => {
    const name = this.fileName(kind);
    if (!name) return;
    if (kind === 'csv') download(`\ufeff${this.exportCsv()}`, name, 'text/csv;charset=utf-8');
    else if (kind === 'svg') download(this.exportSvg() ?? '', name, 'image/svg+xml');
    else {
      const png = await this.exportPng();
      if (png) download(png, name, 'image/png');
    }
  };

  // --- lifecycle -----------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('keydown', this.#onEscape);
    this.#loading?.controller.abort();
    this.#loading = undefined;
    this.#unbindChart?.();
    this.#unbindChart = undefined;
    this.#chart = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Escape anywhere on the page dismisses the readout (WCAG 1.4.13: hover content can be dismissed
    // without moving pointer or focus), so the listener sits on the document while the widget is in it.
    this.ownerDocument.addEventListener('keydown', this.#onEscape);
    // Back in the page after a removal: redraw, and fetch again if a fetch was cut off.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.visibility.checkNow();
    if (!this.visibility.near) return;
    this.#startFetchIfNeeded();
    const onlyUi = changed.size > 0 && [...changed.keys()].every((k) => k === 'tableOpen' || k === 'readout' || k === 'theme');
    if (!onlyUi && (changed.size > 0 || this.#status !== 'ready')) this.#compute();
  }

  protected override updated(): void {
    if (this.#chartIsNew && this.#chart) {
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

  /** Fetches `src` again after a failure (the retry button does this). */
  retry(): void {
    this.#fetched = undefined;
    this.#fetchFailed = undefined;
    if (this.#bundled?.state === 'failed') this.#bundled = undefined;
    this.#status = 'loading';
    this.revision++;
  }

  // --- data ----------------------------------------------------------------------------------

  #startFetchIfNeeded(): void {
    const src = this.src;
    if (this.data !== undefined || !src) {
      this.#loading?.controller.abort();
      this.#loading = undefined;
      return;
    }
    if (this.#fetched?.src === src || this.#fetchFailed?.src === src || this.#loading?.src === src) return;
    this.#loading?.controller.abort();
    const url = safeUrl(src);
    if (!url) {
      this.#fetchFailed = { src, code: 'invalid-src' };
      return;
    }
    const controller = new AbortController();
    this.#loading = { src, controller };
    fetchJson(url, controller.signal, this.fetchTimeout, () => '')
      .then((value) => {
        this.#fetched = { src, value };
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const code = error instanceof Q4Error ? error.code : 'network';
        this.#fetchFailed = { src, code, status: error instanceof Q4Error ? error.extra.status : undefined };
      })
      .finally(() => {
        if (this.#loading?.controller !== controller) return;
        this.#loading = undefined;
        this.revision++;
      });
  }

  #compute(): void {
    const lang = this.locale;
    try {
      let data: D;
      let input: { value: unknown } | undefined;
      if (this.data !== undefined) {
        input = { value: this.data };
      } else if (this.src) {
        const src = this.src;
        if (this.#fetchFailed?.src === src) {
          const { code, status } = this.#fetchFailed;
          throw new Q4Error(code, fill(coreMessages[lang][code as 'network'], { src, status: status ?? '' }), status ? { status } : {});
        }
        if (this.#fetched?.src !== src) {
          this.#status = 'loading';
          return;
        }
        input = { value: this.#fetched.value };
      }
      if (input) {
        const parsed = this.#parse(input.value);
        if (parsed.state !== 'ready') {
          if (parsed.state === 'failed') throw parsed.error;
          this.#status = 'loading';
          return;
        }
        data = parsed.value;
      } else {
        const bundled = this.#loadBundled();
        if (bundled.state !== 'ready') {
          if (bundled.state === 'failed') throw new Q4Error('network', coreMessages[lang].bundleFailed);
          this.#status = 'loading';
          return;
        }
        data = bundled.value;
      }
      if (!this.ready) {
        this.#status = 'loading';
        return;
      }
      if (this.isEmpty(data)) {
        this.#status = 'empty';
        this.#model = undefined;
        return;
      }
      this.#model = this.prepare(data, lang);
      this.#status = 'ready';
      this.#failure = undefined;
    } catch (error) {
      this.#fail(error, lang);
    }
  }

  /** The bundled data, once it is there; starts loading it when it is a Promise. */
  #loadBundled(): Bundled<D> {
    if (this.#bundled) return this.#bundled;
    const value = this.defaultData;
    if (!(value instanceof Promise)) return (this.#bundled = { state: 'ready', value });
    this.#bundled = { state: 'loading' };
    value.then(
      (loaded) => (this.#bundled = { state: 'ready', value: loaded }),
      () => (this.#bundled = { state: 'failed' }),
    ).finally(() => this.revision++);
    return this.#bundled;
  }

  /** Validates an input once per input object; a Promise from `parse` shows the loading state meanwhile. */
  #parse(input: unknown): Bundled<D> {
    const cached = this.#parsed;
    if (cached && cached.input === input) return cached;
    const store = (entry: Bundled<D>) => {
      this.#parsed = { input, ...entry };
      return entry;
    };
    try {
      const result = this.parse(input);
      if (!(result instanceof Promise)) return store({ state: 'ready', value: result });
      const entry = store({ state: 'loading' });
      const current = this.#parsed;
      result
        .then(
          (value) => this.#parsed === current && store({ state: 'ready', value }),
          (error: unknown) => this.#parsed === current && store({ state: 'failed', error }),
        )
        .finally(() => this.revision++);
      return entry;
    } catch (error) {
      return store({ state: 'failed', error });
    }
  }

  #fail(error: unknown, lang: Lang): void {
    let detail: Q4ErrorDetail;
    if (error instanceof ValidationError) {
      const issues = localizeIssues(error.issues, lang);
      const t = coreMessages[lang];
      const more = issues.length > 1 ? fill(t.moreIssues, { count: issues.length - 1 }) : '';
      detail = { code: 'invalid-data', message: fill(t['invalid-data'], { first: issueText(issues[0], lang), more }), issues };
    } else if (error instanceof Q4Error) {
      detail = error.detail;
    } else {
      throw error;
    }
    this.#status = 'error';
    this.#model = undefined;
    const repeated = this.#failure?.code === detail.code && this.#failure.message === detail.message;
    this.#failure = detail;
    if (!repeated) this.#pendingEvents.push(() => this.emit('q4-error', detail));
  }

  // --- rendering -----------------------------------------------------------------------------

  #chartFor(model: M, width: number, lang: Lang): Element {
    const cached = this.#chart;
    const dark = this.themes.dark;
    if (cached && cached.model === model && cached.width === width && cached.lang === lang && cached.dark === dark) return cached.element;
    const element = fixPlotAria(this.renderChart(model, width, lang));
    this.#chart = { element, model, width, lang, dark };
    this.#chartIsNew = true;
    return element;
  }

  #onChartFocus = (event: FocusEvent): void => {
    const target = event.target as Element | null;
    this.readout = target?.getAttribute?.('aria-label') ?? '';
  };

  #onChartPointer = (event: PointerEvent): void => {
    const label = (event.target as Element | null)?.closest?.('[data-key][aria-label]')?.getAttribute('aria-label');
    if (label) this.readout = label;
  };

  #onChartBlur = (): void => {
    // A redraw removes the focused mark and fires focusout mid-render: clear only once focus really left.
    queueMicrotask(() => {
      if (!this.shadowRoot?.activeElement?.closest('.chart')) this.readout = '';
    });
  };

  /** Escape hides the readout of a hovered or focused mark and closes the download menu (focus back on its summary). */
  #onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (this.readout) this.readout = '';
    const menu = this.shadowRoot?.querySelector<HTMLDetailsElement>('details.downloads[open]');
    if (menu && menu.contains(this.shadowRoot!.activeElement)) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  };

  #toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };

  #renderTable(model: M, lang: Lang): TemplateResult {
    const table = this.tableModel(model, lang);
    const span = table.columns.length + 1;
    return html`<table>
      <caption>${table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${table.rowHeader}</th>
          ${table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
        </tr>
      </thead>
      ${table.sections.map(
        (section) => html`<tbody>
          ${section.label ? html`<tr><th scope="rowgroup" colspan=${span}>${section.label}</th></tr>` : nothing}
          ${section.rows.map(
            (row) => html`<tr>
              <th scope="row">${row.header}</th>
              ${row.cells.map((cell, i) => html`<td class=${table.columns[i]?.numeric ? 'num' : ''}>${cell}</td>`)}
            </tr>`,
          )}
        </tbody>`,
      )}
    </table>`;
  }

  protected override render(): TemplateResult {
    const lang = this.locale;
    const t = coreMessages[lang];
    if (this.#status === 'loading' || this.#status === 'empty') {
      // Until it comes near the viewport the widget holds a box of about a chart's height, so the page does not jump.
      const deferred = !this.visibility.near;
      return html`<div class="state ${deferred ? 'state--deferred' : ''}" part="status" role="status" lang=${lang} aria-live="polite">
        ${this.#status === 'loading' ? t.loading : t.empty}
      </div>`;
    }
    if (this.#status === 'error' || !this.#model) {
      const failure = this.#failure;
      return html`<div class="state state--error" part="error" role="alert" lang=${lang}>
        <p class="state__title">${t.errorTitle}</p>
        <p class="state__message">${failure?.message ?? ''}</p>
        ${failure && RETRYABLE.includes(failure.code) && ((this.data === undefined && this.src) || this.#bundled?.state === 'failed')
          ? html`<button type="button" class="retry" @click=${() => this.retry()}>${t.retry}</button>`
          : nothing}
      </div>`;
    }
    const model = this.#model;
    const text = this.describe(model, lang);
    const width = this.resize.measure();
    let chart: Element | undefined;
    try {
      chart = width > 0 ? this.#chartFor(model, width, lang) : undefined;
    } catch (error) {
      // A chart that cannot be drawn must not leave a blank widget: show why, and tell the page once.
      const detail: Q4ErrorDetail = { code: 'render', message: fill(t.render, { detail: String((error as Error)?.message ?? error).slice(0, 120) }) };
      if (this.#renderError !== detail.message) {
        this.#renderError = detail.message;
        this.#pendingEvents.push(() => this.emit('q4-error', detail));
      }
      return html`<div class="state state--error" part="error" role="alert" lang=${lang}>
        <p class="state__title">${t.errorTitle}</p>
        <p class="state__message">${detail.message}</p>
      </div>`;
    }
    if (chart) this.#renderError = undefined;
    const note = chart ? this.chartNote(chart, model, lang) : '';
    const level = Math.round(this.headingLevel);
    const heading = level >= 1 && level <= 6;
    return html`<figure class="figure" part="figure" lang=${lang} aria-labelledby="title" aria-describedby="summary">
      <div
        id="title"
        class="title"
        part="title"
        role=${heading ? 'heading' : nothing}
        aria-level=${heading ? level : nothing}
      >${text.title}</div>
      ${this.renderLegend(model, lang)}
      <div class="chart" part="chart" @focusin=${this.#onChartFocus} @focusout=${this.#onChartBlur} @pointerover=${this.#onChartPointer}>
        ${chart ?? nothing}
      </div>
      ${note ? html`<p class="chart-note">${note}</p>` : nothing}
      <p class="readout" aria-hidden="true">${this.readout}</p>
      ${this.renderAfterChart(model, lang)}
      <div class="actions" part="actions">
        <button type="button" class="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table" @click=${this.#toggleTable}>
          ${this.tableOpen ? t.hideTable : t.showTable}
        </button>
        ${this.hideActions
          ? nothing
          : html`<details class="downloads">
              <summary>${t.download}</summary>
              <div class="downloads__list">
                <button type="button" class="download download--png" @click=${() => this.#download('png')}>${t.downloadPng}</button>
                <button type="button" class="download download--svg" @click=${() => this.#download('svg')}>${t.downloadSvg}</button>
                <button type="button" class="download download--csv" @click=${() => this.#download('csv')}>${t.downloadCsv}</button>
              </div>
            </details>`}
      </div>
      <div id="table" class="table-wrap" part="table" role="region" aria-label=${t.tableRegion} tabindex="0" ?hidden=${!this.tableOpen}>
        ${this.tableOpen ? this.#renderTable(model, lang) : nothing}
      </div>
      <figcaption class="caption" part="caption">
        <p id="summary" class="summary">${text.summary}</p>
        ${(text.notes ?? []).map((note) => html`<p class="note">${note}</p>`)}
        <p class="credit">${text.credit}</p>
      </figcaption>
    </figure>`;
  }
}
