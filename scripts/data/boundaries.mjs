// 4. Municipal boundaries 2014 and 2015: the province of Utrecht and its neighbours, lightly simplified
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { geoCentroid, geoContains } from 'd3-geo';
import { feature, neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { DataError, expectUnique } from './checks.mjs';
import { REGION_CODES } from './regions.mjs';

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
  // Light simplification: drop the least significant 40% of the points (by triangle area), then quantise.
  let out = topology({ gemeenten: { type: 'FeatureCollection', features: selected } });
  out = presimplify(out);
  out = simplify(out, quantile(out, 0.4));
  out = quantize(out, 1e5);
  return {
    id: `boundaries-${year}`,
    source: {
      publisher: 'CBS / Kadaster (PDOK)',
      title: `CBS gebiedsindelingen, cbs_gemeente_${year}_gegeneraliseerd`,
      table: `gemeente_${year} (via edwindj/nl_maps)`,
      period: `1 January ${year}`,
      licence: 'CC BY 4.0 (CBS/Kadaster open geodata)',
      credit: { nl: 'Kaart: CBS/Kadaster', en: 'Map: CBS/Kadaster' },
      file: `data/${file}`,
      notes: `Municipalities of the province of Utrecht (centroid inside PV26) and their neighbours: ${selected.length} of ${features.length}. ${year === 2014 ? 'The municipal classification of the commuting data.' : ''}`.trim(),
    },
    count: selected.length,
    insideProvince: selected.filter((f) => f.properties.province).length,
    topology: out,
  };
}
