// Any municipality, any region, the whole country: loaded only when a widget is given `municipality` (other
// than the report's five) or `region`, so the area index and this code are not in the widget's file.
import { Q4Error, areaError, carriedNote, compositionNote, type AreaProblemLike, type Lang, type Localized } from '@q4/core/figure';
import {
  chooseArea,
  composeIn,
  loadAreaIndex,
  loadCommutingOf,
  loadLargestFlows,
  loadMap,
  loadMapTiles,
  prefetchNational,
  territoryIn,
  topoFeatures,
  type AreaIndex,
  type BoundariesDataset,
  type GeoFeature,
} from '@q4/data';
import { areaKey, fromCommuting, mapAreas, type CommuteArea, type CommuteAreaOptions, type CommuteData, type MapArea } from './commute-flows-data.js';
import { flowOptions, selectFlows } from './commute-flows-view.js';
import { messages } from './messages.js';

type Box = [number, number, number, number];
type Loaded = { data: CommuteData; map: MapArea[]; mapCredit?: Localized; area: CommuteArea };
/** What an area's maps share, whatever they draw: its flows and names, or why it cannot be shown. */
type AreaBase =
  | Loaded
  | {
      index: AreaIndex;
      data: CommuteData;
      parts: string[];
      bounds: ReadonlyMap<string, Box>;
      /** The map tiles a view needs. */
      tilesFor(view: Box): string[];
      kind: 'municipality' | 'region';
      notes(lang: Lang): string[];
    };

/** Each area asked for, by `areaKey`: while it loads, and once it is there (read at once by `cachedAreaCommute`). */
const loading = new Map<string, Promise<AreaBase>>();
const bases = new Map<string, AreaBase>();
/** The map tiles loaded, by name: a map whose tiles are all here is made at once. */
const tiles = new Map<string, BoundariesDataset>();

/**
 * Loads what a map of any area of today needs: the area index, the flows of each member (one small module per
 * municipality, the flows of 2014 carried to today's municipalities), every municipality's totals, and the map
 * tiles of 2025 where the area and the ends of its drawn flows lie. The whole country loads the country's largest flows and its whole map. The area loads once;
 * another `top` or `direction` loads only the map tiles it needs that are not there yet.
 */
export async function loadAreaCommute(o: CommuteAreaOptions): Promise<Loaded> {
  const key = areaKey(o);
  let base = loading.get(key);
  if (!base) {
    base = loadBase(o).then((b) => (bases.set(key, b), b));
    base.catch(() => loading.delete(key));
    loading.set(key, base);
  }
  const b = await base;
  if ('area' in b) return b;
  await Promise.all(b.tilesFor(viewOf(b, o)).map((t) => loadMap(t).then((d) => tiles.set(t, d))));
  return assemble(b, o)!;
}

/** The municipalities the map can show: those of today (the builder offers only these). */
export async function todayPlaces(): Promise<ReadonlySet<string>> {
  const index = await loadAreaIndex();
  return new Set(index.municipalities.filter((m) => m.last >= index.lastYear).map((m) => m.code));
}

/** The map of an area whose data and tiles are all loaded already, made at once; undefined otherwise. */
export function cachedAreaCommute(o: CommuteAreaOptions): Loaded | undefined {
  const b = bases.get(areaKey(o));
  return b && ('area' in b ? b : assemble(b, o));
}

/**
 * The part of the map the options draw (its view, which decides its tiles), once the area is known; '' before. A
 * new view of a loaded area whose tiles are loaded too is made at once (`cachedAreaCommute`).
 */
export function mapKey(o: CommuteAreaOptions): string {
  const b = bases.get(areaKey(o));
  return b && !('area' in b) ? viewOf(b, o).join(',') : '';
}

async function loadBase(o: CommuteAreaOptions): Promise<AreaBase> {
  // The index, the import map and the area index load side by side: five requests in a row would be one too many.
  prefetchNational();
  const index = await loadAreaIndex();
  const choice = chooseArea(index, { municipality: o.municipality, region: o.region, regionName: o.regionName });
  const failed = (error: (lang: Lang) => Q4Error): Loaded => ({
    data: emptyData(),
    map: [],
    area: { kind: 'municipality', notes: () => [], error },
  });
  if ('problem' in choice) return failed((lang) => areaError(choice as AreaProblemLike, lang));
  if (choice.kind === 'default') throw new Error('the report region has its own data');
  if (choice.kind === 'nl') {
    const [commuting, boundaries] = await Promise.all([loadLargestFlows(), loadMap('NL')]);
    return {
      data: { ...fromCommuting(commuting, []), national: true, label: null },
      map: mapAreas(named(topoFeatures(boundaries.topology, 'gemeenten').features, index)),
      mapCredit: boundaries.source.credit,
      area: { kind: 'nl', notes: () => [], maps: ['NL'] },
    };
  }
  const members = choice.kind === 'municipality' ? [choice.municipality] : choice.members;
  const name = (code: string) => index.byCode.get(code)?.name ?? code;
  // The map draws today's municipalities (the 2025 boundaries): one that no longer exists has no place on it.
  const gone = members.find((m) => m.last < index.lastYear);
  if (gone) {
    return failed(
      (lang) => new Q4Error('no-data', compositionNote(gone, composeIn(index, gone.code, index.lastYear - 1), name, lang) + messages[lang].todayOnly),
    );
  }
  const codes = members.map((m) => m.code);
  const [commuting, tilesFor] = await Promise.all([loadCommutingOf(codes), loadMapTiles()]);
  const data: CommuteData = {
    ...fromCommuting(commuting, codes),
    chosen: true,
    label: choice.kind === 'region' ? (choice.label ?? null) : null,
  };
  // What each member's flows of 2014 are: its own, or those of the codes of 2014 that went whole into it.
  const notes = (lang: Lang) => members.map((m) => carriedNote(m, territoryIn(index, m.code, 2014), name, lang)).filter(Boolean);
  return { index, data, parts: codes, bounds: commuting.national.bounds, tilesFor, kind: choice.kind, notes };
}

/**
 * The view of a map: the members and the ends of the flows that may be drawn (the projection is fitted to them),
 * with a margin for the chart's inset. An invalid option is said by the figure's prepare; here it falls back to
 * the default to choose the map.
 */
function viewOf(b: Exclude<AreaBase, Loaded>, o: CommuteAreaOptions): Box {
  const { direction, top, minJobs } = flowOptions(o);
  const valid = (n: number, fallback: number) => (Number.isInteger(n) && n >= 0 ? n : fallback);
  const drawn = selectFlows(b.data, new Set(b.parts), direction ?? 'both', valid(minJobs, 0)).slice(0, valid(top, 15));
  const boxes = [...new Set([...b.parts, ...drawn.flatMap((f) => [f.from, f.to])])].map((c) => b.bounds.get(c)).filter((x) => x !== undefined);
  return withMargin(boxes);
}

/** The map of the options' view, when all its tiles are loaded. */
function assemble(b: Exclude<AreaBase, Loaded>, o: CommuteAreaOptions): Loaded | undefined {
  const view = viewOf(b, o);
  const maps = b.tilesFor(view);
  const parts = maps.map((t) => tiles.get(t));
  if (parts.some((p) => !p)) return undefined;
  // Only the municipalities the chart can show: a tile reaches beyond the view, and every path costs drawing time.
  const inView = (code: string) => {
    const x = b.bounds.get(code);
    return !x || (x[0] <= view[2] && x[2] >= view[0] && x[1] <= view[3] && x[3] >= view[1]);
  };
  const features = named(
    parts.flatMap((p) => topoFeatures(p!.topology, 'gemeenten').features).filter((f) => inView(String(f.id))),
    b.index,
  );
  return { data: b.data, map: mapAreas(features), mapCredit: parts[0]?.source.credit, area: { kind: b.kind, notes: b.notes, maps } };
}

/**
 * The union of the boxes, widened on each side by 12% of its size: the chart's inset of 24 px is 3% of an 800 px
 * map and 9.5% of a 300 px one, so every municipality the chart can show is in a tile that overlaps it.
 */
function withMargin(boxes: Box[]): Box {
  const [w, s, e, n] = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  const [mx, my] = [(e - w) * 0.12, (n - s) * 0.12];
  return [w - mx, s - my, e + mx, n + my];
}

/** The map tiles carry codes only: the names come from the area index. */
const named = (features: GeoFeature[], index: AreaIndex): GeoFeature[] =>
  features.map((f) => ({ ...f, properties: { ...f.properties, name: index.byCode.get(String(f.id))?.name ?? String(f.id) } }));

const emptyData = (): CommuteData => ({
  credit: null,
  source: null,
  names: new Map(),
  flows: [],
  totals: new Map(),
  complete: new Set(),
  nationalTotals: false,
  members: [],
});
