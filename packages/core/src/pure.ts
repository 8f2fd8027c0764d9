// `@q4/core/figure`: what a widget's figure, chart and data modules need, and nothing that imports Lit. A figure
// imported through this entry runs anywhere: in Node for q4-render and static HTML, in a worker, in a test.
export type {
  ChartContext,
  ChartSize,
  Figure,
  FigureDefinition,
  FigureText,
  OptionKind,
  OptionSpec,
  OptionTable,
  OptionText,
  OptionWords,
  TableModel,
} from './types.js';
export { altText, fileBase, intOption, newsletterHtml, optionError, optionName, regionWord, renderFigure, slug } from './figure.js';
export { Q4Error, type Q4ErrorCode, type Q4ErrorDetail, type ValidationIssue } from './events.js';
export { compareCodes, compareNames, coreMessages, fill, formatNumber, listFormat, upperFirst, type Lang, type Localized } from './i18n.js';
export { IssueList, ValidationError, describeValue, errorDetail, isRecord, isText, readRows, type Issue } from './validation.js';
export { fixPlotAria, wrapName } from './plot-helpers.js';
export { chartToSvg, csvRow, newsletterImage, tableToCsv, wrapWords, type SvgExportOptions } from './export.js';
export { placeOptions } from './place-options.js';
export { placeOptionText } from './place-option-text.js';
export { areaError, carriedNote, compositionNote, formatDate, overlapError, type AreaProblemLike, type CompositionLike } from './area-text.js';
export { VERSION } from './version.js';
