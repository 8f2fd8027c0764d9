export type * from './types.js';
export { scorecard } from './generated/scorecard.js';
export { keyFigures, leadingSectors, identityShift } from './generated/report.js';
export { population } from './generated/population.js';
export { lisa2017 } from './generated/lisa.js';
export { landUse } from './generated/land-use.js';
export { missingLabels } from './generated/missing.js';
export { provinces, reportRegion } from './generated/region.js';
export { loadBoundaries, loadCommuting, loadLandUse, loadLisa, loadPopulation, loadRci, loadSectors, prefetchAreaCommuting, prefetchAreaFigures, prefetchAreaSectors } from './loaders.js';
export { topoFeatures, type GeoFeature, type GeoFeatureCollection } from './topology.js';
export {
  asksForArea,
  chooseArea,
  codesIn,
  composeArea,
  MAX_REGION,
  type AreaChoice,
  type AreaProblem,
  type AreaRequest,
  type ComposedArea,
  type ComposedMember,
  composeIn,
  territoryIn,
  expandAreaIndex,
  findProvince,
  lookupMunicipality,
  successors,
  suggest,
  type AreaIndex,
  type Composition,
  type Lookup,
  type Municipality,
  type Reorganisation,
  type SplitPart,
} from './areas.js';
export { findMunicipality, municipalityCode, municipalityKey, normaliseName } from './municipality-key.js';
export { loadAreaIndex, loadCommutingOf, loadLargestFlows, loadMap, loadMapTiles, prefetchNational, loadNationalCommuting, loadNationalLisa, loadNationalPopulation, loadNationalReferences, loadNationalSectors, type NationalCommuting } from './national-loaders.js';
