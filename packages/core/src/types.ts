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

/** A chart's box in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
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
 * What an option takes:
 * - `area`: one municipality, a CBS code or a name (`GM0355`, `Zeist`);
 * - `area-list`: a region of municipalities, codes or names separated by commas (or `NL`);
 * - `enum`: one of `values`;
 * - `integer`: a whole number (one of `values` where they are listed);
 * - `text`: free text;
 * - `boolean`: present or absent.
 */
export type OptionKind = 'area' | 'area-list' | 'enum' | 'integer' | 'text' | 'boolean';

/** One option of a figure, as data (in the spirit of Plot's channel descriptors). */
export interface OptionSpec {
  kind: OptionKind;
  /** The element's property value when the attribute is absent. For an integer, 0 means "the figure's default" (the latest year, say). */
  default: string | number | boolean;
  /** The allowed values, in the order a person would choose from them. */
  values?: readonly (string | number)[];
  /**
   * Which part of a place this option names, for linked widgets and the builder's place field: the municipality, the
   * region's municipalities, or the region's name.
   */
  place?: 'municipality' | 'region' | 'region-name';
  /** Whether the element writes the property back to its attribute (the default); `false` for long or tuning options. */
  reflect?: boolean;
}

/** A figure's options by attribute name, as written in HTML (`min-jobs`); each maps to the property of its camelCase name. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** A label and a one-line help text for each option of a table, in Dutch and English, written for a person, not a programmer. */
export type OptionText<T extends OptionTable = OptionTable> = Readonly<Record<Lang, Readonly<Record<keyof T & string, OptionWords>>>>;

/** An option's words: its label, one line of help, and a name for each allowed value where the value itself is a code. */
export interface OptionWords {
  label: string;
  help: string;
  values?: Readonly<Record<string, string>>;
}

/**
 * One widget's knowledge of what it draws and says, as pure functions: no Lit, no globals. The element, the
 * iframe, `q4-render` and the tests all go through it. Type parameters: `D` the validated dataset, `O` the
 * options (the attributes, as strings or numbers), `M` the prepared model.
 */
export interface FigureDefinition<D, O, M> {
  /** The widget's name: `scorecard` for `<q4-scorecard>`, and the first part of every file name. */
  name: string;
  /**
   * The options, by attribute name (`min-jobs`), with their kind, allowed values and default. The element's
   * properties, the iframe's parameters, q4-render's flags and the builder's controls are read from it; the
   * words for people are the widget's `OptionText`, kept out of the CDN files.
   */
  attributes: OptionTable;
  /** Colour names the chart takes, each with the element's CSS custom property that holds it. */
  colors?: Readonly<Record<string, string>>;
  /**
   * The bundled data (a Promise where it loads on demand). Where it depends on options (the area a widget shows),
   * `dataKey` names them: a new key loads again. A load that rejects with a `Q4Error` shows that error.
   */
  loadDefault(options?: Partial<O>): D | Promise<D>;
  /** The options the bundled data depend on, as one string; none by default. */
  dataKey?(options: Partial<O>): string;
  /**
   * The municipalities (CBS codes) the bundled data have figures for, where that is not every one: the builder's
   * place field offers only these.
   */
  places?(): Promise<ReadonlySet<string>>;
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
  /**
   * The size of the chart `chart` makes at `width` (its SVG's `width` and `height`, CSS pixels), from the model
   * alone: no Plot, no drawing. The element holds this box while the chart is on its way (docs/architecture.md), so
   * that drawing it moves nothing; a test draws every widget at many widths and compares.
   */
  chartSize(model: M, context: { width: number; lang: Lang }): ChartSize;
  /** A note on how the chart was drawn (for instance a narrow layout), shown under it. */
  chartNote?(model: M, context: { width: number; lang: Lang }): string;
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
