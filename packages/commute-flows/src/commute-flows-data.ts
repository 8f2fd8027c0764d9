import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { IssueList, isRecord, isText, readRows, type Lang, type Localized, type Q4Error } from '@q4/core/figure';
import {
  asksForArea as asksForAnyArea,
  loadBoundaries,
  loadCommuting,
  normaliseName,
  reportRegion,
  topoFeatures,
  type CommutingDataset,
  type CommutingTotals,
  type DatasetSource,
  type GeoFeature,
} from '@q4/data';

/** One flow of your own data: employee jobs of residents of `from` working in `to`. */
export interface CommuteFlowInput {
  /** Municipality of residence (CBS code, e.g. `GM0355`). */
  from: string;
  /** Municipality of work. */
  to: string;
  /** Number of jobs (0 or more). */
  jobs: number;
  fromName?: string;
  toName?: string;
}

/** What `data` (or the JSON at `src`) may be: a list of flows, or `{ credit, flows }`. */
export type CommuteInput = CommuteFlowInput[] | { credit?: string; flows: CommuteFlowInput[] };

export interface CommuteFlow {
  from: string;
  to: string;
  jobs: number;
}

/** Validated flows with names and per-municipality totals. */
export interface CommuteData {
  /** The credit line; null for own data without one. */
  credit: Localized | null;
  source: DatasetSource | null;
  names: Map<string, string>;
  flows: CommuteFlow[];
  /** Totals per municipality, for the net balance. */
  totals: Map<string, CommutingTotals>;
  /** Municipalities whose every flow is in `flows` (all of them for own data, the five for the bundled data). */
  complete: Set<string>;
  /** Whether the totals come from a complete national matrix (bundled) rather than the flows given. */
  nationalTotals: boolean;
  /** The area shown without `municipality`: the five (the report's region), or the members of the chosen area (codes of today). */
  members: string[];
  /** For the bundled data (flows of 2014 on today's map): codes of 2014 divided since, so on no map of today. */
  divided?: Set<string>;
  /** For the bundled data: codes of today drawn with their territory of 2014 (a part moved in or out since). */
  changed?: Set<string>;
  /** For the bundled data: how many codes of 2014 a code of today is made of (1 where absent). */
  parts?: Map<string, number>;
  /** The area's name for a region of several members (`region-name`, or the municipality of today they make up); null for "the region". */
  label?: string | null;
  /** The whole country: every municipality's balance and the largest flows between two municipalities. */
  national?: boolean;
  /**
   * An area chosen with `municipality` or `region`: flows between its members are internal (counted and said, not
   * drawn). The report's region keeps drawing the flows between the five, as the report's map did.
   */
  chosen?: boolean;
}

/** The five municipalities of Heuvelrug Kromme Rijnstreek. */
export const REGION: string[] = reportRegion.map((m) => m.code);

/** The bundled data: CBS 81251NED, December 2014, every flow of the five (loaded on demand). */
export async function loadDefaultCommute(): Promise<CommuteData> {
  return fromCommuting(await loadCommuting(), REGION);
}

/** A CBS commuting dataset (the five's extract or the national matrix) as the map's data, complete for `members`. */
export function fromCommuting(c: CommutingDataset, members: string[]): CommuteData {
  return {
    credit: c.source.credit,
    source: c.source,
    names: new Map(c.areas.map((a) => [a.code, a.name])),
    flows: c.rows.map(({ from, to, jobs }) => ({ from, to, jobs })),
    totals: c.totals,
    complete: new Set(members),
    nationalTotals: true,
    members,
    divided: c.divided,
    changed: c.changed,
    parts: c.parts,
  };
}

const MAX_FLOWS = 500_000;
const expect = {
  flow: { nl: 'een object met from, to en jobs', en: 'an object with from, to and jobs' },
  code: { nl: 'een gemeentecode (tekst van 1 tot 40 tekens)', en: 'a municipality code (text of 1 to 40 characters)' },
  name: { nl: 'een naam (tekst van 1 tot 80 tekens)', en: 'a name (text of 1 to 80 characters)' },
  jobs: { nl: 'een aantal banen: een getal van 0 of meer', en: 'a number of jobs: a number of 0 or more' },
  tooMany: { nl: `hoogstens ${MAX_FLOWS} stromen`, en: `at most ${MAX_FLOWS} flows` },
  unique: { nl: 'één stroom per woon- en werkgemeente', en: 'one flow per residence and work municipality' },
} satisfies Record<string, Localized>;

/** Rows validated between two yields to the main thread. */
const SLICE = 10_000;

/** Validates your own flows and computes the totals (synchronously; see `parseCommuteInSlices`). */
export function parseCommute(input: unknown): CommuteData {
  const steps = parseSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, in slices of 10,000 rows with a yield to the event loop between them, so that a national matrix
 * (160,000 cells) never freezes the page in one long task.
 */
export async function parseCommuteInSlices(input: unknown): Promise<CommuteData> {
  const steps = parseSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Whether an input is large enough to validate in slices. */
export const isLarge = (input: unknown): boolean =>
  (Array.isArray(input) ? input.length : isRecord(input) && Array.isArray(input.flows) ? input.flows.length : 0) > SLICE;

function* parseSteps(input: unknown): Generator<void, CommuteData> {
  const issues = new IssueList();
  const { rows, credit } = readRows(input, 'flows', issues);
  issues.throwIfAny();
  if (rows.length > MAX_FLOWS) {
    issues.add({ field: 'flows', expected: expect.tooMany, received: rows });
    issues.throwIfAny();
  }
  const names = new Map<string, string>();
  const flows: CommuteFlow[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    const row = rows[i];
    if (!isRecord(row)) {
      issues.add({ row: i, expected: expect.flow, received: row });
      continue;
    }
    const { from, to, jobs } = row;
    let ok = true;
    const fail = (field: string, expected: Localized, received: unknown) => {
      ok = false;
      issues.add({ row: i, field, expected, received });
    };
    if (!isText(from, 40, true)) fail('from', expect.code, from);
    if (!isText(to, 40, true)) fail('to', expect.code, to);
    if (typeof jobs !== 'number' || !Number.isFinite(jobs) || jobs < 0) fail('jobs', expect.jobs, jobs);
    for (const field of ['fromName', 'toName'] as const) {
      if (row[field] !== undefined && !isText(row[field], 80, true)) fail(field, expect.name, row[field]);
    }
    if (!ok) continue;
    const key = `${from}>${to}`;
    if (seen.has(key)) {
      issues.add({ row: i, field: 'to', expected: expect.unique, received: key });
      continue;
    }
    seen.add(key);
    if (typeof row.fromName === 'string') names.set(from as string, row.fromName);
    if (typeof row.toName === 'string') names.set(to as string, row.toName);
    flows.push({ from: from as string, to: to as string, jobs: jobs as number });
  }
  issues.throwIfAny();
  const totals = new Map<string, CommutingTotals>();
  const total = (code: string) => {
    let t = totals.get(code);
    if (!t) totals.set(code, (t = { residents: 0, jobs: 0, internal: 0 }));
    return t;
  };
  yield;
  for (const f of flows) {
    total(f.from).residents += f.jobs;
    total(f.to).jobs += f.jobs;
    if (f.from === f.to) total(f.from).internal += f.jobs;
  }
  return {
    credit,
    source: null,
    names,
    flows,
    totals,
    complete: new Set(flows.map((f) => f.from)),
    nationalTotals: false,
    members: REGION,
  };
}

/** A municipality on the map. */
export interface MapArea {
  code: string;
  name: string;
  feature: GeoFeature;
  /** [longitude, latitude] of the centre of its largest polygon. */
  centroid: [number, number];
  /** Longitude/latitude bounds: [[west, south], [east, north]]. */
  bounds: [[number, number], [number, number]];
}

// d3-geo's planar measures (geoPath without a projection): the same code that draws the map, already in its file.
const planar = geoPath();

/** Map areas from a boundaries topology (object `gemeenten`): label at the centre of the largest polygon. */
export function mapAreas(features: GeoFeature[]): MapArea[] {
  return features.map((feature) => {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const largest = polygons
      .map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
      .reduce((best, p) => (planar.area(p) > planar.area(best) ? p : best));
    const [[w, s], [e, n]] = planar.bounds(feature as GeoPermissibleObjects);
    const code = String(feature.properties.code ?? feature.id);
    return {
      code,
      name: String(feature.properties.name ?? code),
      feature,
      centroid: planar.centroid(largest),
      bounds: [
        [w, s],
        [e, n],
      ],
    };
  });
}

let bundledMap: Promise<MapArea[]> | undefined;
let loadedMap: MapArea[] | undefined;
let mapCredit: Localized | undefined;
/** The bundled map: today's municipalities (2025) of the province and its neighbours. */
export function loadDefaultMap(): Promise<MapArea[]> {
  return (bundledMap ??= loadBoundaries(2025)
    .then((b) => {
      mapCredit = b.source.credit;
      return (loadedMap = mapAreas(topoFeatures(b.topology, 'gemeenten').features));
    })
    .catch((error) => {
      bundledMap = undefined;
      throw error;
    }));
}

/** The credit the boundaries require ("Kaart: CBS/Kadaster, gemeentegrenzen 2025", CC BY), once the map has loaded. */
export function defaultMapCredit(): Localized | undefined {
  return mapCredit;
}

/** The bundled map if it has loaded (so that own data can be drawn without waiting a turn), else undefined. */
export function loadedDefaultMap(): MapArea[] | undefined {
  return loadedMap;
}

// --- any municipality, any region, the whole country (the national matrix, loaded per municipality) ---------

/** The area attributes and the options that decide which flows, and so which part of the map, are drawn. */
export interface CommuteAreaOptions {
  municipality?: string;
  region?: string;
  regionName?: string;
  direction?: string;
  top?: number | string;
  minJobs?: number | string;
}

/** The chosen area on today's map: its notes, or why it cannot be shown, in either language. */
export interface CommuteArea {
  kind: 'municipality' | 'region' | 'nl';
  /** Say-in-words notes on what the area's figures of 2014 are (the sum of its parts, a part not counted). */
  notes(lang: Lang): string[];
  /** Why the area cannot be shown (unknown, ambiguous, split in 2014); undefined when it can. */
  error?(lang: Lang): Q4Error;
  /** The boundary modules the map was made of (`PV26`…, or `NL`): what the area loaded, for tests and `npm run size`. */
  maps?: string[];
}

/** The options that choose the area (not what its map draws): an area loads once. */
export const areaKey = (o: CommuteAreaOptions): string => JSON.stringify([o.municipality ?? '', o.region ?? '', o.regionName ?? '']);

/**
 * Whether the options ask for an area other than the report's region and its five municipalities, which keep
 * their own bundled data and map (the same flows as the national matrix, checked when the data are built).
 */
export function asksForArea(o: CommuteAreaOptions): boolean {
  if (!asksForAnyArea(o)) return false;
  if (String(o.region ?? '').trim()) return true;
  const m = String(o.municipality ?? '').trim();
  const wanted = normaliseName(m);
  return !reportRegion.some((r) => r.code.toLowerCase() === m.toLowerCase() || normaliseName(r.name) === wanted);
}
