// 4. Municipal boundaries 2025 (today's municipalities): the province of Utrecht and its neighbours
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { geoCentroid, geoContains } from 'd3-geo';
import { feature, neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { DataError, expectUnique } from './checks.mjs';
import { REGION_CODES } from './regions.mjs';
import { BOUNDARY_CREDIT_2025 } from './national.mjs';

export function buildBoundaries(sources, year) {
  const file = `gemeenten-${year}.topojson`;
  const topo = sources.json(file);
  const object = topo.objects[`gemeente_${year}`];
  const provinces = sources.json('provincies-2015.topojson');
  const utrecht = feature(provinces, { type: 'GeometryCollection', geometries: provinces.objects.provincie_2015.geometries.filter((g) => g.id === 'PV26') });
  const features = feature(topo, object).features;
  const inside = features.map((f) => geoContains(utrecht, geoCentroid(f)));
  const adjacent = neighbors(object.geometries);
  const keep = new Set();
  inside.forEach((isIn, i) => {
    if (!isIn) return;
    keep.add(i);
    for (const j of adjacent[i]) keep.add(j);
  });
  for (const code of REGION_CODES) {
    if (!features.some((f, i) => f.id === code && inside[i])) throw new DataError(`boundaries ${year}: ${code} not found inside the province`);
  }
  const selected = features
    .filter((_, i) => keep.has(i))
    .map((f) => ({ type: 'Feature', id: f.id, properties: { code: f.id, name: f.properties.statnaam, province: inside[features.indexOf(f)] ? 'PV26' : null }, geometry: f.geometry }))
    .sort((a, b) => a.id.localeCompare(b.id));
  expectUnique(`boundaries ${year}`, selected, (f) => f.id);
  // No further simplification: the publisher simplified the 2025 map already (4,610 points for the country).
  const out = quantize(topology({ gemeenten: { type: 'FeatureCollection', features: selected } }), 1e5);
  return {
    id: `boundaries-${year}`,
    source: {
      publisher: 'CBS / Kadaster (PDOK)',
      title: `CBS gebiedsindelingen, gemeente_gegeneraliseerd ${year}`,
      table: `gemeente_${year} (via cartomap/nl and ejdewilde/projectmap)`,
      period: `1 January ${year}`,
      licence: 'CC BY 4.0 (CBS/Kadaster open geodata)',
      credit: BOUNDARY_CREDIT_2025,
      file: `data/${file}`,
      notes: `Municipalities of the province of Utrecht (centroid inside PV26) and their neighbours: ${selected.length} of ${features.length}. Today's municipalities: the commuting flows of 2014 are carried to them through whole mergers.`,
    },
    count: selected.length,
    insideProvince: selected.filter((f) => f.properties.province).length,
    topology: out,
  };
}
