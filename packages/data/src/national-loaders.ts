// The national data (generated at build time into ./national/) and the area index: a module of its own, so that
// a bundle puts it with the code that loads an area (itself loaded on demand), not in a widget's file.
import { expandAreaIndex } from './areas.js';
import { once } from './loaders.js';
import type { BoundariesDataset, CommutingDataset, CommutingTotals } from './types.js';

/** The area index: every municipality code of 2012-2024, its name and years, and the reorganisations. */
export const loadAreaIndex = once(() => import('./generated/areas.js').then((m) => expandAreaIndex(m.areas)));

// --- the national commuting matrix, split per municipality (generated at build time into ./national/) ------

/** The national commuting data as far as loaded: names, provinces and totals of all 403 municipalities of 2014. */
export interface NationalCommuting {
  source: CommutingDataset['source'];
  nationalTotal: number;
  areas: { code: string; name: string; province: string | null }[];
  byCode: Map<string, { code: string; name: string; province: string | null }>;
  totals: Map<string, CommutingTotals>;
}

const nationalModules = once(() => import('./national/modules.js'));

/** Names, provinces and totals of every municipality of 2014 (CBS 81251NED), about 7 KB gzip. */
export const loadNationalCommuting = once(() =>
  import('./national/commuting-index.js').then(({ index }): NationalCommuting => {
    const totals = new Map<string, CommutingTotals>();
    for (let i = 0; i < index.totals.length; i += 4) {
      totals.set(index.areas[index.totals[i]].code, { residents: index.totals[i + 1] * 100, jobs: index.totals[i + 2] * 100, internal: index.totals[i + 3] * 100 });
    }
    return { source: index.source, nationalTotal: index.nationalTotal, areas: index.areas, byCode: new Map(index.areas.map((a) => [a.code, a])), totals };
  }),
);

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

/** Every flow from or to any of `codes` (municipalities of 2014), with every municipality's totals. */
export async function loadCommutingOf(codes: readonly string[]): Promise<CommutingDataset & { national: NationalCommuting }> {
  const [n, chunks] = await Promise.all([loadNationalCommuting(), Promise.all(codes.map(flowChunk))]);
  const rows: CommutingDataset['rows'] = [];
  const seen = new Set<string>();
  for (const flat of chunks) expandFlows(n, flat, rows, seen);
  return { id: 'commuting-2014-nl', source: n.source, nationalTotal: n.nationalTotal, areas: n.areas, rows, totals: n.totals, national: n };
}

/** The country's largest flows between two municipalities (at least 500, with every tie of the last). */
export const loadLargestFlows = once(async (): Promise<CommutingDataset & { national: NationalCommuting }> => {
  const [n, { top }] = await Promise.all([loadNationalCommuting(), import('./national/top-flows.js')]);
  const rows: CommutingDataset['rows'] = [];
  expandFlows(n, top, rows, new Set());
  return { id: 'commuting-2014-nl', source: n.source, nationalTotal: n.nationalTotal, areas: n.areas, rows, totals: n.totals, national: n };
});

const mapChunks = new Map<string, () => Promise<BoundariesDataset>>();
/**
 * Boundaries of 2014 for a map: `PV20`…`PV31` give a province's municipalities with their neighbours (at most
 * about 13 KB gzip each), `NL` the whole country, simplified more (about 75 KB).
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

/** Population on 1 January 2012-2023 of every municipality as it existed each year (CBS 37259ENG); null where a code did not exist. */
export const loadNationalPopulation = once(() => import('./national/population-nl.js').then((m) => m.population));

/** LISA 2017 for all 388 municipalities of 2017: [jobs, establishments] per code (credit "Bron: LISA 2017"). */
export const loadNationalLisa = once(() => import('./national/lisa-nl.js').then((m) => m.lisa));
