import { compareCodes } from '@q4/core/figure';
import type { CommutingTotals } from '@q4/data';
import type { CommuteData, MapArea } from './commute-flows-data.js';

export type Direction = 'in' | 'out' | 'both';

/**
 * Reads `direction`, `top` and `min-jobs` as typed (defaults both, 15, 0). A direction that is none of the three
 * is null and a number may be NaN or negative: the figure's prepare says why, the map's loading falls back.
 */
export function flowOptions(o: { direction?: unknown; top?: unknown; minJobs?: unknown }): { direction: Direction | null; top: number; minJobs: number } {
  const raw =
    String(o.direction ?? 'both')
      .trim()
      .toLowerCase() || 'both';
  const number = (v: unknown, fallback: number) => (v === undefined || v === '' ? fallback : Number(v));
  return { direction: ['in', 'out', 'both'].includes(raw) ? (raw as Direction) : null, top: number(o.top, 15), minJobs: number(o.minJobs, 0) };
}

export interface CommuteViewOptions {
  /** Municipality whose inflows and outflows are shown; null for the region's flows. */
  focus: string | null;
  direction: Direction;
  /** Largest number of flows drawn. */
  top: number;
  /** Flows below this number of jobs are not drawn. */
  minJobs: number;
  /** Width in CSS pixels, for deciding which names fit; without it no name is placed yet (see `labelView`). */
  width?: number;
}

export interface ViewArea extends MapArea {
  /** Jobs located minus the jobs its residents held; null where the data has no totals for it. */
  balance: number | null;
  /** The balance as a share of the jobs its residents held (0.25 = 25% more jobs than its residents held). */
  ratio: number | null;
  totals: CommutingTotals | null;
  inRegion: boolean;
  /** Whether its name is drawn (it fits and does not collide). */
  label: boolean;
}

export interface DrawnFlow {
  from: string;
  to: string;
  fromName: string;
  toName: string;
  jobs: number;
  start: [number, number];
  end: [number, number];
}

export interface CommuteView {
  areas: ViewArea[];
  /** Largest first. */
  flows: DrawnFlow[];
  /** The areas the projection is fitted to: the region (or focus) and the ends of the drawn flows. */
  domain: MapArea[];
  focus: string | null;
  direction: Direction;
  /** Flows of the selection with an end that is not on the map, largest first (at most 5). */
  offMap: { from: string; to: string; jobs: number }[];
  /** Largest absolute ratio among the region and the areas in the domain, at most 1 (the colour scale's extent). */
  maxRatio: number;
}

// A name on the map comes from the map (the data may say "Utrecht (gemeente)"); others from the data.
const nameOf = (data: CommuteData, areas: Map<string, MapArea>, code: string) => areas.get(code)?.name ?? data.names.get(code) ?? code;

/**
 * The flows a map of `members` may draw, largest first: in the chosen direction, at least `minJobs`, never a flow
 * within one municipality nor (for a chosen region) between two of its members: those are the region's internal
 * jobs, counted in the text. For the whole country (`data.national`) every flow between two municipalities.
 */
export function selectFlows(data: CommuteData, members: Set<string>, direction: Direction, minJobs: number): CommuteData['flows'] {
  const selected = data.flows.filter((f) => {
    if (f.from === f.to || f.jobs < minJobs || f.jobs <= 0) return false;
    if (data.national) return true;
    const out = members.has(f.from);
    const into = members.has(f.to);
    if (out && into && data.chosen) return false;
    return direction === 'out' ? out : direction === 'in' ? into : out || into;
  });
  return selected.sort((a, b) => b.jobs - a.jobs || compareCodes(a.from, b.from) || compareCodes(a.to, b.to));
}

/**
 * Chooses what the map shows: the flows of the focus municipality (or of the five) in the chosen direction,
 * without flows within one municipality, at least `minJobs`, the `top` largest with both ends on the map;
 * each municipality's net balance; and which names fit. Pure: the same input gives the same view.
 */
export function commuteView(data: CommuteData, mapAreas: MapArea[], options: CommuteViewOptions): CommuteView {
  const { focus, direction, top, minJobs } = options;
  const byCode = new Map(mapAreas.map((a) => [a.code, a]));
  const members = new Set(focus ? [focus] : data.members);
  const selected = selectFlows(data, members, direction, minJobs);
  const onMap = selected.filter((f) => byCode.has(f.from) && byCode.has(f.to));
  const flows: DrawnFlow[] = onMap.slice(0, top).map((f) => ({
    ...f,
    fromName: nameOf(data, byCode, f.from),
    toName: nameOf(data, byCode, f.to),
    start: byCode.get(f.from)!.centroid,
    end: byCode.get(f.to)!.centroid,
  }));
  const offMap = selected
    .filter((f) => !byCode.has(f.from) || !byCode.has(f.to))
    .slice(0, 5)
    .map(({ from, to, jobs }) => ({ from, to, jobs }));

  const inDomain = new Set<string>([...members].filter((c) => byCode.has(c)));
  for (const f of flows) inDomain.add(f.from).add(f.to);
  // The whole country is fitted whole; any other area to itself and the ends of its drawn flows.
  const domain = data.national ? mapAreas : mapAreas.filter((a) => inDomain.has(a.code));
  if (data.national) for (const a of mapAreas) inDomain.add(a.code);

  const areas: ViewArea[] = mapAreas.map((a) => {
    const totals = data.totals.get(a.code) ?? null;
    const balance = totals ? totals.jobs - totals.residents : null;
    const ratio = totals && totals.residents > 0 ? (balance as number) / totals.residents : null;
    return { ...a, name: nameOf(data, byCode, a.code), totals, balance, ratio, inRegion: data.members.includes(a.code), label: false };
  });
  const ratios = areas.filter((a) => inDomain.has(a.code) || a.inRegion).map((a) => Math.abs(a.ratio ?? 0));
  const maxRatio = Math.min(1, Math.max(0.05, ...ratios));
  const view = { areas, flows, domain: domain.length ? domain : mapAreas, focus, direction, offMap, maxRatio };
  return options.width === undefined ? view : labelView(view, options.width);
}

/** The view with the names that fit at `width` marked: a copy, so one view serves every width the chart is drawn at. */
export function labelView(view: CommuteView, width: number): CommuteView {
  const areas = view.areas.map((a) => ({ ...a, label: false }));
  placeLabels(areas, view.domain, view.flows, view.focus, width);
  return { ...view, areas };
}

/**
 * Marks which names to draw: the focus and the five first, then the ends of the largest flows, then any
 * municipality wide enough for its name; a name that would overlap one already placed is left out. Positions
 * are estimated with a local equirectangular projection of the domain (close to the map's Mercator).
 */
function placeLabels(areas: ViewArea[], domain: MapArea[], flows: DrawnFlow[], focus: string | null, width: number): void {
  const west = Math.min(...domain.map((a) => a.bounds[0][0]));
  const east = Math.max(...domain.map((a) => a.bounds[1][0]));
  const south = Math.min(...domain.map((a) => a.bounds[0][1]));
  const north = Math.max(...domain.map((a) => a.bounds[1][1]));
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = (Math.max(width, 300) - 32) / Math.max((east - west) * k, 1e-6);
  const px = (lon: number) => (lon - west) * k * scale;
  const py = (lat: number) => (north - lat) * scale;
  const rank = new Map<string, number>();
  if (focus) rank.set(focus, 0);
  for (const a of areas) if (a.inRegion && !rank.has(a.code)) rank.set(a.code, 1);
  flows.forEach((f, i) => {
    for (const c of [f.from, f.to]) if (!rank.has(c)) rank.set(c, 2 + i);
  });
  const candidates = areas
    .filter((a) => a.centroid[0] >= west && a.centroid[0] <= east && a.centroid[1] >= south && a.centroid[1] <= north)
    .sort((a, b) => (rank.get(a.code) ?? 1e6) - (rank.get(b.code) ?? 1e6) || compareCodes(a.code, b.code));
  const placed: [number, number, number, number][] = [];
  for (const a of candidates) {
    const w = a.name.length * 6.6 + 4;
    const h = 15;
    const widthPx = (a.bounds[1][0] - a.bounds[0][0]) * k * scale;
    if (!rank.has(a.code) && widthPx < w * 0.9) continue;
    const x = px(a.centroid[0]) - w / 2;
    const y = py(a.centroid[1]) - h / 2;
    if (x < 0 || x + w > Math.max(width, 300) - 8) continue;
    if (placed.some(([x0, y0, x1, y1]) => x < x1 && x + w > x0 && y < y1 && y + h > y0)) continue;
    placed.push([x, y, x + w, y + h]);
    a.label = true;
  }
}
