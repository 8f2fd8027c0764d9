import { Q4Element, baseStyles, declareOptions, rovingGrid, type OptionProperties, type RovingItem } from '@q4/core';
import type { __Pascal__Data, __Pascal__Input } from './__name__-data.js';
import { __camel__Figure, type __Pascal__Options } from './__name__-figure.js';
import { __camel__Options } from './__name__-options.js';
import { __camel__Styles } from './styles.js';

/**
 * TODO: what the widget shows and from which figure of the report.
 *
 * Keyboard: Tab into the chart, arrow keys step through the bars.
 *
 * @summary TODO one line.
 * @tag q4-__name__
 * @fires q4-error - The data or an option is unusable; `detail` is `{ code, message, issues? }`.
 * @fires q4-render - The chart was drawn; `detail.width` is its width.
 * @cssprop --q4-__name__-bar-color - Bar colour (falls back to `--q4-chart-accent`, `--q4-color-accent`).
 */
export class Q4__Pascal__ extends Q4Element<__Pascal__Input, __Pascal__Data, __Pascal__Options, __Pascal__Data> {
  static override styles = [baseStyles, __camel__Styles];
  static {
    declareOptions(this, __camel__Options);
  }

  /** Your own data: a list of `{ label, value }`, or `{ credit, rows }`. Takes precedence over `src` and the bundled data. */
  override data: __Pascal__Input | undefined = undefined;

  /** @internal */
  protected get figure(): typeof __camel__Figure {
    return __camel__Figure;
  }

  /** @internal */
  protected override bindChart(chart: Element): () => void {
    const items: RovingItem[] = [...chart.querySelectorAll<SVGRectElement>('.q4-bar rect')].map((element, col) => ({ element, row: 0, col }));
    return rovingGrid(chart, items, () => {});
  }
}

/** The options of `<q4-__name__>`, one property each, declared in `__camel__Options` with their documentation. */
export interface Q4__Pascal__ extends OptionProperties<typeof __camel__Options> {}
