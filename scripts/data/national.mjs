// The national commuting data (CBS 81251NED, December 2014) for a map of any municipality or region, split so
// that a page loads only what it shows: one index (codes, bounds and totals of the 342 municipalities of today and
// the divided codes of 2014), one module of flows per municipality, the country's largest flows, and the 2025
// boundaries in tiles at two levels of detail and for the whole country. The flows are carried to today's
// municipalities through whole mergers (today.mjs). Written to packages/data/src/national/ at build time (not
// committed: it is derived, about 500 files), by `npm run data` (scripts/build-data.mjs).
import { geoBounds, geoCentroid } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { num } from './csv.mjs';
import { DataError, expectCount, expectSum } from './checks.mjs';
import { CBS_LICENCE } from './sources.mjs';
import { carryToToday } from './today.mjs';

const tenths = (x) => Math.round(x * 10);
/** The credit of the 2025 map, with its year: a map says which year its boundaries are. */
export const BOUNDARY_CREDIT_2025 = { nl: 'Kaart: CBS/Kadaster, gemeentegrenzen 2025', en: 'Map: CBS/Kadaster, municipal boundaries 2025' };

/** Flows kept for the national overview: the largest between two different municipalities. */
export const TOP_FLOWS = 500;

/**
 * The two levels of map tiles: cell size in degrees (longitude, latitude), the share of points kept by
 * topojson-simplify (`quantile` takes the share kept), and the quantization. The 2025 map has 4,610 points, already
 * simplified by its publisher (the 2014 map had 22,405): the fine tiles keep them all, the coarse ones 70%.
 * Measured with scripts/area-data.mjs (docs/performance.md).
 */
export const TILE_LEVELS = [
  { level: 'f', cell: [0.4, 0.25], keep: 1, precision: 1e5 },
  { level: 'c', cell: [1, 0.6], keep: 0.7, precision: 4e3 },
];
/** Views wider than this (degrees of longitude) use the coarse tiles. */
export const MAP_DETAIL_LIMIT = 0.6;

function simplifiedFeatures(features, keep) {
  let out = topology({ gemeenten: { type: 'FeatureCollection', features } });
  out = presimplify(out);
  out = simplify(out, quantile(out, keep));
  return feature(out, out.objects.gemeenten).features;
}

/** The union of [[west, south], [east, north]] boxes as [w, s, e, n] in hundredths of a degree, rounded outward. */
const outward = (boxes) => [
  Math.floor(Math.min(...boxes.map((b) => b[0][0])) * 100),
  Math.floor(Math.min(...boxes.map((b) => b[0][1])) * 100),
  Math.ceil(Math.max(...boxes.map((b) => b[1][0])) * 100),
  Math.ceil(Math.max(...boxes.map((b) => b[1][1])) * 100),
];

export function buildNational(sources, areas) {
  // The flows of December 2014 on the municipalities of today (the 2025 map): a code of 2014 that went whole into a
  // municipality of today counts as that municipality; a divided one keeps its code of 2014 (scripts/data/today.mjs).
  const { carry, changed, alive } = carryToToday(areas, 2014);
  const geo = sources.json('gemeenten-2025.topojson');
  const features = feature(geo, geo.objects.gemeente_2025).features;
  const geo2014 = sources.json('gemeenten-2014.topojson');
  const features2014 = feature(geo2014, geo2014.objects.gemeente_2014).features;
  const cells = sources.csv('pendel-2014-nl.csv').map((r) => ({ from: r.woon_code, to: r.werk_code, jobs: tenths(num(r.banen_x1000)) }));
  expectCount('national commuting', cells, 83445);
  expectSum('national commuting', 'sum of all cells (hundreds)', cells.reduce((s, r) => s + r.jobs, 0), 71404, 0);
  const codes2014 = new Set(cells.flatMap((r) => [r.from, r.to]));
  expectCount('national commuting areas of 2014', [...codes2014], 403);
  const node = (code) => carry(code) ?? code;
  const summed = new Map();
  for (const r of cells) {
    const key = `${node(r.from)}>${node(r.to)}`;
    summed.set(key, (summed.get(key) ?? 0) + r.jobs);
  }
  const rows = [...summed].map(([key, jobs]) => {
    const [from, to] = key.split('>');
    return { from, to, jobs };
  });
  expectSum('national commuting on today\'s municipalities', 'sum of all cells (hundreds)', rows.reduce((s, r) => s + r.jobs, 0), 71404, 0);
  const codes = [...new Set(rows.flatMap((r) => [r.from, r.to]))].sort();
  const divided = codes.filter((c) => !alive.has(c));
  for (const c of alive) if (!codes.includes(c)) throw new DataError(`national: ${c}, a municipality of today, has no flows of 2014`);
  expectCount('national commuting: municipalities of today', codes.filter((c) => alive.has(c)), 342);
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
    notes:
      "The whole national matrix of employee jobs by municipality of residence and of work, rounded to 100 jobs (0 means fewer than 50), carried to today's municipalities through whole mergers. Totals are sums of the rounded cells.",
  };
  const commutingIndex = {
    id: 'commuting-2014-nl',
    source,
    nationalTotal: 7140400,
    // The codes as numbers (GM0344 is 344): the 342 municipalities of today and the divided codes of 2014; names come
    // from the area index, which every map loads too.
    codes: codes.map((c) => {
      if (!/^GM\d{4}$/.test(c)) throw new DataError(`national commuting: ${c} is not a municipality code`);
      return Number(c.slice(2));
    }),
    // Flat quads: index, working residents, jobs located, living and working there (hundreds).
    totals: totals.flatMap((t, i) => [i, ...t]),
    // Codes of 2014 that were divided, so are on no map of today, and codes of today whose territory differs from the
    // sum of whole codes of 2014 (a part moved in or out since).
    divided: divided.map((c) => Number(c.slice(2))),
    // Flat pairs, for each code of today made of more than one code of 2014: index, how many. A flow between two such
    // is a sum of that many cells, each rounded (a 0 is fewer than 50 for each cell, so less than 50 times that many).
    parts: codes.flatMap((c, i) => {
      const n = [...codes2014].filter((old) => node(old) === c).length;
      return n > 1 ? [i, n] : [];
    }),
    changed: [...changed].sort().map((c) => Number(c.slice(2))),
  };
  // The largest flows between two different municipalities: residence index, work index, hundreds.
  const topFlows = top.flatMap((r) => [index.get(r.from), index.get(r.to), r.jobs]);

  // Boundaries: tiles at two levels of detail, and the whole country.
  // The id is the code; names come from the area index, which every map loads too.
  const props = () => ({});
  const boundarySource = (notes) => ({
    publisher: 'CBS / Kadaster (PDOK)',
    title: 'CBS gebiedsindelingen, gemeente_gegeneraliseerd 2025',
    table: 'gemeente_2025 (via cartomap/nl and ejdewilde/projectmap)',
    period: '1 January 2025',
    licence: 'CC BY 4.0 (CBS/Kadaster open geodata)',
    credit: BOUNDARY_CREDIT_2025,
    file: 'data/gemeenten-2025.topojson',
    notes,
  });
  // Tiles at two levels of detail, cut from one simplified topology of the whole country (so that tiles meet
  // without gaps): each municipality goes to the grid cell its centroid lies in. A map loads the tiles of one level
  // whose contents overlap its view: fine tiles for views up to MAP_DETAIL_LIMIT degrees of longitude wide, coarse
  // ones for wider views, where the fine detail would be below a pixel anyway. The country map is the coarse level
  // in one module.
  const levels = TILE_LEVELS.map(({ level, cell, keep, precision }) => {
    const simple = simplifiedFeatures(features.map((f) => ({ type: 'Feature', id: f.id, properties: props(f), geometry: f.geometry })), keep);
    const cells = new Map();
    for (const f of simple) {
      const [x, y] = geoCentroid(f);
      const key = `${Math.floor(x / cell[0])},${Math.floor(y / cell[1])}`;
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(f);
    }
    const tiles = [...cells.values()]
      .sort((a, b) => a[0].id.localeCompare(b[0].id))
      .map((members, i) => {
        const id = `${level}${i}`;
        const box = outward(members.map((f) => geoBounds(f)));
        const dataset = { id: `boundaries-2025-${id}`, count: members.length, insideProvince: 0, source: boundarySource(`Tile ${id}: the municipalities whose centroid lies in one cell of ${cell[0]}° x ${cell[1]}° (${keep * 100}% of the points kept).`), topology: quantize(topology({ gemeenten: { type: 'FeatureCollection', features: members } }), precision) };
        return { id, box, dataset };
      });
    const whole = quantize(topology({ gemeenten: { type: 'FeatureCollection', features: simple } }), precision);
    return { level, tiles, whole };
  });
  const tiles = levels.flatMap((l) => l.tiles);
  const coarse = levels.find((l) => l.level === 'c');
  const country = { id: 'boundaries-2025-nl', count: features.length, insideProvince: 0, source: boundarySource(`All 342 municipalities of 2025, at the coarse level of the tiles (${TILE_LEVELS[1].keep * 100}% of the points kept).`), topology: coarse.whole };
  // Each municipality's bounds, so that a map knows its view before it loads: in hundredths of a degree, rounded
  // outward, as west - 3°, south - 50°, width and height (small numbers that compress well).
  // A divided code of 2014 is on no map of today; its bounds of 2014 still place its flows' end in a view.
  const boundsOf = new Map([...features2014, ...features].map((f) => [f.id, outward([geoBounds(f)])]));
  commutingIndex.bounds = codes.flatMap((c) => {
    const [w, s, e, n] = boundsOf.get(c);
    return [w - 300, s - 5000, e - w, n - s];
  });
  const onMap = new Set(features.map((f) => f.id));
  for (const c of codes) if (alive.has(c) !== onMap.has(c)) throw new DataError(`national: ${c} is ${onMap.has(c) ? '' : 'not '}on the 2025 map`);

  // Population on 1 January 2012-2026 of every municipality as it existed each year: 2012-2018 from CBS 37259ENG
  // (data/bevolking-2012-2023.csv), 2019-2026 from CBS 03759ned (data/bevolking-2019-2026.csv, read from CBS's API).
  // Both are CBS's population on 1 January; on the years both hold, every cell must be equal, or the build fails.
  const years = Array.from({ length: 15 }, (_, i) => 2012 + i);
  const population = {};
  const seen = new Map();
  for (const [file, from, to] of [
    ['bevolking-2012-2023.csv', 2012, 2023],
    ['bevolking-2019-2026.csv', 2019, 2026],
  ]) {
    for (const r of sources.csv(file)) {
      const year = num(r.year);
      if (!r.region_code.startsWith('GM') || year < from || year > to) continue;
      const v = num(r.population_1jan);
      if (!Number.isInteger(v) || v <= 0) throw new DataError(`national population: ${r.region_code} ${r.year} has no count in ${file}`);
      const key = `${r.region_code} ${year}`;
      if (seen.has(key) && seen.get(key) !== v) throw new DataError(`national population: ${key} is ${seen.get(key)} in one file and ${v} in ${file}`);
      seen.set(key, v);
      (population[r.region_code] ??= years.map(() => null))[years.indexOf(year)] = v;
    }
  }
  expectCount('national population: municipalities on 1 January 2026', Object.values(population).filter((v) => v.at(-1) !== null), 342);
  const lisa = {};
  for (const r of sources.csv('lisa-2017.csv')) lisa[r.gemeente_code] = [num(r.banen), num(r.vestigingen)];
  expectCount('national LISA', Object.keys(lisa), 388);
  const credit = { nl: 'Bron: CBS (37259ENG, 03759ned), 1 januari 2012-2026', en: 'Source: CBS (37259ENG, 03759ned), 1 January 2012-2026' };
  return { population: { years, values: population, credit }, lisa,
    commutingIndex, topFlows, flows: byCode, tiles, country };
}
