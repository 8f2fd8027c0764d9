import { html, type TemplateResult } from 'lit';
import { Q4Element, baseStyles, rovingGrid, type Lang, declareOptions, type OptionProperties } from '@q4/core';
import { landUseOptions } from './land-use-options.js';
import { categories, messages } from './messages.js';
import type { LandUseData, LandUseInput } from './land-use-data.js';
import { landUseFigure, type LandUseOptions } from './land-use-figure.js';
import { landUseStyles } from './styles.js';
import { areaName, type LandUseModel } from './land-use-text.js';

type Model = LandUseModel;

/**
 * Land use by main category (built-up, semi built-up, traffic, recreation, agriculture, forest and open
 * nature, water) as a share of the total area: the province of Utrecht against the Netherlands, 1996-2015
 * (CBS 70262NED), with a year selector. The report compared the five municipalities with the Netherlands for
 * 2010, but municipal figures are not in our sources; pass municipal rows of the same shape as `data` to show
 * them. The Netherlands is the sum of the twelve provinces.
 *
 * Keyboard: the year selector is a normal select; Tab into the chart, arrow keys step through the bars.
 *
 * @summary Land use of the province of Utrecht against the Netherlands, 1996-2015, per main category.
 * @tag q4-land-use
 * @fires q4-error - The data or an option is unusable, or there is nothing to draw (`no-data`); `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @csspart legend - The year selector and the legend above the chart.
 * @cssprop --q4-land-use-area-1-color - Colour of the first area (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 * @cssprop --q4-land-use-area-2-color - Colour of the second area (falls back to `--q4-chart-neutral-strong`, `--q4-color-neutral-strong`).
 */
export class Q4LandUse extends Q4Element<LandUseInput, LandUseData, LandUseOptions, Model> {
  static override styles = [baseStyles, landUseStyles];
  static {
    declareOptions(this, landUseOptions);
  }

  /** Your own rows in the shape of the bundled data: `{ year, code, name, total, traffic, builtUp, semiBuiltUp, recreation, agriculture, forestNature, innerWater, outerWater? }` in hectares, or `{ credit, rows }`. */
  override data: LandUseInput | undefined = undefined;

  /** @internal */
  protected get figure(): typeof landUseFigure {
    return landUseFigure;
  }

  /** @internal */
  protected override renderLegend(model: Model, lang: Lang): TemplateResult {
    const t = messages[lang];
    return html`<div class="legend" part="legend">
      <label class="year">
        ${t.yearLabel}
        <select ?disabled=${this.isStatic} @change=${(e: Event) => (this.year = Number((e.target as HTMLSelectElement).value))}>
          ${model.years.map((y) => html`<option value=${y} ?selected=${y === model.year}>${y}</option>`)}
        </select>
      </label>
      <ul class="keys">
        ${model.codes.map((code, i) => html`<li><span class="swatch swatch--${(i % 4) + 1}" aria-hidden="true"></span>${areaName(model.data, code, lang)}</li>`)}
      </ul>
    </div>`;
  }

  /** @internal */
  protected override bindChart(chart: Element, model: Model): () => void {
    const rects = [...chart.querySelectorAll<SVGRectElement>('.q4-bar rect[data-key]')];
    const row = (r: SVGRectElement) => categories.findIndex((c) => r.dataset.key!.endsWith(`:${c.id}`));
    const col = (r: SVGRectElement) => model.codes.findIndex((c) => r.dataset.key!.startsWith(`bar:${c}:`));
    return rovingGrid(
      chart,
      rects.map((element) => ({ element, row: row(element) * 10 + col(element), col: 0 })),
      () => {},
    );
  }
}

/** The options of `<q4-land-use>`, one property each, declared in `landUseOptions` with their documentation. */
export interface Q4LandUse extends OptionProperties<typeof landUseOptions> {}
