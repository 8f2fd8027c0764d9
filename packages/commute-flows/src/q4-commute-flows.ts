import { html, svg, nothing, type TemplateResult } from 'lit';
import { Q4Element, baseStyles, compareNames, formatNumber, rovingGrid, type Lang, type RovingItem, declareOptions, type OptionProperties } from '@q4/core';
import { commuteOptions } from './commute-flows-options.js';
import { messages } from './messages.js';
import { balanceColor } from './commute-flows-chart.js';
import { asksForArea, loadDefaultMap, type CommuteInput } from './commute-flows-data.js';
import { commuteFigure, type CommuteDataset, type CommuteModel, type CommuteOptions } from './commute-flows-figure.js';
import { commuteStyles } from './styles.js';

type Model = CommuteModel;

/**
 * Where the residents of a municipality hold their jobs, on a map: CBS employee jobs by municipality of residence
 * and of work (table 81251NED, December 2014). That is a stock of jobs, not persons (someone with two jobs counts
 * twice), and not the report's figure of about 1 million workplace changes a year: the report's map of
 * "werkplaatsverplaatsingen" is not in our sources. Each municipality is coloured by its net balance (jobs
 * located there minus jobs held by its residents): blue a net destination, red a net origin, the colours the
 * report uses for its own balance. Flows are curved arrows from home to work municipality, their width
 * proportional to the number of jobs. Without attributes it shows the region's largest flows with its partners;
 * `municipality` shows one municipality's inflows and outflows.
 *
 * The map is of today's municipalities (the boundaries of 2025). The flows of 2014 are carried to them through whole
 * mergers (Leerdam, Vianen and Zederik are Vijfheerenlanden), and the caption says both years. A municipality that
 * no longer exists has no map (a `no-data` error names what it became); a part of a divided municipality that moved
 * since 2014 is said in the notes, never drawn as if it were known.
 *
 * Keyboard: Tab into the map, Left/Right step through the municipalities (first row) or the flows (second row,
 * largest first), Up/Down switch rows, Enter or Space chooses a municipality. The focused or hovered item's
 * numbers are shown under the map ("Zeist → Utrecht: 5.300 banen").
 *
 * @summary Employee jobs by home and work municipality (CBS, December 2014) on a map, with each municipality's net balance.
 * @tag q4-commute-flows
 * @fires q4-select - A municipality was chosen by click, Enter or Space; `detail` is `{ code, name }`.
 *   Cancel the event to keep the current focus.
 * @fires q4-error - The data or an option is unusable, or there is nothing to draw (`no-data`); `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The map was drawn; `detail.width` is its width.
 * @csspart legend - The legend above the map.
 * @cssprop --q4-commute-flows-flow-color - Colour of the flow arrows (falls back to `--q4-chart-text`, `--q4-color-text`).
 * @cssprop --q4-commute-flows-region-color - Outline of the five municipalities (falls back to `--q4-chart-text`, `--q4-color-text`).
 * @cssprop --q4-commute-flows-no-data-color - Fill of municipalities without data (falls back to `--q4-chart-neutral`, `--q4-color-neutral`).
 */
export class Q4CommuteFlows extends Q4Element<CommuteInput, CommuteDataset, CommuteOptions, Model> {
  static override styles = [baseStyles, commuteStyles];
  static {
    declareOptions(this, commuteOptions);
  }

  /**
   * Your own flows: a list of `{ from, to, jobs, fromName?, toName? }` (jobs as a count), or
   * `{ credit?, flows }`; a national matrix of 160,000 cells is fine. Takes precedence over `src`.
   */
  override data: CommuteInput | undefined = undefined;

  #restoreFocus?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Start loading the map at once, so that own data set later is drawn without waiting for it; not for another
    // area, which has its own map (8 KB saved there).
    if (asksForArea(this.options())) return;
    loadDefaultMap().catch(() => {
      // A failed map shows through the data path, with a retry button.
    });
  }

  /** @internal */
  protected get figure(): typeof commuteFigure {
    return commuteFigure;
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
      compareNames(a.getAttribute('aria-label') ?? '', b.getAttribute('aria-label') ?? ''),
    );
    const flows = [...chart.querySelectorAll<SVGPathElement>('.q4-flow path[data-key]')];
    const items: RovingItem[] = [...areas.map((element, col) => ({ element, row: 0, col })), ...flows.map((element, col) => ({ element, row: 1, col }))];
    const keyOf = (el: Element) => el.getAttribute('data-key') ?? '';
    // Each municipality is a button that chooses it, and so is each flow: it chooses its other end, so that a keyboard
    // user can follow a flow to the place it leads to. A flow whose other end is not on the map chooses nothing.
    const onMap = new Set(model.view.areas.map((a) => a.code));
    const chooses = (el: Element) => (el.getAttribute('data-area') ?? otherEnd(keyOf(el), model)) || null;
    for (const element of [...areas, ...flows]) {
      element.setAttribute('role', 'button');
      const code = chooses(element);
      if (!code || !onMap.has(code)) element.setAttribute('aria-disabled', 'true');
    }
    const wanted = this.#restoreFocus ?? (model.view.focus ? `area:${model.view.focus}` : '');
    let initial = items.findIndex((i) => keyOf(i.element) === wanted);
    if (initial < 0) initial = flows.length ? areas.length : 0;
    const unbind = rovingGrid(
      chart,
      items,
      (item) => {
        const code = chooses(item.element);
        if (!code || !onMap.has(code)) return;
        this.#restoreFocus = `area:${code}`;
        this.#select(code, model);
      },
      initial,
    );
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
}

/** The end of a flow (`flow:GM0355>GM0344`) away from the place it is drawn for: the one that is not the focus or a member. */
function otherEnd(key: string, model: Model): string {
  const [from = '', to = ''] = key.replace(/^flow:/, '').split('>');
  const own = new Set(model.view.focus ? [model.view.focus] : model.data.members);
  return own.has(from) && !own.has(to) ? to : own.has(to) && !own.has(from) ? from : to;
}

/** The options of `<q4-commute-flows>`, one property each, declared in `commuteOptions` with their documentation. */
export interface Q4CommuteFlows extends OptionProperties<typeof commuteOptions> {}
