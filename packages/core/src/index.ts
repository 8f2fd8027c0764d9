export { Q4Element, type FigureText, type TableModel } from './q4-element.js';
export { define, type VersionedElement } from './define.js';
export {
  Q4Error,
  type Q4ErrorCode,
  type Q4ErrorDetail,
  type Q4EventMap,
  type Q4RenderDetail,
  type Q4SelectDetail,
  type ValidationIssue,
} from './events.js';
export { coreMessages, fill, formatNumber, listFormat, toLang, type Lang, type Localized } from './i18n.js';
export { IssueList, ValidationError, describeValue, isRecord, isText, issueText, localizeIssues, readRows, type Issue } from './validation.js';
export { ResizeController } from './resize-controller.js';
export { ThemeController, type Theme } from './theme-controller.js';
export { rovingGrid, type RovingItem } from './roving.js';
export { VisibilityController, NEAR_MARGIN } from './visibility-controller.js';
export { MAX_BYTES, fetchJson, safeUrl } from './fetch-json.js';
export { fixPlotAria, wrapName } from './plot-helpers.js';
export { baseStyles } from './styles.js';
export { chartToSvg, download, slug, svgToPng, tableToCsv, wrapWords, type SvgExportOptions } from './export.js';
export { VERSION } from './version.js';
