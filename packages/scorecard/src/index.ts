export { Q4Scorecard } from './q4-scorecard.js';
export {
  scorecardChart,
  scorecardLayout,
  defaultScorecardColors,
  minColumnWidth,
  symbols,
  type ScorecardChartOptions,
  type ScorecardColors,
  type ScorecardLayout,
} from './scorecard-chart.js';
export {
  defaultScorecard,
  parseScorecard,
  resolveMunicipality,
  scorecardCells,
  type Comparison,
  type ScorecardCell,
  type ScorecardDataset,
  type ScorecardInput,
  type ScorecardRow,
} from './scorecard-data.js';
export { describeScorecard, referenceName as scorecardReferenceName } from './scorecard-text.js';
export { messages as scorecardMessages } from './messages.js';
export { scorecardFigure, type ScorecardModel, type ScorecardOptions } from './scorecard-figure.js';
export { scorecardOptions, scorecardOptionText } from './scorecard-options.js';
