export { Q4LandUse } from './q4-land-use.js';
export { landUseChart, type LandUseChartOptions } from './land-use-chart.js';
export { defaultLandUse, parseLandUse, type LandUseRow } from './land-use-data.js';
