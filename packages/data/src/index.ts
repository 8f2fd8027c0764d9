export type * from './types.js';
export { scorecard } from './generated/scorecard.js';
export { keyFigures, leadingSectors, identityShift } from './generated/report.js';
export { population } from './generated/population.js';
export { lisa2017 } from './generated/lisa.js';
export { landUse } from './generated/land-use.js';
export { missingLabels } from './generated/missing.js';
export { loadBoundaries, loadCommuting, loadLandUse, loadRci, loadSectors, expandCommuting, expandRci, expandSectors } from './loaders.js';
export { topoFeatures, type GeoFeature, type GeoFeatureCollection } from './topology.js';
