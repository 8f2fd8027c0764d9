import { html, nothing, type TemplateResult } from 'lit';
import { Q4Element, baseStyles, coreMessages, fill, formatNumber, rovingGrid, type Lang, declareOptions, type OptionProperties } from '@q4/core';
import { keyFiguresOptions } from './key-figures-options.js';
import { messages } from './messages.js';
import { wordingOf } from './key-figures-chart.js';
import type { KeyFiguresData, KeyFiguresInput } from './key-figures-data.js';
import { keyFiguresFigure, type KeyFiguresOptions } from './key-figures-figure.js';
import { keyFiguresStyles } from './styles.js';
import type { KeyFiguresModel } from './key-figures-text.js';

type Model = KeyFiguresModel;

/**
 * The key figures of the region Heuvelrug Kromme Rijnstreek, or of any municipality or region: the population on
 * 1 January 2012-2026 (CBS) as a small trend, and the jobs and establishments (LISA 2017, credited as LISA
 * requires). CBS and LISA counts are never put in one series. By default the region's figures are the newest, the
 * sum of its five municipalities; a note says what the report of May 2015 gave. `view="report"` shows the report's
 * headline comparison instead: the region (190.000 inhabitants, 87.000 jobs, almost 20.000 establishments) between
 * the city regions of Utrecht and Amersfoort, in the report's own wording ("bijna", "meer dan").
 *
 * @summary The newest population, jobs and establishments of the region or any place; or the report's key figures.
 * @tag q4-key-figures
 * @fires q4-error - The data or an option is unusable, or there is nothing to draw (`no-data`); `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @csspart legend - The key-figure cards above the chart.
 * @cssprop --q4-key-figures-accent-color - The region's bars and the population line (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 */
export class Q4KeyFigures extends Q4Element<KeyFiguresInput, KeyFiguresData, KeyFiguresOptions, Model> {
  static override styles = [baseStyles, keyFiguresStyles];
  static {
    declareOptions(this, keyFiguresOptions);
  }

  /** Your own figures: a list of `{ area, measure, value, wording? }`, or `{ credit, figures }`. */
  override data: KeyFiguresInput | undefined = undefined;

  /** @internal */
  protected get figure(): typeof keyFiguresFigure {
    return keyFiguresFigure;
  }

  /** @internal */
  protected override renderLegend(model: Model, lang: Lang): TemplateResult | typeof nothing {
    const t = messages[lang];
    const n = (v: number) => formatNumber(v, lang);
    if (model.mode === 'municipality') {
      const { m } = model;
      const last = m.population[m.population.length - 1];
      return html`<dl class="cards" part="legend" aria-label=${t.cardsLabel}>
        <div class="card"><dt>${fill(t.cardPopulation, { year: last.year })}</dt><dd>${n(last.population)}</dd></div>
        <div class="card card--lisa"><dt>${t.cardJobs}</dt><dd>${m.lisa ? n(m.lisa.jobs) : coreMessages[lang].noData}</dd></div>
        <div class="card card--lisa"><dt>${t.cardEstablishments}</dt><dd>${m.lisa ? n(m.lisa.establishments) : coreMessages[lang].noData}</dd></div>
      </dl>`;
    }
    if (!model.cards.length) return nothing;
    return html`<dl class="cards" part="legend" aria-label=${t.cardsLabel}>
      ${model.cards.map(
        (f) =>
          html`<div class="card"><dt>${f.measureLabel[lang]}${f.area === 'region' ? '' : ` (${f.areaLabel[lang]})`}</dt><dd>${wordingOf(f, lang)}</dd></div>`,
      )}
    </dl>`;
  }

  /** @internal */
  protected override bindChart(chart: Element): () => void {
    const marks = [...chart.querySelectorAll<SVGElement>('[data-key]')];
    return rovingGrid(
      chart,
      marks.map((element, col) => ({ element: element as SVGElement & { focus(): void }, row: 0, col })),
      () => {},
    );
  }
}

/** The options of `<q4-key-figures>`, one property each, declared in `keyFiguresOptions` with their documentation. */
export interface Q4KeyFigures extends OptionProperties<typeof keyFiguresOptions> {}
