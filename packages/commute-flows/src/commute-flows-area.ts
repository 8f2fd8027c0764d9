// Any municipality, any region, the whole country: loaded only when a widget is given `municipality` (other
// than the report's five) or `region`, so the area index and this code are not in the widget's file.
import { Q4Error, areaError, compositionNote, overlapError, type AreaProblemLike, type Lang, type Localized } from '@q4/core/figure';
import { chooseArea, composeArea, loadAreaIndex, loadCommutingOf, loadLargestFlows, loadMap, topoFeatures } from '@q4/data';
import { fromCommuting, mapAreas, type CommuteArea, type CommuteAreaOptions, type CommuteData, type MapArea } from './commute-flows-data.js';
import { flowOptions, selectFlows } from './commute-flows-view.js';

/**
 * Loads what a map of any area needs: the area index, the flows of each member (one small module per
 * municipality), every municipality's totals, and the boundaries of the provinces where the area and the ends of
 * its largest flows lie. The whole country loads the country's largest flows and its whole map.
 */
export async function loadAreaCommute(o: CommuteAreaOptions): Promise<{ data: CommuteData; map: MapArea[]; mapCredit?: Localized; area: CommuteArea }> {
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
      map: mapAreas(topoFeatures(boundaries.topology, 'gemeenten').features),
      mapCredit: boundaries.source.credit,
      area: { kind: 'nl', notes: () => [] },
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
    label: choice.kind === 'region' ? choice.label ?? null : composed.parts.length > 1 ? members[0].name : null,
  };
  // The map: the provinces (with their neighbours) of the members and of the ends of the flows that may be drawn.
  // An invalid option is said by the figure's prepare; here it falls back to the default to choose the map.
  const { direction, top, minJobs } = flowOptions(o);
  const valid = (n: number, fallback: number) => (Number.isInteger(n) && n >= 0 ? n : fallback);
  const drawn = selectFlows(data, new Set(composed.parts), direction ?? 'both', valid(minJobs, 0)).slice(0, valid(top, 15));
  const provinces = new Set<string>();
  for (const code of [...composed.parts, ...drawn.flatMap((f) => [f.from, f.to])]) {
    const p = commuting.national.byCode.get(code)?.province;
    if (p) provinces.add(p);
  }
  const parts = await Promise.all([...provinces].sort().map((p) => loadMap(p)));
  const seen = new Set<string>();
  const features = parts.flatMap((b) => topoFeatures(b.topology, 'gemeenten').features).filter((f) => !seen.has(String(f.id)) && seen.add(String(f.id)));
  const notes = (lang: Lang) => composed.members.map((m) => compositionNote(m.municipality, m.composition, name, lang)).filter(Boolean);
  return { data, map: mapAreas(features), mapCredit: parts[0]?.source.credit, area: { kind: choice.kind, notes } };
}

const emptyData = (): CommuteData => ({ credit: null, source: null, names: new Map(), flows: [], totals: new Map(), complete: new Set(), nationalTotals: false, members: [] });
