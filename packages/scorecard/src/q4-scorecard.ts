import { html, type TemplateResult } from 'lit';
import { Q4Element, baseStyles, rovingGrid, type Lang, type RovingItem, declareOptions, type OptionProperties } from '@q4/core';
import type { ScorecardDataset } from '@q4/data';
import { scorecardOptions } from './scorecard-options.js';
import { messages } from './messages.js';
import { symbols } from './scorecard-chart.js';
import type { ScorecardInput } from './scorecard-data.js';
import { scorecardFigure, type ScorecardModel, type ScorecardOptions } from './scorecard-figure.js';
import { scorecardStyles } from './styles.js';

type Model = ScorecardModel;

/**
 * The quality scorecard of the region Heuvelrug Kromme Rijnstreek: eight indicators of social
 * cohesion, satisfaction with home and surroundings, and environmental nuisance for De Bilt, Bunnik,
 * Zeist, Utrechtse Heuvelrug and Wijk bij Duurstede, each compared with the province of Utrecht
 * (Staat van Utrecht 2014, as printed in the Q4 report of May 2015). A missing value is shown as
 * "geen gegevens", never as 0. Each cell says in words and with a symbol whether it is better or
 * worse than the province, taking into account whether a higher value is good or bad.
 *
 * Keyboard: Tab into the chart, arrow keys move between cells, Enter or Space chooses the
 * municipality of the cell (as a click does).
 *
 * @summary How five municipalities score against the province of Utrecht on quality of life.
 * @tag q4-scorecard
 * @fires q4-select - A municipality was chosen by click, Enter or Space; `detail` is `{ code, name }`.
 *   Cancel the event to keep the current highlight.
 * @fires q4-error - The data or an option is unusable, or there is nothing to draw (`no-data`); `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @csspart legend - The legend above the chart.
 * @cssprop --q4-scorecard-better-color - Fill of cells better than the province (falls back to `--q4-chart-positive`, `--q4-color-positive`).
 * @cssprop --q4-scorecard-worse-color - Fill of cells worse than the province (falls back to `--q4-chart-negative`, `--q4-color-negative`).
 * @cssprop --q4-scorecard-same-color - Fill of cells equal to the province (falls back to `--q4-chart-neutral`, `--q4-color-neutral`).
 * @cssprop --q4-scorecard-reference-color - Fill of the province's cells (falls back to `--q4-chart-reference`, `--q4-color-reference`).
 * @cssprop --q4-scorecard-text-color - Text in the cells (falls back to `--q4-chart-text`, `--q4-color-text`).
 */
export class Q4Scorecard extends Q4Element<ScorecardInput, ScorecardDataset, ScorecardOptions, Model> {
  static override styles = [baseStyles, scorecardStyles];
  static {
    declareOptions(this, scorecardOptions);
  }

  /**
   * Your own data: a list of rows `{ area, areaName?, indicator, value, decimals? }`, or
   * `{ credit?, reference?, rows }`. Takes precedence over `src` and the bundled data.
   */
  override data: ScorecardInput | undefined = undefined;

  #restoreFocus?: string;

  /** @internal */
  protected get figure(): typeof scorecardFigure {
    return scorecardFigure;
  }

  /** @internal */
  protected override renderLegend(_model: Model, lang: Lang): TemplateResult {
    const t = messages[lang];
    return html`<ul class="legend" part="legend" aria-label=${t.legendLabel}>
      <li><span class="swatch swatch--better" aria-hidden="true">${symbols.better}</span>${t.legendBetter}</li>
      <li><span class="swatch swatch--worse" aria-hidden="true">${symbols.worse}</span>${t.legendWorse}</li>
      <li><span class="swatch swatch--same" aria-hidden="true">${symbols.same}</span>${t.legendSame}</li>
      <li><span class="swatch swatch--missing" aria-hidden="true"></span>${t.legendMissing}</li>
    </ul>`;
  }

  /** @internal */
  protected override bindChart(chart: Element, model: Model): () => void {
    const { data } = model;
    const rowOf = new Map(data.indicators.map((i, n) => [i.id, n]));
    const colOf = new Map(data.areas.map((a, n) => [a.code, n]));
    const rects = [...chart.querySelectorAll<SVGRectElement>('rect[data-area]')];
    const items: RovingItem[] = rects
      .map((element) => ({
        element,
        row: rowOf.get(element.dataset.indicator!) ?? 0,
        col: colOf.get(element.dataset.area!) ?? 0,
      }))
      .sort((a, b) => a.row - b.row || a.col - b.col);
    // Every cell is a button that chooses its municipality; the reference's (the country or the region) chooses
    // nothing, so it is a button that is unavailable, not an image among buttons (WCAG 4.1.2).
    for (const { element } of items) {
      element.setAttribute('role', 'button');
      if (element.getAttribute('data-area') === data.reference) element.setAttribute('aria-disabled', 'true');
    }
    const key = (el: Element) => `${(el as SVGElement).dataset.area}|${(el as SVGElement).dataset.indicator}`;
    const wanted = this.#restoreFocus ?? (model.highlight ? `${model.highlight.code}|` : '');
    let initial = items.findIndex((i) => key(i.element) === wanted || (wanted.endsWith('|') && key(i.element).startsWith(wanted)));
    if (initial < 0) initial = 0;
    const unbind = rovingGrid(
      chart,
      items,
      (item) => {
        this.#restoreFocus = key(item.element);
        this.#select((item.element as unknown as SVGElement).dataset.area!, model);
      },
      initial,
    );
    if (this.#restoreFocus) {
      this.#restoreFocus = undefined;
      // After this update has finished: focusing updates the readout, which is reactive state.
      queueMicrotask(() => items[initial]?.element.focus());
    }

    // Column headings choose their municipality too.
    const labels = [...chart.querySelectorAll<SVGTextElement>('text[data-area]')];
    const onLabelClick = (event: Event) => this.#select((event.currentTarget as SVGElement).dataset.area!, model);
    labels.forEach((l) => l.addEventListener('click', onLabelClick));
    return () => {
      unbind();
      labels.forEach((l) => l.removeEventListener('click', onLabelClick));
    };
  }

  #select(code: string, model: Model): void {
    const area = model.data.areas.find((a) => a.code === code);
    if (!area || area.code === model.data.reference) return;
    if (this.emit('q4-select', { code: area.code, name: area.name }, true)) this.municipality = area.code;
  }
}

/** The options of `<q4-scorecard>`, one property each, declared in `scorecardOptions` with their documentation. */
export interface Q4Scorecard extends OptionProperties<typeof scorecardOptions> {}
