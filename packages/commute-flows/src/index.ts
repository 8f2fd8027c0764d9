export { Q4CommuteFlows } from './q4-commute-flows.js';
export { commuteChart, balanceColor, areaLabel, defaultCommuteColors, minWidth, type CommuteChartOptions, type CommuteColors } from './commute-flows-chart.js';
export { commuteView, labelView, type CommuteView, type CommuteViewOptions, type DrawnFlow, type ViewArea, type Direction } from './commute-flows-view.js';
export {
  REGION,
  loadDefaultCommute,
  loadDefaultMap,
  parseCommute,
  type CommuteData,
  type CommuteFlow,
  type CommuteFlowInput,
  type CommuteInput,
  type MapArea,
} from './commute-flows-data.js';
export { messages as commuteMessages } from './messages.js';
export { commuteFigure, type CommuteDataset, type CommuteModel, type CommuteOptions } from './commute-flows-figure.js';
export { commuteOptions, commuteOptionText } from './commute-flows-options.js';
export { partners as commutePartners, groupPartners as commuteGroupPartners, withTies } from './commute-flows-text.js';
