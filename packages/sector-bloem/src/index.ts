export { Q4SectorBloem, type OrganisationInput } from './q4-sector-bloem.js';
export { flowerChart, barsChart, petalColors, type SectorChartOptions } from './sector-chart.js';
export { SECTIONS, formatLq, loadDefaultSectors, locationQuotients, parseSectors, type Organisation, type SectorData, type SectorValue } from './sector-data.js';
export { messages as sectorBloemMessages } from './messages.js';
export { type SectorModel } from './sector-text.js';
export { sectorFigure, type SectorOptions } from './sector-figure.js';
