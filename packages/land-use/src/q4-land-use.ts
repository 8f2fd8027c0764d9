import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Q4Element, Q4Error, baseStyles, coreMessages, fill, formatNumber, listFormat, rovingGrid, type FigureText, type Lang, type TableModel } from '@q4/core';
import { categories, messages } from './messages.js';
import { defaultAreaColors, formatShare, landUseChart } from './land-use-chart.js';
import { defaultLandUse, hectares, landUseBars, parseLandUse, type LandUseBar, type LandUseData, type LandUseInput } from './land-use-data.js';
import { landUseStyles } from './styles.js';

/** @internal */
interface Model {
  data: LandUseData;
  year: number;
  years: number[];
  codes: string[];
  bars: LandUseBar[];
}

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
 * @fires q4-error - The data or an option is unusable; `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @csspart legend - The year selector and the legend above the chart.
 * @cssprop --q4-land-use-area-1-color - Colour of the first area (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 * @cssprop --q4-land-use-area-2-color - Colour of the second area (falls back to `--q4-chart-neutral-strong`, `--q4-color-neutral-strong`).
 */
export class Q4LandUse extends Q4Element<LandUseInput, LandUseData, Model> {
  static override styles = [baseStyles, landUseStyles];

  /** Year shown; default the latest in the data (2015). */
  @property({ type: Number, reflect: true }) year = 0;

  /** Area codes to compare, separated by commas; default `PV26,NL01` (or the first areas of your data). */
  @property() areas = '';

  /** Your own rows in the shape of the bundled data: `{ year, code, name, total, traffic, builtUp, semiBuiltUp, recreation, agriculture, forestNature, innerWater, outerWater? }` in hectares, or `{ credit, rows }`. */
  @property({ attribute: false }) override data: LandUseInput | undefined = undefined;

  /** @internal */
  protected get defaultData(): LandUseData {
    return defaultLandUse;
  }

  /** @internal */
  protected parse(input: unknown): LandUseData {
    return parseLandUse(input);
  }

  /** @internal */
  protected isEmpty(data: LandUseData): boolean {
    return data.rows.length === 0;
  }

  /** @internal */
  protected prepare(data: LandUseData, lang: Lang): Model {
    const t = messages[lang];
    const years = [...new Set(data.rows.map((r) => r.year))].sort((a, b) => a - b);
    const year = this.year || years[years.length - 1];
    if (!years.includes(year)) throw new Q4Error('invalid-option', fill(t.badYear, { value: String(this.year), list: listFormat(years.map(String), lang) }));
    const known = [...new Set(data.rows.map((r) => r.code))];
    const codes = this.areas.trim() ? this.areas.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean) : data.defaults;
    const unknown = codes.find((c) => !known.includes(c));
    if (unknown) throw new Q4Error('invalid-option', fill(t.unknownArea, { value: unknown.slice(0, 20), list: listFormat(known.slice(0, 14), lang) }));
    const present = codes.filter((c) => data.rows.some((r) => r.code === c && r.year === year));
    return { data, year, years, codes: present, bars: landUseBars(data, year, present) };
  }

  /** "provincie Utrecht" in a column, "de provincie Utrecht" in a sentence. */
  #name(model: Model, code: string, lang: Lang, inSentence = false): string {
    const row = model.data.rows.find((r) => r.code === code)!;
    if (model.data !== defaultLandUse) return row.name;
    if (code === 'NL01') return lang === 'en' ? (inSentence ? 'the Netherlands' : 'Netherlands') : 'Nederland';
    if (!code.startsWith('PV')) return row.name;
    if (lang === 'en') return inSentence ? `the province of ${row.name}` : `${row.name} (province)`;
    return inSentence ? `de provincie ${row.name}` : `Provincie ${row.name}`;
  }

  /** @internal */
  protected describe(model: Model, lang: Lang): FigureText {
    const t = messages[lang];
    const { bars, codes, year } = model;
    const cat = (id: string) => categories.find((c) => c.id === id)![lang];
    let title: string;
    if (codes.length >= 2) {
      // The land category where the first two areas differ most in proportion (water is left out: the
      // national total includes the sea, so its share says little about land use).
      let best = { id: 'builtUp', a: 0, b: 0, ratio: 0 };
      for (const c of categories) {
        if (c.id === 'water') continue;
        const a = bars.find((x) => x.code === codes[0] && x.category === c.id)?.share ?? 0;
        const b = bars.find((x) => x.code === codes[1] && x.category === c.id)?.share ?? 0;
        if (Math.min(a, b) < 0.02) continue;
        const ratio = Math.abs(Math.log(a / b));
        if (ratio > best.ratio) best = { id: c.id, a, b, ratio };
      }
      title = fill(t.title, {
        year,
        a: this.#name(model, codes[0], lang, true),
        b: this.#name(model, codes[1], lang, true),
        more: best.a > best.b ? t.more : t.less,
        category: cat(best.id),
        va: formatShare(best.a, lang),
        vb: formatShare(best.b, lang),
      });
    } else {
      const top = bars.filter((b) => b.code === codes[0]).sort((a, b) => b.share - a.share)[0];
      const name = cat(top.category);
      title = fill(t.titleOne, { category: name.charAt(0).toUpperCase() + name.slice(1), a: this.#name(model, codes[0], lang, true), va: formatShare(top.share, lang), year });
    }
    const perArea = codes.map((code) =>
      fill(t.summaryArea, {
        area: this.#name(model, code, lang),
        list: listFormat(bars.filter((b) => b.code === code).map((b) => fill(t.categoryShare, { category: cat(b.category), share: formatShare(b.share, lang) })), lang),
      }),
    );
    const notes: string[] = [];
    const noOuter = codes.filter((c) => model.data.rows.find((r) => r.code === c && r.year === year)?.outerWater === null);
    if (noOuter.length) notes.push(fill(t.outerWaterNote, { list: listFormat(noOuter.map((c) => this.#name(model, c, lang, true)), lang) }));
    if (model.data.rows.some((r) => codes.includes(r.code) && r.derived)) notes.push(t.derivedNote);
    if (model.data === defaultLandUse) notes.push(t.municipalNote);
    return { title, summary: fill(t.summary, { year, list: perArea.join('; ') }), notes, credit: model.data.credit?.[lang] ?? coreMessages[lang].ownData };
  }

  /** @internal */
  protected renderChart(model: Model, width: number, lang: Lang): Element {
    const style = getComputedStyle(this);
    const colors = defaultAreaColors.map((c, i) => style.getPropertyValue(`--_area-${i + 1}`).trim() || c);
    return landUseChart(model.bars, {
      width,
      lang,
      year: model.year,
      areas: model.codes.map((code) => ({ code, label: this.#name(model, code, lang) })),
      colors,
      textColor: style.getPropertyValue('--_text').trim() || undefined,
    });
  }

  /** @internal */
  protected override renderLegend(model: Model, lang: Lang): TemplateResult {
    const t = messages[lang];
    return html`<div class="legend" part="legend">
      <label class="year">
        ${t.yearLabel}
        <select @change=${(e: Event) => (this.year = Number((e.target as HTMLSelectElement).value))}>
          ${model.years.map((y) => html`<option value=${y} ?selected=${y === model.year}>${y}</option>`)}
        </select>
      </label>
      <ul class="keys">
        ${model.codes.map((code, i) => html`<li><span class="swatch swatch--${(i % 4) + 1}" aria-hidden="true"></span>${this.#name(model, code, lang)}</li>`)}
      </ul>
    </div>`;
  }

  /** @internal */
  protected override fileParts(model: Model): string[] {
    return [...model.codes, String(model.year)];
  }

  /** @internal */
  protected tableModel(model: Model, lang: Lang): TableModel {
    const t = messages[lang];
    const rows = model.codes.map((code) => model.data.rows.find((r) => r.code === code && r.year === model.year)!);
    return {
      caption: fill(t.tableCaption, { year: model.year }),
      rowHeader: t.tableCategory,
      columns: model.codes.map((code) => ({ label: this.#name(model, code, lang), numeric: true })),
      sections: [
        {
          rows: [
            ...categories.map((c) => ({
              header: c[lang],
              cells: rows.map((r) => fill(t.tableCell, { ha: formatNumber(hectares(r, c.id), lang), share: formatShare(hectares(r, c.id) / r.total, lang) })),
            })),
            { header: t.total, cells: rows.map((r) => `${formatNumber(r.total, lang)} ha`) },
          ],
        },
      ],
    };
  }

  /** @internal */
  protected override bindChart(chart: Element, model: Model): () => void {
    const rects = [...chart.querySelectorAll<SVGRectElement>('.q4-bar rect[data-key]')];
    const row = (r: SVGRectElement) => categories.findIndex((c) => r.dataset.key!.endsWith(`:${c.id}`));
    const col = (r: SVGRectElement) => model.codes.findIndex((c) => r.dataset.key!.startsWith(`bar:${c}:`));
    return rovingGrid(chart, rects.map((element) => ({ element, row: row(element) * 10 + col(element), col: 0 })), () => {});
  }
}
