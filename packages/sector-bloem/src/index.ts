export { Q4SectorBloem, type OrganisationInput } from './q4-sector-bloem.js';
export { flowerChart, barsChart, petalColors, type SectorChartOptions } from './sector-bloem-chart.js';
export {
  SECTIONS,
  formatLq,
  lqText,
  roundLq,
  loadDefaultSectors,
  locationQuotients,
  parseSectors,
  type Organisation,
  type SectorData,
  type SectorValue,
} from './sector-bloem-data.js';
export { messages as sectorBloemMessages } from './messages.js';
export { sectorFacts, type SectorModel } from './sector-bloem-text.js';
export { sectorFigure, type SectorOptions } from './sector-bloem-figure.js';
export { sectorOptions, sectorOptionText } from './sector-bloem-options.js';
