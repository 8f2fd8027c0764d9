import { property } from 'lit/decorators.js';
import { Q4Element, baseStyles, rovingGrid, type FigureText, type Lang, type RovingItem, type TableModel } from '@q4/core';
import { messages } from './messages.js';
import { identityChart } from './identity-chart.js';
import { defaultIdentity, parseIdentity, type IdentityData, type IdentityInput } from './identity-data.js';
import { identityStyles } from './styles.js';
import { describeIdentity } from './identity-text.js';

/**
 * The report's table "Verschuiving van identiteit: van dik naar dun": eleven pairs, from thick identity
 * (a stable, shared culture within fixed borders) to thin identity (a means for communities that solve problems
 * together), drawn as two columns with an arrow from each thick identity to its thin counterpart. In Dutch as
 * printed and in our English translation. Screen readers hear the arrows as a list ("van Wortels in (lokale)
 * geschiedenis naar Inspelend op actualiteit").
 *
 * Keyboard: Tab into the diagram, Up/Down step through the pairs; each pair is shown under the diagram.
 *
 * @summary The report's eleven shifts from thick to thin identity, as a two-column diagram.
 * @tag q4-identity-shift
 * @fires q4-error - The data is unusable; `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The diagram was drawn; `detail.width` is its width.
 * @cssprop --q4-identity-shift-arrow-color - Colour of the arrows (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 */
export class Q4IdentityShift extends Q4Element<IdentityInput, IdentityData, IdentityData> {
  static override styles = [baseStyles, identityStyles];

  /** Your own pairs: a list of `{ thick, thin }` (text, or `{ nl, en }`), or `{ credit, pairs }`. */
  @property({ attribute: false }) override data: IdentityInput | undefined = undefined;

  /** @internal */
  protected get defaultData(): IdentityData {
    return defaultIdentity;
  }

  /** @internal */
  protected parse(input: unknown): IdentityData {
    return parseIdentity(input);
  }

  /** @internal */
  protected isEmpty(data: IdentityData): boolean {
    return data.pairs.length === 0;
  }

  /** @internal */
  protected prepare(data: IdentityData): IdentityData {
    return data;
  }

  /** @internal */
  protected describe(data: IdentityData, lang: Lang): FigureText {
    return describeIdentity(data, lang);
  }

  /** @internal */
  protected renderChart(data: IdentityData, width: number, lang: Lang): Element {
    const style = getComputedStyle(this);
    return identityChart(data.pairs, {
      width,
      lang,
      colors: { text: style.getPropertyValue('--_text').trim() || undefined, arrow: style.getPropertyValue('--_arrow').trim() || undefined },
    });
  }

  /** @internal */
  protected tableModel(data: IdentityData, lang: Lang): TableModel {
    const t = messages[lang];
    return {
      caption: t.tableCaption,
      rowHeader: t.tableRow,
      columns: [{ label: t.thick }, { label: t.thin }],
      sections: [{ rows: data.pairs.map((p) => ({ header: String(p.id), cells: [p.thick[lang], p.thin[lang]] })) }],
    };
  }

  /** @internal */
  protected override bindChart(chart: Element): () => void {
    const items: RovingItem[] = [...chart.querySelectorAll<SVGPathElement>('.q4-shift path')].map((element, row) => ({ element, row, col: 0 }));
    return rovingGrid(chart, items, () => {});
  }
}
