// The large datasets load on demand (dynamic import), so a widget pays only for the data it shows.
import type {
  BoundariesDataset,
  CommutingDataset,
  CommutingRaw,
  CommutingTotals,
  RciDataset,
  RciRaw,
  SectorRow,
  SectorTable,
  SectorTableRaw,
} from './types.js';

/** Expands the compact commuting table into flows. */
export function expandCommuting(raw: CommutingRaw): CommutingDataset {
  const rows = [];
  for (let i = 0; i < raw.flows.length; i += 3) {
    const from = raw.areas[raw.flows[i]];
    const to = raw.areas[raw.flows[i + 1]];
    rows.push({ from: from.code, fromName: from.name, to: to.code, toName: to.name, jobs: raw.flows[i + 2] * 100 });
  }
  const totals = new Map<string, CommutingTotals>();
  for (let i = 0; i < raw.totals.length; i += 4) {
    totals.set(raw.areas[raw.totals[i]].code, { residents: raw.totals[i + 1] * 100, jobs: raw.totals[i + 2] * 100, internal: raw.totals[i + 3] * 100 });
  }
  return { id: raw.id, source: raw.source, nationalTotal: raw.nationalTotal, areas: raw.areas, rows, totals, divided: new Set(raw.divided), changed: new Set(raw.changed), parts: new Map(Object.entries(raw.parts)) };
}

/** Expands a compact sector table into rows, with a lookup by year, region and section. */
export function expandSectors(raw: SectorTableRaw, id: string): SectorTable {
  const rows: SectorRow[] = [];
  const index = new Map<string, SectorRow>();
  let i = 0;
  for (const year of raw.years) {
    for (const region of raw.regions) {
      for (const section of raw.sections) {
        const v = raw.values[i];
        const row: SectorRow = {
          year,
          status: raw.status[year],
          region: region.code,
          regionName: region.name,
          sbi: section.code,
          label: section.label,
          value: v === null ? null : v / raw.scale,
          missing: raw.missing[i] ?? null,
        };
        rows.push(row);
        index.set(`${year}|${region.code}|${section.code}`, row);
        i++;
      }
    }
  }
  return {
    id,
    source: raw.source,
    rows,
    years: raw.years,
    regions: raw.regions,
    sections: raw.sections,
    get: (year, region, sbi) => index.get(`${year}|${region}|${sbi}`),
  };
}

/** Expands the compact RCI table into one row per region and edition it appears in. */
export function expandRci(raw: RciRaw): RciDataset {
  const rows = raw.editions.flatMap((edition, e) => {
    const absent = new Set(raw.absent[e]);
    return raw.regions.flatMap((region, r) => (absent.has(r) ? [] : [{ ...region, edition, score: raw.scores[e][r] }]));
  });
  return { id: raw.id, source: raw.source, editions: raw.editions, regions: raw.regions, rows };
}

/**
 * A module that a widget may ask for before the code that reads it has arrived (`ask`), and that code reads later
 * (the function itself). One promise for both, so the module is fetched once; and a failure stays until the reader
 * has seen it, so an early failure is the reader's failure (the widget shows its error, and its retry loads anew)
 * rather than one fetched again quietly.
 */
function asked<T>(load: () => Promise<T>): (() => Promise<T>) & { ask: () => void } {
  let promise: Promise<T> | undefined;
  const read = (): Promise<T> => {
    const current = (promise ??= load());
    return current.catch((error) => {
      if (promise === current) promise = undefined; // a failed load may be retried
      throw error;
    });
  };
  return Object.assign(read, { ask: (): void => void (promise ??= load()).catch(() => {}) });
}

/** A load made once and shared by every caller; a failed load is tried again by the next call. */
export const once = <T>(load: () => Promise<T>): (() => Promise<T>) => asked(load);

/** Commuting December 2014 (CBS 81251NED): every flow from or to one of the five municipalities. */
export const loadCommuting = /*#__PURE__*/ once(() => import('./generated/commuting.js').then((m) => expandCommuting(m.commuting)));

const boundaries2025 = /*#__PURE__*/ once(() => import('./generated/boundaries-2025.js').then((m) => m.boundaries));

/**
 * Municipal boundaries of the province of Utrecht and its neighbours, 2025 (= 1 January 2026: today's
 * municipalities). The maps of 2014 and 2015 are no longer shipped: every map draws today's municipalities.
 */
export function loadBoundaries(year: 2025 = 2025): Promise<BoundariesDataset> {
  if (year !== 2025) return Promise.reject(new Error(`no boundaries of ${String(year)}: only 2025`));
  return boundaries2025();
}

/** Employee jobs by SBI section 2008-2010 (81402NED) and establishments 2007-2012 (81575NED). */
export const loadSectors = /*#__PURE__*/ once(() =>
  import('./generated/sectors.js').then((m) => ({
    jobs: expandSectors(m.jobs, 'employee-jobs-sbi'),
    establishments: expandSectors(m.establishments, 'establishments-sbi'),
  })),
);

/** Land use per province and the Netherlands 1996-2015 (CBS 70262NED). */
export const loadLandUse = /*#__PURE__*/ once(() => import('./generated/land-use.js').then((m) => m.landUse));

/** The EU Regional Competitiveness Index 2010-2019 for every NUTS 2 region and country. */
export const loadRci = /*#__PURE__*/ once(() => import('./generated/rci.js').then((m) => expandRci(m.rci)));

/** Population on 1 January 2012-2023 (CBS 37259ENG) for the five, their partners, the province, COROP and NL. */
export const loadPopulation = /*#__PURE__*/ once(() => import('./generated/population.js').then((m) => m.population));

/** Jobs and establishments per municipality, LISA 2017 (credit "Bron: LISA 2017"). */
export const loadLisa = /*#__PURE__*/ once(() => import('./generated/lisa.js').then((m) => m.lisa2017));

// The national modules that a view of any municipality or region reads first. Their imports live here, not in
// `national-loaders.ts` (which a widget imports only for such a view, with its area code), so that a widget can ask
// for them beside that code: code and data then come in one round trip rather than one after the other.
/** The area index's module. */
export const areasModule = /*#__PURE__*/ asked(() => import('./generated/areas.js'));
/** The national commuting index's module. */
export const commutingIndexModule = /*#__PURE__*/ asked(() => import('./national/commuting-index.js'));
/** The module that maps each national file (flows per municipality, map tiles) to its import. */
export const nationalFilesModule = /*#__PURE__*/ asked(() => import('./national/modules.js'));
/** The national population table's module. */
export const populationNlModule = /*#__PURE__*/ asked(() => import('./national/population-nl.js'));
/** The national sector table's module. */
export const sectorsNlModule = /*#__PURE__*/ asked(() => import('./national/sectors-nl.js'));
/** The national LISA table's module. */
export const referencesNlModule = /*#__PURE__*/ asked(() => import('./national/references-nl.js'));
export const lisaNlModule = /*#__PURE__*/ asked(() => import('./national/lisa-nl.js'));

/** Asks for the commuting map's first reads of an area: the area index, the commuting index, the national files' map. */
export function prefetchAreaCommuting(): void {
  areasModule.ask();
  commutingIndexModule.ask();
  nationalFilesModule.ask();
}
/** Asks for the key figures' first reads of an area: the area index, the national population and LISA tables. */
export function prefetchAreaFigures(): void {
  areasModule.ask();
  populationNlModule.ask();
  lisaNlModule.ask();
}
/** Asks for the sector flower's first read of an area: the area index. */
export function prefetchAreaSectors(): void {
  areasModule.ask();
  sectorsNlModule.ask();
}
