export { Q4Competitiveness } from './q4-competitiveness.js';
export { rciChart, defaultRciColors, type RciChartOptions, type RciColors } from './competitiveness-chart.js';
export { loadDefaultRci, parseRci, rankEdition, rankText, type RankedRegion, type RciData, type RciInput, type RciRowInput } from './competitiveness-data.js';
export { type RciModel } from './competitiveness-text.js';
export { messages as competitivenessMessages, countryName, countryNames } from './messages.js';
export { rciFigure, type RciOptions } from './competitiveness-figure.js';
export { rciOptions, rciOptionText } from './competitiveness-options.js';
