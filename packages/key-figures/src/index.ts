export { Q4KeyFigures } from './q4-key-figures.js';
export { reportChart, populationChart, type KeyFiguresChartOptions } from './key-figures-chart.js';
export {
  loadDefaultKeyFigures,
  parseKeyFigures,
  type AreaFigures,
  type FigureInput,
  type KeyFiguresData,
  type KeyFiguresInput,
  type MunicipalFigures,
} from './key-figures-data.js';
export { messages as keyFiguresMessages } from './messages.js';
export { type KeyFiguresModel } from './key-figures-text.js';
export { keyFiguresFigure, type KeyFiguresOptions } from './key-figures-figure.js';
export { keyFiguresOptions, keyFiguresOptionText } from './key-figures-options.js';
