// Any municipality, any region, the whole country: loaded only when a widget is given `municipality` (other
// than the report's five) or `region`, so the area index and this code are not in the widget's file.
import { Q4Error, areaError, compositionNote, overlapError, type AreaProblemLike, type Lang, type Localized } from '@q4/core/figure';
import {
  chooseArea,
  composeArea,
  loadAreaIndex,
  loadCommutingOf,
  loadLargestFlows,
  loadMap,
  mapTilesFor,
  prefetchNational,
  topoFeatures,
  type AreaIndex,
  type GeoFeature,
} from '@q4/data';
import { fromCommuting, mapAreas, type CommuteArea, type CommuteAreaOptions, type CommuteData, type MapArea } from './commute-flows-data.js';
import { flowOptions, selectFlows } from './commute-flows-view.js';

/**
 * Loads what a map of any area needs: the area index, the flows of each member (one small module per
 * municipality), every municipality's totals, and the boundaries of the provinces where the area and the ends of
 * its largest flows lie. The whole country loads the country's largest flows and its whole map.
 */
export async function loadAreaCommute(o: CommuteAreaOptions): Promise<{ data: CommuteData; map: MapArea[]; mapCredit?: Localized; area: CommuteArea }> {
  // The index, the import map and the area index load side by side: five requests in a row would be one too many.
  prefetchNational();
  const index = await loadAreaIndex();
  const choice = chooseArea(index, { municipality: o.municipality, region: o.region, regionName: o.regionName });
  const failed = (error: (lang: Lang) => Q4Error): { data: CommuteData; map: MapArea[]; area: CommuteArea } => ({
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
  const composed = composeArea(index, members, 2014);
  const name = (code: string) => index.byCode.get(code)?.name ?? code;
  if (composed.missing.length) {
    const m = composed.missing[0];
    return failed((lang) => new Q4Error('no-data', compositionNote(m.municipality, m.composition, name, lang)));
  }
  if (composed.overlap) {
    const overlap = composed.overlap;
    return failed((lang) => overlapError(overlap, 2014, lang));
  }
  const commuting = await loadCommutingOf(composed.parts);
  const data: CommuteData = {
    ...fromCommuting(commuting, composed.parts),
    chosen: true,
    label: choice.kind === 'region' ? (choice.label ?? null) : composed.parts.length > 1 ? members[0].name : null,
  };
  // The map: the tiles of its view, which is the members and the ends of the flows that may be drawn (the
  // projection is fitted to them), with a margin for the chart's inset. An invalid option is said by the figure's
  // prepare; here it falls back to the default to choose the map.
  const { direction, top, minJobs } = flowOptions(o);
  const valid = (n: number, fallback: number) => (Number.isInteger(n) && n >= 0 ? n : fallback);
  const drawn = selectFlows(data, new Set(composed.parts), direction ?? 'both', valid(minJobs, 0)).slice(0, valid(top, 15));
  const boxes = [...new Set([...composed.parts, ...drawn.flatMap((f) => [f.from, f.to])])]
    .map((c) => commuting.national.bounds.get(c))
    .filter((b) => b !== undefined);
  const view = withMargin(boxes);
  const maps = await mapTilesFor(view);
  const parts = await Promise.all(maps.map((p) => loadMap(p)));
  // Only the municipalities the chart can show: a tile reaches beyond the view, and every path costs drawing time.
  const inView = (code: string) => {
    const b = commuting.national.bounds.get(code);
    return !b || (b[0] <= view[2] && b[2] >= view[0] && b[1] <= view[3] && b[3] >= view[1]);
  };
  const features = named(
    parts.flatMap((b) => topoFeatures(b.topology, 'gemeenten').features).filter((f) => inView(String(f.id))),
    index,
  );
  const notes = (lang: Lang) => composed.members.map((m) => compositionNote(m.municipality, m.composition, name, lang)).filter(Boolean);
  return { data, map: mapAreas(features), mapCredit: parts[0]?.source.credit, area: { kind: choice.kind, notes, maps } };
}

/**
 * The union of the boxes, widened on each side by 12% of its size: the chart's inset of 24 px is 3% of an 800 px
 * map and 9.5% of a 300 px one, so every municipality the chart can show is in a tile that overlaps it.
 */
function withMargin(boxes: [number, number, number, number][]): [number, number, number, number] {
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
