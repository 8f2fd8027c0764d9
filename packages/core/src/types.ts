// The shared types of a Q4 widget: what a figure says and shows. A module of its own, so that every other core
// module (element, controllers, export) can import them without importing each other.
import type { Lang } from './i18n.js';

/** The texts around a chart: a title that states the point, a summary, the source credit. */
export interface FigureText {
  /** States the chart's point in one sentence ("Zeist scores better … on 3 of 8 indicators"). */
  title: string;
  /** The point with its key numbers, for the caption and screen readers. */
  summary: string;
  /** The credit line the source requires ("Bron: CBS"). */
  credit: string;
  /** Caveats, such as values that are missing. */
  notes?: string[];
}

/** The data of a chart as an HTML table: one section per group of rows. */
export interface TableModel {
  caption: string;
  /** Heading of the first column (the row headers). */
  rowHeader: string;
  columns: { label: string; numeric?: boolean }[];
  sections: { label?: string; rows: { header: string; cells: string[] }[] }[];
}

/** What a chart function needs besides the model: its width and language, where to make nodes, which colours. */
export interface ChartContext {
  width: number;
  lang: Lang;
  /** The document Plot creates nodes in (a linkedom document in Node); the page's by default. */
  document?: Document;
  /** Colours by the names the widget declares in `colors` (read from the element's CSS, or passed in). */
  colors?: Record<string, string>;
}

/**
 * One widget's knowledge of what it draws and says, as pure functions: no Lit, no globals. The element, the
 * iframe, `q4-render` and the tests all go through it. Type parameters: `D` the validated dataset, `O` the
 * options (the attributes, as strings or numbers), `M` the prepared model.
 */
export interface FigureDefinition<D, O, M> {
  /** The widget's name: `scorecard` for `<q4-scorecard>`, and the first part of every file name. */
  name: string;
  /** The attributes that are options, as written in HTML (`min-jobs`); each maps to the option of its camelCase name. */
  attributes: readonly string[];
  /** Colour names the chart takes, each with the element's CSS custom property that holds it. */
  colors?: Readonly<Record<string, string>>;
  /**
   * The bundled data (a Promise where it loads on demand). Where it depends on options (the area a widget shows),
   * `dataKey` names them: a new key loads again. A load that rejects with a `Q4Error` shows that error.
   */
  loadDefault(options?: Partial<O>): D | Promise<D>;
  /** The options the bundled data depend on, as one string; none by default. */
  dataKey?(options: Partial<O>): string;
  /** Validates user data; throws a ValidationError with every problem found. May return a Promise. */
  parse(input: unknown): D | Promise<D>;
  /** Whether there is nothing to draw. */
  isEmpty(data: D): boolean;
  /** Applies and checks the options; throws a Q4Error with a message for people on a bad one. */
  prepare(data: D, options: Partial<O>, lang: Lang): M;
  /** Title, summary, notes and credit. */
  describe(model: M, lang: Lang): FigureText;
  /** The legend in one line, for images, which have no legend beside them ('' when the chart needs none). */
  legend(model: M, lang: Lang): string;
  /** The data shown, as a table. */
  table(model: M, lang: Lang): TableModel;
  /** Words for file names after the widget's name (`['zeist', '2014']`). */
  fileParts(model: M, lang: Lang): string[];
  /** Draws the chart at `context.width`, with valid ARIA (the chart functions call `fixPlotAria`). */
  chart(model: M, context: ChartContext): Element;
  /** A note on how the chart was drawn (for instance a narrow layout), shown under it. */
  chartNote?(chart: Element, model: M, lang: Lang): string;
}

/** Everything one widget shows and exports, for one dataset, options, language and width. */
export interface Figure<M = unknown> extends Required<FigureText> {
  model: M;
  chart: Element;
  /** The legend in one line (in images). */
  legend: string;
  /** The data as a table. */
  table: TableModel;
  /** The note under the chart ('' for none). */
  chartNote: string;
  /** The file name of a download without extension: `q4-scorecard-zeist-2014`. */
  fileBase: string;
  /** Alt text for an image of the chart: the title and the summary with its key numbers. */
  alt: string;
}
