export { Q4KeyFigures } from './q4-key-figures.js';
export { keyFiguresChart, type KeyFiguresChartOptions } from './key-figures-chart.js';
export { defaultKeyFigures, parseKeyFigures, type KeyFiguresRow } from './key-figures-data.js';
