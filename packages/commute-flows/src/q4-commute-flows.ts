import { html, svg, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  Q4Element,
  Q4Error,
  baseStyles,
  coreMessages,
  fill,
  formatNumber,
  listFormat,
  rovingGrid,
  type FigureText,
  type Lang,
  type RovingItem,
  type TableModel,
} from '@q4/core';
import { messages } from './messages.js';
import { balanceColor, commuteChart, defaultCommuteColors, type CommuteColors } from './commute-flows-chart.js';
import {
  isLarge,
  loadDefaultCommute,
  loadDefaultMap,
  parseCommute,
  parseCommuteInSlices,
  type CommuteData,
  type CommuteInput,
  type MapArea,
} from './commute-flows-data.js';
import { describeCommute } from './commute-flows-text.js';
import { commuteView, type CommuteView, type Direction } from './commute-flows-view.js';
import { commuteStyles } from './styles.js';

/** @internal */
interface Model {
  data: CommuteData;
  view: CommuteView;
  width: number;
}

const colorProps: Record<keyof CommuteColors, string> = {
  flow: '--_flow',
  region: '--_region',
  focus: '--_accent',
  border: '--_border',
  noData: '--_no-data',
  text: '--_text',
  halo: '--_halo',
};

/**
 * Who commutes where: the report's map of work-location movements, on the CBS commuting data of December 2014
 * (table 81251NED). Each municipality is coloured by its net balance (jobs located there minus working
 * residents): blue a net destination, red a net origin, as in the report. Flows are curved arrows from home to
 * work municipality, their width proportional to the number of jobs. Without attributes it shows the region's
 * largest flows with its partners; `municipality` shows one municipality's inflows and outflows.
 *
 * Keyboard: Tab into the map, Left/Right step through the municipalities (first row) or the flows (second row,
 * largest first), Up/Down switch rows, Enter or Space chooses a municipality. The focused or hovered item's
 * numbers are shown under the map ("Zeist → Utrecht: 5.300 banen").
 *
 * @summary Commuting flows of Heuvelrug Kromme Rijnstreek on a map, with each municipality's net balance.
 * @tag q4-commute-flows
 * @fires q4-select - A municipality was chosen by click, Enter or Space; `detail` is `{ code, name }`.
 *   Cancel the event to keep the current focus.
 * @fires q4-error - The data or an option is unusable; `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The map was drawn; `detail.width` is its width.
 * @csspart legend - The legend above the map.
 * @cssprop --q4-commute-flows-flow-color - Colour of the flow arrows (falls back to `--q4-chart-text`, `--q4-color-text`).
 * @cssprop --q4-commute-flows-region-color - Outline of the five municipalities (falls back to `--q4-chart-text`, `--q4-color-text`).
 * @cssprop --q4-commute-flows-no-data-color - Fill of municipalities without data (falls back to `--q4-chart-neutral`, `--q4-color-neutral`).
 */
export class Q4CommuteFlows extends Q4Element<CommuteInput, CommuteData, Model> {
  static override styles = [baseStyles, commuteStyles];

  /** Municipality whose inflows and outflows are shown (CBS code or name); empty for the region's flows. */
  @property({ reflect: true }) municipality = '';

  /** Which flows: `in` (to the municipality or region), `out` (from it) or `both` (default). */
  @property({ reflect: true }) direction = 'both';

  /** Draw at most this many flows, the largest first. */
  @property({ type: Number }) top = 15;

  /** Leave out flows of fewer jobs than this. */
  @property({ type: Number, attribute: 'min-jobs' }) minJobs = 0;

  /**
   * Your own flows: a list of `{ from, to, jobs, fromName?, toName? }` (jobs as a count), or
   * `{ credit?, flows }`; a national matrix of 160,000 cells is fine. Takes precedence over `src`.
   */
  @property({ attribute: false }) override data: CommuteInput | undefined = undefined;

  #map?: MapArea[];
  #restoreFocus?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#map) {
      loadDefaultMap().then(
        (map) => {
          this.#map = map;
          this.revision++;
        },
        () => {
          // The map module could not load: the data path reports it through the retry button.
          this.revision++;
        },
      );
    }
  }

  /** @internal */
  protected override get ready(): boolean {
    return !!this.#map;
  }

  /** @internal */
  protected get defaultData(): Promise<CommuteData> {
    return loadDefaultCommute();
  }

  /** @internal */
  protected parse(input: unknown): CommuteData | Promise<CommuteData> {
    return isLarge(input) ? parseCommuteInSlices(input) : parseCommute(input);
  }

  /** @internal */
  protected isEmpty(data: CommuteData): boolean {
    return data.flows.length === 0;
  }

  /** @internal */
  protected prepare(data: CommuteData, lang: Lang): Model {
    const t = messages[lang];
    const direction = this.direction.trim().toLowerCase() || 'both';
    if (!['in', 'out', 'both'].includes(direction)) throw new Q4Error('invalid-option', fill(t.badDirection, { value: this.direction.slice(0, 40) }));
    for (const [name, value] of [['top', this.top], ['min-jobs', this.minJobs]] as const) {
      if (!Number.isInteger(value) || value < 0) throw new Q4Error('invalid-option', fill(t.badNumber, { value: String(value), name }));
    }
    const focus = this.#resolveMunicipality(data, lang);
    const width = this.resize.width || 640;
    const view = commuteView(data, this.#map!, { focus, direction: direction as Direction, top: this.top, minJobs: this.minJobs, width });
    return { data, view, width };
  }

  #resolveMunicipality(data: CommuteData, lang: Lang): string | null {
    const value = this.municipality.trim();
    if (!value) return null;
    const wanted = value.toLocaleLowerCase('nl');
    const name = (code: string) => data.names.get(code) ?? this.#map?.find((a) => a.code === code)?.name ?? code;
    for (const code of data.complete) {
      if (code.toLowerCase() === wanted || name(code).toLocaleLowerCase('nl') === wanted) return code;
    }
    const choices = [...data.complete].map((c) => `${name(c)} (${c})`).sort();
    const shown = choices.length > 12 ? [...choices.slice(0, 12), '…'] : choices;
    throw new Q4Error('unknown-municipality', fill(messages[lang].unknownMunicipality, { value: value.slice(0, 60), list: listFormat(shown, lang) }));
  }

  /** @internal */
  protected describe(model: Model, lang: Lang): FigureText {
    const text = describeCommute(model.data, model.view, lang);
    return { ...text, credit: model.data.credit?.[lang] ?? coreMessages[lang].ownData };
  }

  /** @internal */
  protected renderChart(model: Model, width: number, lang: Lang): Element {
    // Which names fit depends on the width: recompute the view when it differs from the one prepared.
    const view =
      width === model.width
        ? model.view
        : commuteView(model.data, this.#map!, { focus: model.view.focus, direction: model.view.direction, top: this.top, minJobs: this.minJobs, width });
    return commuteChart(view, { width, lang, colors: this.#colors() });
  }

  /** @internal */
  protected override exportLegend(_model: Model, lang: Lang): string {
    return messages[lang].exportLegend;
  }

  /** @internal */
  protected override fileParts(model: Model, lang: Lang): string[] {
    const focus = model.view.areas.find((a) => a.code === model.view.focus)?.name;
    return [focus ?? (lang === 'en' ? 'region' : 'regio'), model.view.direction === 'both' ? '' : model.view.direction, model.data.nationalTotals ? '2014' : ''];
  }

  /** @internal */
  protected tableModel(model: Model, lang: Lang): TableModel {
    const t = messages[lang];
    const { flows } = model.view;
    const origins = [...new Set(flows.map((f) => f.from))];
    const destinations = [...new Set(flows.map((f) => f.to))];
    const cells = new Map(model.data.flows.map((f) => [`${f.from}>${f.to}`, f.jobs]));
    const name = (code: string) => model.view.areas.find((a) => a.code === code)?.name ?? model.data.names.get(code) ?? code;
    return {
      caption: t.tableCaption,
      rowHeader: t.tableCorner,
      columns: destinations.map((d) => ({ label: name(d), numeric: true })),
      sections: [
        {
          rows: origins.map((o) => ({
            header: name(o),
            cells: destinations.map((d) => {
              const v = cells.get(`${o}>${d}`);
              return v === undefined ? t.none : formatNumber(v, lang);
            }),
          })),
        },
      ],
    };
  }

  /** @internal */
  protected override renderLegend(model: Model, lang: Lang): TemplateResult {
    const t = messages[lang];
    const m = model.view.maxRatio;
    const stops = [-1, -0.66, -0.33, 0, 0.33, 0.66, 1].map((k) => balanceColor(k * m, m));
    const hasNoData = model.view.areas.some((a) => a.ratio === null);
    const pct = `${formatNumber(m * 100, lang)}%${m >= 1 ? '+' : ''}`;
    return html`<div class="legend" part="legend">
      <p class="legend__title">${t.legendLabel}</p>
      <div class="legend__scale">
        <span>${t.legendOrigin} (−${pct})</span>
        <svg class="legend__ramp" width="140" height="12" viewBox="0 0 140 12" aria-hidden="true">
          ${stops.map((c, i) => svg`<rect x=${i * 20} width="20" height="12" fill=${c}></rect>`)}
        </svg>
        <span>${t.legendDestination} (+${pct})</span>
        ${hasNoData ? html`<span class="legend__nodata"><span class="swatch" aria-hidden="true"></span>${t.legendNoData}</span>` : nothing}
      </div>
      <p class="legend__note">${t.legendWidth}</p>
    </div>`;
  }

  /** @internal */
  protected override bindChart(chart: Element, model: Model): () => void {
    const areas = [...chart.querySelectorAll<SVGPathElement>('.q4-area path[data-key]')].sort((a, b) =>
      (a.getAttribute('aria-label') ?? '').localeCompare(b.getAttribute('aria-label') ?? '', 'nl'),
    );
    const flows = [...chart.querySelectorAll<SVGPathElement>('.q4-flow path[data-key]')];
    const items: RovingItem[] = [...areas.map((element, col) => ({ element, row: 0, col })), ...flows.map((element, col) => ({ element, row: 1, col }))];
    areas.forEach((a) => a.setAttribute('role', 'button'));
    const keyOf = (el: Element) => el.getAttribute('data-key') ?? '';
    const wanted = this.#restoreFocus ?? (model.view.focus ? `area:${model.view.focus}` : '');
    let initial = items.findIndex((i) => keyOf(i.element) === wanted);
    if (initial < 0) initial = flows.length ? areas.length : 0;
    const unbind = rovingGrid(chart, items, (item) => {
      if (item.row !== 0) return;
      this.#restoreFocus = keyOf(item.element);
      this.#select(item.element.getAttribute('data-area')!, model);
    }, initial);
    if (this.#restoreFocus) {
      this.#restoreFocus = undefined;
      queueMicrotask(() => items[initial]?.element.focus());
    }
    return unbind;
  }

  #select(code: string, model: Model): void {
    const area = model.view.areas.find((a) => a.code === code);
    if (!area) return;
    const proceed = this.emit('q4-select', { code, name: area.name }, true);
    if (proceed && model.data.complete.has(code)) this.municipality = code;
  }

  #colors(): Partial<CommuteColors> {
    const style = getComputedStyle(this);
    const colors: Partial<CommuteColors> = {};
    for (const [name, prop] of Object.entries(colorProps) as [keyof CommuteColors, string][]) {
      colors[name] = style.getPropertyValue(prop).trim() || defaultCommuteColors[name];
    }
    return colors;
  }
}
