export { Q4Competitiveness } from './q4-competitiveness.js';
export { competitivenessChart, type CompetitivenessChartOptions } from './competitiveness-chart.js';
export { defaultCompetitiveness, parseCompetitiveness, type CompetitivenessRow } from './competitiveness-data.js';
