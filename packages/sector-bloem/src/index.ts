export { Q4SectorBloem } from './q4-sector-bloem.js';
export { sectorBloemChart, type SectorBloemChartOptions } from './sector-bloem-chart.js';
export { defaultSectorBloem, parseSectorBloem, type SectorBloemRow } from './sector-bloem-data.js';
