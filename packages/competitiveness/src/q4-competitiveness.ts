import { Q4Element, baseStyles, coreMessages, fill, formatNumber, type FigureText, type Lang, type TableModel } from '@q4/core';
import { property } from 'lit/decorators.js';
import { messages } from './messages.js';
import { competitivenessChart } from './competitiveness-chart.js';
import { defaultCompetitiveness, parseCompetitiveness, type CompetitivenessRow } from './competitiveness-data.js';
import { competitivenessStyles } from './styles.js';

/**
 * TODO: what the widget shows and from which figure of the report.
 *
 * @summary TODO one line.
 * @tag q4-competitiveness
 * @fires q4-error - The data or an option is unusable; `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @cssprop --q4-competitiveness-bar-color - Bar colour (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 */
export class Q4Competitiveness extends Q4Element<CompetitivenessRow[], CompetitivenessRow[], CompetitivenessRow[]> {
  static override styles = [baseStyles, competitivenessStyles];

  /** Your own data: a list of `{ label, value }`. Takes precedence over `src` and the bundled data. */
  @property({ attribute: false }) override data: CompetitivenessRow[] | undefined = undefined;

  /** @internal */
  protected get defaultData(): CompetitivenessRow[] {
    return defaultCompetitiveness;
  }

  /** @internal */
  protected parse(input: unknown): CompetitivenessRow[] {
    return parseCompetitiveness(input);
  }

  /** @internal */
  protected isEmpty(data: CompetitivenessRow[]): boolean {
    return data.every((d) => d.value === null);
  }

  /** @internal */
  protected prepare(data: CompetitivenessRow[]): CompetitivenessRow[] {
    return data;
  }

  /** @internal */
  protected describe(model: CompetitivenessRow[], lang: Lang): FigureText {
    const t = messages[lang];
    const top = model.filter((d) => d.value !== null).sort((a, b) => (b.value as number) - (a.value as number))[0];
    const value = formatNumber(top.value as number, lang);
    return {
      title: fill(t.title, { label: top.label, value }),
      summary: fill(t.summary, { count: model.length, label: top.label, value }),
      credit: coreMessages[lang].ownData, // TODO: the dataset's source.credit[lang] for bundled data
    };
  }

  /** @internal */
  protected renderChart(model: CompetitivenessRow[], width: number, lang: Lang): Element {
    return competitivenessChart(model, { width, lang });
  }

  /** @internal */
  protected tableModel(model: CompetitivenessRow[], lang: Lang): TableModel {
    const t = messages[lang];
    return {
      caption: t.tableCaption,
      rowHeader: t.tableLabel,
      columns: [{ label: t.tableValue, numeric: true }],
      sections: [{ rows: model.map((d) => ({ header: d.label, cells: [d.value === null ? coreMessages[lang].noData : formatNumber(d.value, lang)] })) }],
    };
  }
}
