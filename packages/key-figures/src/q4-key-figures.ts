import { Q4Element, baseStyles, coreMessages, fill, formatNumber, type FigureText, type Lang, type TableModel } from '@q4/core';
import { property } from 'lit/decorators.js';
import { messages } from './messages.js';
import { keyFiguresChart } from './key-figures-chart.js';
import { defaultKeyFigures, parseKeyFigures, type KeyFiguresRow } from './key-figures-data.js';
import { keyFiguresStyles } from './styles.js';

/**
 * TODO: what the widget shows and from which figure of the report.
 *
 * @summary TODO one line.
 * @tag q4-key-figures
 * @fires q4-error - The data or an option is unusable; `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @cssprop --q4-key-figures-bar-color - Bar colour (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 */
export class Q4KeyFigures extends Q4Element<KeyFiguresRow[], KeyFiguresRow[], KeyFiguresRow[]> {
  static override styles = [baseStyles, keyFiguresStyles];

  /** Your own data: a list of `{ label, value }`. Takes precedence over `src` and the bundled data. */
  @property({ attribute: false }) override data: KeyFiguresRow[] | undefined = undefined;

  /** @internal */
  protected get defaultData(): KeyFiguresRow[] {
    return defaultKeyFigures;
  }

  /** @internal */
  protected parse(input: unknown): KeyFiguresRow[] {
    return parseKeyFigures(input);
  }

  /** @internal */
  protected isEmpty(data: KeyFiguresRow[]): boolean {
    return data.every((d) => d.value === null);
  }

  /** @internal */
  protected prepare(data: KeyFiguresRow[]): KeyFiguresRow[] {
    return data;
  }

  /** @internal */
  protected describe(model: KeyFiguresRow[], lang: Lang): FigureText {
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
  protected renderChart(model: KeyFiguresRow[], width: number, lang: Lang): Element {
    return keyFiguresChart(model, { width, lang });
  }

  /** @internal */
  protected tableModel(model: KeyFiguresRow[], lang: Lang): TableModel {
    const t = messages[lang];
    return {
      caption: t.tableCaption,
      rowHeader: t.tableLabel,
      columns: [{ label: t.tableValue, numeric: true }],
      sections: [{ rows: model.map((d) => ({ header: d.label, cells: [d.value === null ? coreMessages[lang].noData : formatNumber(d.value, lang)] })) }],
    };
  }
}
