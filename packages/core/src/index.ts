export { Q4Element } from './q4-element.js';
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
export { declareOptions, type OptionProperties } from './option-properties.js';
export { DataController, type DataSource, type DataState } from './data-controller.js';
export { ExportController, type ExportSource } from './export-controller.js';
export { ReadoutController } from './readout-controller.js';
export { errorTemplate, figureTemplate, statusTemplate, tableTemplate, type FigureParts } from './figure-template.js';
export { define, type VersionedElement } from './define.js';
export { Q4Error, type Q4ErrorCode, type Q4ErrorDetail, type Q4EventMap, type Q4RenderDetail, type Q4SelectDetail, type ValidationIssue } from './events.js';
export { compareCodes, compareNames, coreMessages, fill, formatNumber, listFormat, type Lang, type Localized } from './i18n.js';
export { IssueList, ValidationError, describeValue, errorDetail, isRecord, isText, readRows, type Issue } from './validation.js';
export { ResizeController } from './resize-controller.js';
export { ThemeController, type Theme } from './theme-controller.js';
export { rovingGrid, type RovingItem } from './roving.js';
export { VisibilityController } from './visibility-controller.js';
export { fixPlotAria, wrapName } from './plot-helpers.js';
export { baseStyles } from './styles.js';
export { chartToSvg, csvRow, download, newsletterImage, svgToPng, tableToCsv, wrapWords, type SvgExportOptions } from './export.js';
export { placeOptions } from './place-options.js';
export { placeOptionText } from './place-option-text.js';
export { VERSION } from './version.js';
