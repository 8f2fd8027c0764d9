// The national commuting data (CBS 81251NED, December 2014) for a map of any municipality or region, split so
// that a page loads only what it shows: one index (names, provinces and totals of the 403 municipalities), one
// module of flows per municipality, the country's largest flows, and the 2014 boundaries per province (with
// their neighbours) and for the whole country. Written to packages/data/src/national/ at build time (not
// committed: it is derived, 420 files), by `node scripts/build-data.mjs --national`.
import { geoCentroid, geoContains } from 'd3-geo';
import { feature, neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { num } from './csv.mjs';
import { DataError, expectCount, expectSum } from './checks.mjs';
import { PROVINCES } from './regions.mjs';
import { CBS_LICENCE } from './sources.mjs';

const tenths = (x) => Math.round(x * 10);
/** Flows kept for the national overview: the largest between two different municipalities. */
export const TOP_FLOWS = 500;

function simplified(features, keep) {
  let out = topology({ gemeenten: { type: 'FeatureCollection', features } });
  out = presimplify(out);
  out = simplify(out, quantile(out, keep));
  return quantize(out, 1e5);
}

export function buildNational(sources) {
  const geo = sources.json('gemeenten-2014.topojson');
  const object = geo.objects.gemeente_2014;
  const features = feature(geo, object).features;
  const provinceTopo = sources.json('provincies-2015.topojson');
  const provinceShapes = feature(provinceTopo, provinceTopo.objects.provincie_2015).features;
  const provinceOf = new Map();
  for (const f of features) {
    const c = geoCentroid(f);
    // The centroid of a coastal municipality can lie in water (Reimerswaal, Vlieland): then its first vertex decides.
    const firstVertex = f.geometry.coordinates.flat(f.geometry.type === 'Polygon' ? 1 : 2)[0];
    const p = provinceShapes.find((s) => geoContains(s, c)) ?? provinceShapes.find((s) => geoContains(s, firstVertex));
    if (!p) throw new DataError(`national: no province for ${f.id}`);
    provinceOf.set(f.id, p.id);
  }
  const rows = sources.csv('pendel-2014-nl.csv').map((r) => ({ from: r.woon_code, fromName: r.woon_gemeente, to: r.werk_code, toName: r.werk_gemeente, jobs: tenths(num(r.banen_x1000)) }));
  expectCount('national commuting', rows, 83445);
  expectSum('national commuting', 'sum of all cells (hundreds)', rows.reduce((s, r) => s + r.jobs, 0), 71404, 0);
  const names = new Map();
  for (const r of rows) names.set(r.from, r.fromName).set(r.to, r.toName);
  const codes = [...names.keys()].sort();
  expectCount('national commuting areas', codes, 403);
  const index = new Map(codes.map((c, i) => [c, i]));
  const totals = codes.map(() => [0, 0, 0]);
  for (const r of rows) {
    totals[index.get(r.from)][0] += r.jobs;
    totals[index.get(r.to)][1] += r.jobs;
    if (r.from === r.to) totals[index.get(r.from)][2] += r.jobs;
  }
  const byCode = new Map(codes.map((c) => [c, []]));
  for (const r of rows) {
    const triple = [index.get(r.from), index.get(r.to), r.jobs];
    byCode.get(r.from).push(...triple);
    if (r.to !== r.from) byCode.get(r.to).push(...triple);
  }
  const between = rows.filter((r) => r.from !== r.to && r.from.startsWith('GM') && r.to.startsWith('GM') && r.jobs > 0);
  between.sort((a, b) => b.jobs - a.jobs || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  // Keep every flow that ties with the last one kept, so a "largest" is never cut in the middle of a tie.
  let end = Math.min(TOP_FLOWS, between.length);
  while (end < between.length && between[end].jobs === between[end - 1].jobs) end++;
  const top = between.slice(0, end);

  const source = {
    publisher: 'CBS',
    title: "Banen werknemers en afstand woon-werk; woon- en werkregio's",
    table: '81251NED',
    period: 'December 2014',
    licence: CBS_LICENCE,
    credit: { nl: 'Bron: CBS (81251NED), december 2014', en: 'Source: CBS (81251NED), December 2014' },
    file: 'data/pendel-2014-nl.csv',
    notes: 'The whole national matrix of employee jobs by municipality of residence and of work, rounded to 100 jobs (0 means fewer than 50). Totals are sums of the rounded cells.',
  };
  const commutingIndex = {
    id: 'commuting-2014-nl',
    source,
    nationalTotal: 7140400,
    areas: codes.map((c) => ({ code: c, name: names.get(c).replace(/ \(gemeente\)$/, ''), province: provinceOf.get(c) ?? null })),
    // Flat quads: index, working residents, jobs located, living and working there (hundreds).
    totals: totals.flatMap((t, i) => [i, ...t]),
  };
  // The largest flows between two different municipalities: residence index, work index, hundreds.
  const topFlows = top.flatMap((r) => [index.get(r.from), index.get(r.to), r.jobs]);

  // Boundaries: each province's municipalities (centroid inside) and their neighbours; and the whole country.
  const adjacent = neighbors(object.geometries);
  const props = (f) => ({ code: f.id, name: f.properties.statnaam, province: provinceOf.get(f.id) });
  const boundarySource = (notes) => ({
    publisher: 'CBS / Kadaster (PDOK)',
    title: 'CBS gebiedsindelingen, cbs_gemeente_2014_gegeneraliseerd',
    table: 'gemeente_2014 (via edwindj/nl_maps)',
    period: '1 January 2014',
    licence: 'CC BY 4.0 (CBS/Kadaster open geodata)',
    credit: { nl: 'Kaart: CBS/Kadaster', en: 'Map: CBS/Kadaster' },
    file: 'data/gemeenten-2014.topojson',
    notes,
  });
  const boundaries = PROVINCES.map(([code, name]) => {
    const keep = new Set();
    features.forEach((f, i) => {
      if (provinceOf.get(f.id) !== code) return;
      keep.add(i);
      for (const j of adjacent[i]) keep.add(j);
    });
    const selected = features.filter((_, i) => keep.has(i)).map((f) => ({ type: 'Feature', id: f.id, properties: props(f), geometry: f.geometry }));
    return { code, count: selected.length, dataset: { id: `boundaries-2014-${code}`, count: selected.length, insideProvince: selected.filter((f) => f.properties.province === code).length, source: boundarySource(`Municipalities of ${name} (centroid inside ${code}) and their neighbours.`), topology: simplified(selected, 0.4) } };
  });
  const all = features.map((f) => ({ type: 'Feature', id: f.id, properties: props(f), geometry: f.geometry }));
  const country = { id: 'boundaries-2014-nl', count: all.length, insideProvince: all.length, source: boundarySource('All 403 municipalities of 2014, simplified more than the provincial maps.'), topology: simplified(all, 0.75) };
  for (const c of codes) if (c.startsWith('GM') && !provinceOf.has(c)) throw new DataError(`national: ${c} is not on the 2014 map`);

  // Population on 1 January 2012-2023 of every municipality as it existed each year (CBS 37259ENG), and LISA 2017.
  const years = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
  const population = {};
  for (const r of sources.csv('bevolking-2012-2023.csv')) {
    if (!r.region_code.startsWith('GM')) continue;
    const v = num(r.population_1jan);
    if (!Number.isInteger(v) || v <= 0) throw new DataError(`national population: ${r.region_code} ${r.year} has no count`);
    (population[r.region_code] ??= years.map(() => null))[years.indexOf(num(r.year))] = v;
  }
  const lisa = {};
  for (const r of sources.csv('lisa-2017.csv')) lisa[r.gemeente_code] = [num(r.banen), num(r.vestigingen)];
  expectCount('national LISA', Object.keys(lisa), 388);
  return { population: { years, values: population }, lisa,
    commutingIndex, topFlows, flows: byCode, boundaries, country };
}
