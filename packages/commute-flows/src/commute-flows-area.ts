// Any municipality, any region, the whole country: loaded only when a widget is given `municipality` (other
// than the report's five) or `region`, so the area index and this code are not in the widget's file.
import { Q4Error, areaError, compositionNote, overlapError, type AreaProblemLike, type Lang, type Localized } from '@q4/core/figure';
import { chooseArea, composeArea, loadAreaIndex, loadCommutingOf, loadLargestFlows, loadMap, topoFeatures } from '@q4/data';
import { mapAreas, type CommuteArea, type CommuteAreaOptions, type CommuteData, type MapArea } from './commute-flows-data.js';
import { selectFlows } from './commute-flows-view.js';

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
      data: { ...fromNational(commuting), members: [], national: true, label: null },
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
    ...fromNational(commuting),
    complete: new Set(composed.parts),
    members: composed.parts,
    chosen: true,
    label: choice.kind === 'region' ? choice.label ?? null : composed.parts.length > 1 ? members[0].name : null,
  };
  // The map: the provinces (with their neighbours) of the members and of the ends of the flows that may be drawn.
  const top = o.top === undefined || o.top === '' ? 15 : Number(o.top);
  const minJobs = o.minJobs === undefined || o.minJobs === '' ? 0 : Number(o.minJobs);
  const direction = (['in', 'out'].includes(String(o.direction ?? '').trim().toLowerCase()) ? String(o.direction).trim().toLowerCase() : 'both') as 'in' | 'out' | 'both';
  const focusSet = new Set(composed.parts);
  const drawn = selectFlows(data, focusSet, direction, Number.isFinite(minJobs) ? minJobs : 0).slice(0, Number.isInteger(top) && top >= 0 ? top : 15);
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

function fromNational(c: Awaited<ReturnType<typeof loadCommutingOf>>): CommuteData {
  return {
    credit: c.source.credit,
    source: c.source,
    names: new Map(c.areas.map((a) => [a.code, a.name])),
    flows: c.rows.map(({ from, to, jobs }) => ({ from, to, jobs })),
    totals: c.totals,
    complete: new Set(),
    nationalTotals: true,
    members: [],
  };
}

const emptyData = (): CommuteData => ({ credit: null, source: null, names: new Map(), flows: [], totals: new Map(), complete: new Set(), nationalTotals: false, members: [] });
