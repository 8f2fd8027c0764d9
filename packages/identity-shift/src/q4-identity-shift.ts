import { Q4Element, baseStyles, rovingGrid, type RovingItem } from '@q4/core';
import type { IdentityData, IdentityInput } from './identity-shift-data.js';
import { identityFigure, type IdentityOptions } from './identity-shift-figure.js';
import { identityStyles } from './styles.js';

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
 * @fires q4-error - The data is unusable, or there is nothing to draw (`no-data`); `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The diagram was drawn; `detail.width` is its width.
 * @cssprop --q4-identity-shift-arrow-color - Colour of the arrows (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 */
export class Q4IdentityShift extends Q4Element<IdentityInput, IdentityData, IdentityOptions, IdentityData> {
  static override styles = [baseStyles, identityStyles];

  /** Your own pairs: a list of `{ thick, thin }` (text, or `{ nl, en }`), or `{ credit, pairs }`. */
  override data: IdentityInput | undefined = undefined;

  /** @internal */
  protected get figure(): typeof identityFigure {
    return identityFigure;
  }

  /** @internal */
  protected override bindChart(chart: Element): () => void {
    const items: RovingItem[] = [...chart.querySelectorAll<SVGPathElement>('.q4-shift path')].map((element, row) => ({ element, row, col: 0 }));
    return rovingGrid(chart, items, () => {});
  }
}
