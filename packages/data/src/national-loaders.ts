// The national data (generated at build time into ./national/) and the area index: a module of its own, so that
// a bundle puts it with the code that loads an area (itself loaded on demand), not in a widget's file.
import { expandAreaIndex } from './areas.js';
import { areasModule, commutingIndexModule, expandSectors, lisaNlModule, nationalFilesModule as nationalModules, once, populationNlModule, referencesNlModule, sectorsNlModule } from './loaders.js';
import type { BoundariesDataset, CommutingDataset, CommutingTotals, MissingReason, SectorTable } from './types.js';

/** The area index: every municipality code of 2012-2024, its name and years, and the reorganisations. */
export const loadAreaIndex = /*#__PURE__*/ once(() => areasModule().then((m) => expandAreaIndex(m.areas)));

// --- the national commuting matrix, split per municipality (generated at build time into ./national/) ------

/**
 * The national commuting data as far as loaded: names, bounds and totals of today's 342 municipalities (the flows of
 * 2014 carried to them through whole mergers) and of the codes of 2014 that were divided since.
 */
export interface NationalCommuting {
  source: CommutingDataset['source'];
  nationalTotal: number;
  divided: Set<string>;
  changed: Set<string>;
  parts: Map<string, number>;
  areas: { code: string; name: string }[];
  byCode: Map<string, { code: string; name: string }>;
  totals: Map<string, CommutingTotals>;
  /** Each municipality's bounds [west, south, east, north] in degrees (rounded outward to 0.01°). */
  bounds: Map<string, [number, number, number, number]>;
}

/** Codes, bounds and totals of every municipality of today (CBS 81251NED, December 2014), about 7 KB gzip; names from the area index. */
export const loadNationalCommuting = /*#__PURE__*/ once(() =>
  Promise.all([commutingIndexModule(), loadAreaIndex()]).then(([{ index }, areaIndex]): NationalCommuting => {
    // Names from the area index: every code of 2014 and of today is in it (checked when it is built).
    const areas = index.codes.map((n) => {
      const code = `GM${String(n).padStart(4, '0')}`;
      return { code, name: areaIndex.byCode.get(code)?.name ?? code };
    });
    const totals = new Map<string, CommutingTotals>();
    for (let i = 0; i < index.totals.length; i += 4) {
      totals.set(areas[index.totals[i]].code, { residents: index.totals[i + 1] * 100, jobs: index.totals[i + 2] * 100, internal: index.totals[i + 3] * 100 });
    }
    // Bounds in degrees, from the index's hundredths (west - 3°, south - 50°, width, height).
    const bounds = new Map<string, [number, number, number, number]>();
    areas.forEach((a, i) => {
      const [w, s, dw, dh] = index.bounds.slice(i * 4, i * 4 + 4);
      bounds.set(a.code, [(w + 300) / 100, (s + 5000) / 100, (w + 300 + dw) / 100, (s + 5000 + dh) / 100]);
    });
    const code = (n: number) => `GM${String(n).padStart(4, '0')}`;
    return {
      source: index.source,
      nationalTotal: index.nationalTotal,
      divided: new Set(index.divided.map(code)),
      changed: new Set(index.changed.map(code)),
      parts: new Map(Array.from({ length: index.parts.length / 2 }, (_, i) => [areas[index.parts[2 * i]].code, index.parts[2 * i + 1]])),
      areas,
      byCode: new Map(areas.map((a) => [a.code, a])),
      totals,
      bounds,
    };
  }),
);

/**
 * Starts loading what every national map needs (the commuting index, the area index and the import map of the
 * national files) without waiting for it, so that these requests run while a caller resolves its area.
 */
export function prefetchNational(): void {
  loadNationalCommuting().catch(() => {});
  nationalModules().catch(() => {});
}

const flowChunks = new Map<string, () => Promise<number[]>>();
function flowChunk(code: string): Promise<number[]> {
  let load = flowChunks.get(code);
  if (!load) {
    load = once(() => nationalModules().then((m) => (m.flowModules[code] ? m.flowModules[code]().then((f) => f.flows) : [])));
    flowChunks.set(code, load);
  }
  return load();
}

const expandFlows = (n: NationalCommuting, flat: number[], rows: CommutingDataset['rows'], seen: Set<string>) => {
  for (let i = 0; i < flat.length; i += 3) {
    const from = n.areas[flat[i]];
    const to = n.areas[flat[i + 1]];
    const key = `${from.code}>${to.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ from: from.code, fromName: from.name, to: to.code, toName: to.name, jobs: flat[i + 2] * 100 });
  }
};

/** Every flow from or to any of `codes` (municipalities of today), with every municipality's totals. */
export async function loadCommutingOf(codes: readonly string[]): Promise<CommutingDataset & { national: NationalCommuting }> {
  const [n, chunks] = await Promise.all([loadNationalCommuting(), Promise.all(codes.map(flowChunk))]);
  const rows: CommutingDataset['rows'] = [];
  const seen = new Set<string>();
  for (const flat of chunks) expandFlows(n, flat, rows, seen);
  return { id: 'commuting-2014-nl', source: n.source, nationalTotal: n.nationalTotal, areas: n.areas, rows, totals: n.totals, divided: n.divided, changed: n.changed, parts: n.parts, national: n };
}

/** The country's largest flows between two municipalities (at least 500, with every tie of the last). */
export const loadLargestFlows = /*#__PURE__*/ once(async (): Promise<CommutingDataset & { national: NationalCommuting }> => {
  const [n, { top }] = await Promise.all([loadNationalCommuting(), import('./national/top-flows.js')]);
  const rows: CommutingDataset['rows'] = [];
  expandFlows(n, top, rows, new Set());
  return { id: 'commuting-2014-nl', source: n.source, nationalTotal: n.nationalTotal, areas: n.areas, rows, totals: n.totals, divided: n.divided, changed: n.changed, parts: n.parts, national: n };
});

const mapChunks = new Map<string, () => Promise<BoundariesDataset>>();
/**
 * Boundaries of 2025 (today's municipalities) for a map: a tile (`f12`, `c3`: the municipalities whose centroid lies in one cell, at fine or
 * coarse detail, at most about 6 KB gzip each), or `NL`, the whole country at coarse detail (about 29 KB).
 */
export function loadMap(part: string): Promise<BoundariesDataset> {
  let load = mapChunks.get(part);
  if (!load) {
    load = once(() =>
      nationalModules().then((m) => {
        const module = m.boundaryModules[part];
        if (!module) throw new Error(`no map part ${part}`);
        return module().then((b) => b.boundaries);
      }),
    );
    mapChunks.set(part, load);
  }
  return load();
}

/**
 * What chooses the tiles a map of a view ([west, south, east, north] in degrees) needs, once the tile index is
 * loaded: every tile of one level whose contents overlap the view. A view wider than the detail limit takes the
 * coarse tiles, whose detail is what it can show, or the country map (`NL`, the same detail) when it would need
 * most of them.
 */
export async function loadMapTiles(): Promise<(view: readonly [number, number, number, number]) => string[]> {
  const { tiles, detailLimit } = await nationalModules();
  return (view) => {
    const [w, s, e, n] = view.map((v) => v * 100);
    const level = view[2] - view[0] > detailLimit ? 'c' : 'f';
    const chosen = tiles[level].filter(([, tw, ts, te, tn]) => tw <= e && te >= w && ts <= n && tn >= s).map(([id]) => id);
    // A view over much of the country takes the country map: one file, smaller than many of its tiles.
    return level === 'c' && chosen.length > tiles.c.length * 0.3 ? ['NL'] : chosen;
  };
}

/** Population on 1 January 2012-2023 of every municipality as it existed each year (CBS 37259ENG); null where a code did not exist. */
export const loadNationalPopulation = /*#__PURE__*/ once(() => populationNlModule().then((m) => m.population));

/** LISA 2017 for all 388 municipalities of 2017: [jobs, establishments] per code (credit "Bron: LISA 2017"). */
export const loadNationalLisa = /*#__PURE__*/ once(() => lisaNlModule().then((m) => m.lisa));

/** What a place is compared with: the Netherlands and the provinces on 1 January 2012-2026, with the province of every code (CBS). */
export const loadNationalReferences = /*#__PURE__*/ once(() => referencesNlModule().then((m) => m.references));

/**
 * Employee jobs by SBI section in December 2010 (CBS 81402NED) of every municipality of 2010 and NL, as a sector
 * table (names from the area index); about 20 KB gzip, loaded only for the sector flower of a place.
 */
export const loadNationalSectors = /*#__PURE__*/ once(() =>
  Promise.all([sectorsNlModule(), loadAreaIndex()]).then(([{ sectors: raw }, index]): SectorTable => {
    const regions = raw.codes.map((n) => {
      const code = n === 0 ? 'NL01' : `GM${String(n).padStart(4, '0')}`;
      return { code, name: n === 0 ? 'Nederland' : (index.byCode.get(code)?.name ?? code) };
    });
    const missing: Record<string, MissingReason> = {};
    const values = raw.values.map((v, i) => {
      if (v >= 0) return v;
      missing[i] = v === -1 ? 'secret' : 'not-available';
      return null;
    });
    return expandSectors({ source: raw.source, years: [raw.year], status: { [raw.year]: raw.status }, regions, sections: raw.sections, scale: 100, values, missing }, 'employee-jobs-sbi-nl');
  }),
);
