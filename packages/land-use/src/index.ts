export { Q4LandUse } from './q4-land-use.js';
export { landUseChart, defaultAreaColors, formatShare as formatLandShare, type LandUseChartOptions } from './land-use-chart.js';
export { hectares, loadDefaultLandUse, parseLandUse, type LandUseBar, type LandUseData, type LandUseInput, type LandUseRowInput } from './land-use-data.js';
export { messages as landUseMessages, categories as landUseCategories, type CategoryId } from './messages.js';
export { areaName as landUseAreaName, type LandUseModel } from './land-use-text.js';
export { landUseFigure, type LandUseOptions } from './land-use-figure.js';
export { landUseOptions, landUseOptionText } from './land-use-options.js';
