export { Q4Scorecard } from './q4-scorecard.js';
export { scorecardChart, defaultScorecardColors, minColumnWidth, symbols, type ScorecardChartOptions, type ScorecardColors } from './scorecard-chart.js';
export {
  defaultScorecard,
  municipalitiesOf,
  parseScorecard,
  resolveGroup,
  resolveMunicipality,
  scorecardCells,
  type Comparison,
  type ScorecardCell,
  type ScorecardDataset,
  type ScorecardInput,
  type ScorecardRow,
} from './scorecard-data.js';
export { cellLabel, describeScorecard, scorecardLegendText, formatPercent, referenceName, type ScorecardText } from './scorecard-text.js';
export { messages as scorecardMessages } from './messages.js';
export { scorecardFigure, type ScorecardModel, type ScorecardOptions } from './scorecard-figure.js';
