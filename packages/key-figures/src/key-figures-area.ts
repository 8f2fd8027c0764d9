// Any municipality or region: loaded only when the widget is given `municipality` or `region`, so the area
// index, the national files and this code are not in the widget's file.
import { Q4Error, areaError, compositionNote, fill, overlapError, type AreaProblemLike, type Lang } from '@q4/core/figure';
import {
  chooseArea,
  composeArea,
  type AreaRequest,
  keyFigures,
  loadAreaIndex,
  loadLisa,
  loadNationalLisa,
  loadNationalPopulation,
  loadPopulation,
  type LisaRow,
  type PopulationRow,
} from '@q4/data';
import { messages } from './messages.js';
import { loadDefaultKeyFigures, type AreaFigures, type KeyFiguresData } from './key-figures-data.js';

const range = (years: number[]) => (years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(years[0]));

/**
 * Loads the population 2012-2023 and LISA 2017 of any municipality or region. A region's figure for a year is
 * the sum of its members' only when every member has one that year; a member of today is the sum of its
 * predecessors where those were whole, and has no figure where a predecessor was split.
 */
export async function loadAreaKeyFigures(o: AreaRequest): Promise<KeyFiguresData> {
  const [index, population, lisa, bundledPopulation, bundledLisa] = await Promise.all([
    loadAreaIndex(),
    loadNationalPopulation(),
    loadNationalLisa(),
    loadPopulation(),
    loadLisa(),
  ]);
  // The national files are the same tables as the bundled ones (CBS 37259ENG, LISA 2017): the same credits.
  const credit = {
    nl: `${bundledPopulation.source.credit.nl} · ${bundledLisa.source.credit.nl}`,
    en: `${bundledPopulation.source.credit.en} · ${bundledLisa.source.credit.en}`,
  };
  const base = { figures: keyFigures.rows, credit: keyFigures.source.credit, bundled: true };
  const choice = chooseArea(index, { municipality: o.municipality, region: o.region, regionName: o.regionName });
  if ('problem' in choice) return { ...base, areaError: (lang) => areaError(choice as AreaProblemLike, lang) };
  if (choice.kind === 'default') return loadDefaultKeyFigures();
  if (choice.kind === 'nl') return { ...base, areaError: (lang) => new Q4Error('invalid-option', messages[lang].noNational) };
  const members = choice.kind === 'municipality' ? [choice.municipality] : choice.members;
  const name = (code: string) => index.byCode.get(code)?.name ?? code;
  // A region without a name is called by its members, joined in a way that reads the same in both languages.
  const label = choice.kind === 'municipality' ? choice.municipality.name : (choice.label ?? members.map((m) => m.name).join(' + '));
  const code = choice.kind === 'municipality' ? choice.municipality.code : members.map((m) => m.code).join(',');
  const rows: PopulationRow[] = [];
  const missing: AreaFigures['missing'] = [];
  const groups = new Map<
    string,
    { member: (typeof members)[number]; composition: ReturnType<typeof composeArea>['members'][number]['composition']; years: number[] }
  >();
  for (const [i, year] of population.years.entries()) {
    const composed = composeArea(index, members, year);
    if (composed.overlap) {
      const overlap = composed.overlap;
      return { ...base, areaError: (lang) => overlapError(overlap, year, lang) };
    }
    for (const m of composed.members) {
      const c = m.composition;
      // Years with the same make-up and the same changes still to come share a note: a change within a range of
      // years ends the range, so "as it was in 2012-2020; then …" never says "then" of a change inside the range.
      const key = `${m.municipality.code}|${c.status}|${c.parts.join()}|${c.split.map((s) => s.from).join()}|${c.changes.map((e) => e.date + e.from + e.to).join()}`;
      const group = groups.get(key) ?? { member: m.municipality, composition: c, years: [] };
      group.years.push(year);
      groups.set(key, group);
    }
    if (composed.missing.length) {
      const m = composed.missing[0];
      missing.push({ year, reason: (lang) => compositionNote(m.municipality, m.composition, name, lang) });
      continue;
    }
    const values = composed.parts.map((p) => population.values[p]?.[i] ?? null);
    if (values.some((v) => v === null)) {
      missing.push({ year, reason: (lang) => fill(messages[lang].noPopulation, { year }) });
      continue;
    }
    rows.push({ code, name: label, year, population: (values as number[]).reduce((a, b) => a + b, 0) });
  }
  // Notes: one per member and make-up, over the years it holds (e.g. "2012-2018: the sum of …").
  const notes = (lang: Lang) =>
    [...groups.values()]
      .filter((g) => g.composition.status === 'whole' || (g.composition.status === 'same' && g.composition.changes.length))
      .map((g) => {
        const c = g.composition;
        // Only the changes that fall within the series matter for a code shown as it was.
        const within = c.status === 'same' ? { ...c, changes: c.changes.filter((e) => e.year <= population.years[population.years.length - 1]) } : c;
        return compositionNote(g.member, { ...within, year: range(g.years) }, name, lang);
      })
      .filter(Boolean);
  // A change of territory while the code went on (a merger into it, a correction); not the code's own end.
  const grew = (g: { member: { code: string }; composition: { status: string; changes: { to: string; kind: string; year: number }[] } }) =>
    g.composition.status === 'same' ? g.composition.changes.filter((e) => e.to === g.member.code || e.kind === 'correction').map((e) => e.year) : [];
  const boundaryYears = [...new Set([...groups.values()].flatMap(grew))]
    .filter((y) => rows.length && y > rows[0].year && y <= rows[rows.length - 1].year)
    .sort();
  const composed2017 = composeArea(index, members, 2017);
  let lisaRow: LisaRow | null = null;
  let lisaMissing: AreaFigures['lisaMissing'];
  if (composed2017.missing.length) {
    const m = composed2017.missing[0];
    lisaMissing = (lang) => compositionNote(m.municipality, m.composition, name, lang);
  } else {
    const parts = composed2017.parts.map((p) => lisa[p]);
    if (parts.every(Boolean))
      lisaRow = { code, name: label, year: 2017, jobs: parts.reduce((s, p) => s + p[0], 0), establishments: parts.reduce((s, p) => s + p[1], 0) };
  }
  const area: AreaFigures = { code, name: label, population: rows, lisa: lisaRow, missing, notes, boundaryYears, lisaMissing, credit };
  return { ...base, area };
}
