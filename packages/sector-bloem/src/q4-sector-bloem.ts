import { Q4Element, baseStyles, coreMessages, fill, formatNumber, type FigureText, type Lang, type TableModel } from '@q4/core';
import { property } from 'lit/decorators.js';
import { messages } from './messages.js';
import { sectorBloemChart } from './sector-bloem-chart.js';
import { defaultSectorBloem, parseSectorBloem, type SectorBloemRow } from './sector-bloem-data.js';
import { sectorBloemStyles } from './styles.js';

/**
 * TODO: what the widget shows and from which figure of the report.
 *
 * @summary TODO one line.
 * @tag q4-sector-bloem
 * @fires q4-error - The data or an option is unusable; `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @cssprop --q4-sector-bloem-bar-color - Bar colour (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 */
export class Q4SectorBloem extends Q4Element<SectorBloemRow[], SectorBloemRow[], SectorBloemRow[]> {
  static override styles = [baseStyles, sectorBloemStyles];

  /** Your own data: a list of `{ label, value }`. Takes precedence over `src` and the bundled data. */
  @property({ attribute: false }) override data: SectorBloemRow[] | undefined = undefined;

  /** @internal */
  protected get defaultData(): SectorBloemRow[] {
    return defaultSectorBloem;
  }

  /** @internal */
  protected parse(input: unknown): SectorBloemRow[] {
    return parseSectorBloem(input);
  }

  /** @internal */
  protected isEmpty(data: SectorBloemRow[]): boolean {
    return data.every((d) => d.value === null);
  }

  /** @internal */
  protected prepare(data: SectorBloemRow[]): SectorBloemRow[] {
    return data;
  }

  /** @internal */
  protected describe(model: SectorBloemRow[], lang: Lang): FigureText {
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
  protected renderChart(model: SectorBloemRow[], width: number, lang: Lang): Element {
    return sectorBloemChart(model, { width, lang });
  }

  /** @internal */
  protected tableModel(model: SectorBloemRow[], lang: Lang): TableModel {
    const t = messages[lang];
    return {
      caption: t.tableCaption,
      rowHeader: t.tableLabel,
      columns: [{ label: t.tableValue, numeric: true }],
      sections: [{ rows: model.map((d) => ({ header: d.label, cells: [d.value === null ? coreMessages[lang].noData : formatNumber(d.value, lang)] })) }],
    };
  }
}
