// One builder per dataset, each in its own file; build-data.mjs runs them all.
export { Sources } from './sources.mjs';
export { parsePercent, buildScorecard } from './scorecard.mjs';
export { buildKeyFigures } from './key-figures.mjs';
export { buildPopulation } from './population.mjs';
export { buildLisa } from './lisa.mjs';
export { buildCommuting } from './commuting.mjs';
export { buildBoundaries } from './boundaries.mjs';
export { buildLandUse } from './land-use.mjs';
export { buildNationalSectors, buildSectors, MISSING_LABELS } from './sectors.mjs';
export { buildRci } from './rci.mjs';
export { buildReport } from './report.mjs';
export { buildAreas } from './areas.mjs';
export { buildNational, MAP_DETAIL_LIMIT, TILE_LEVELS } from './national.mjs';
export { buildReferences } from './references.mjs';
