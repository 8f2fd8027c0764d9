import { html, type TemplateResult } from 'lit';
import { Q4Element, baseStyles, compareCodes, fill, rovingGrid, type Lang, declareOptions, type OptionProperties } from '@q4/core';
import { rciOptions } from './competitiveness-options.js';
import { countryName, messages } from './messages.js';
import type { RciData, RciInput } from './competitiveness-data.js';
import { rciFigure, type RciOptions } from './competitiveness-figure.js';
import { rciStyles } from './styles.js';
import type { RciModel } from './competitiveness-text.js';

type Model = RciModel;

/**
 * "Twice the most competitive region of Europe": the EU Regional Competitiveness Index for every NUTS 2 region,
 * 2010-2019, as a rank chart (rank against score) with the province of Utrecht (NL31) and the other Dutch regions
 * highlighted. The title and caption give Utrecht's rank in every edition, the bad years as well as the good:
 * first in 2010 and 2013, joint second in 2016 (level at two decimals with Berkshire, Buckinghamshire and
 * Oxfordshire), third in 2019. Capital regions are merged with their commuting belts (NL00, UK00, …).
 *
 * Keyboard: Tab into the chart, Left/Right step through the regions in rank order, Home/End to the ends.
 *
 * @summary Utrecht's place among Europe's regions in the Regional Competitiveness Index, honestly per edition.
 * @tag q4-competitiveness
 * @fires q4-error - The data or an option is unusable, or there is nothing to draw (`no-data`); `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @csspart legend - The legend above the chart.
 * @cssprop --q4-competitiveness-focus-color - Dot of the highlighted region (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 * @cssprop --q4-competitiveness-country-color - Dots of the other regions of its country (falls back to `--q4-chart-highlight`, `--q4-color-highlight`).
 * @cssprop --q4-competitiveness-other-color - Dots of all other regions (falls back to `--q4-chart-muted`, `--q4-color-muted`).
 */
export class Q4Competitiveness extends Q4Element<RciInput, RciData, RciOptions, Model> {
  static override styles = [baseStyles, rciStyles];
  static {
    declareOptions(this, rciOptions);
  }

  /** Your own scores: a list of `{ code, name, country?, edition, score }`, or `{ credit, rows }`. */
  override data: RciInput | undefined = undefined;

  /** @internal */
  protected get figure(): typeof rciFigure {
    return rciFigure;
  }

  /** @internal */
  protected override renderLegend(model: Model, lang: Lang): TemplateResult {
    const t = messages[lang];
    const name = model.focus?.name ?? model.focusCode;
    return html`<ul class="legend" part="legend">
      <li><span class="dot dot--focus" aria-hidden="true"></span>${fill(t.legendRegion, { name })}</li>
      ${model.focus?.country ? html`<li><span class="dot dot--country" aria-hidden="true"></span>${fill(t.legendCountry, { country: countryName(model.focus.country, lang) })}</li>` : ''}
      <li><span class="dot dot--other" aria-hidden="true"></span>${t.legendOther}</li>
    </ul>`;
  }

  /** @internal */
  protected override bindChart(chart: Element, model: Model): () => void {
    const dots = [...chart.querySelectorAll<SVGCircleElement>('circle[data-key]')].sort(
      (a, b) => Number(a.dataset.rank) - Number(b.dataset.rank) || compareCodes(a.dataset.key ?? '', b.dataset.key ?? ''),
    );
    const initial = Math.max(
      0,
      dots.findIndex((d) => d.dataset.key === `region:${model.focusCode}`),
    );
    return rovingGrid(
      chart,
      dots.map((element, col) => ({ element, row: 0, col })),
      () => {},
      initial,
    );
  }
}

/** The options of `<q4-competitiveness>`, one property each, declared in `rciOptions` with their documentation. */
export interface Q4Competitiveness extends OptionProperties<typeof rciOptions> {}
