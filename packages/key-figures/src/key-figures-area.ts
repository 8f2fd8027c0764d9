// Any municipality or region: loaded only when the widget is given `municipality` or `region`, so the area
// index, the national files and this code are not in the widget's file.
import { areaError, compositionNote, fill, listFormat, overlapError, type AreaProblemLike, type Lang, type Localized } from '@q4/core/figure';
import {
  chooseArea,
  composeArea,
  type AreaRequest,
  keyFigures,
  loadAreaIndex,
  loadLisa,
  loadNationalLisa,
  loadNationalPopulation,
  loadNationalReferences,
  territoryIn,
  type LisaRow,
  type PopulationRow,
} from '@q4/data';
import { messages } from './messages.js';
import { loadRegionToday, type AreaFigures, type KeyFiguresData } from './key-figures-data.js';

/** The texts of this module only: the widget's main file does not carry them. */
const areaMessages = {
  nl: {
    national: 'Nederland',
    nationalNote:
      'Heel Nederland: de inwoners zoals CBS ze voor het land telt; de banen en vestigingen van LISA zijn de som van de {count} gemeenten van 2017.',
  },
  en: {
    national: 'the Netherlands',
    nationalNote:
      'The whole Netherlands: the inhabitants as CBS counts them for the country; the jobs and establishments of LISA are the sum of the {count} municipalities of 2017.',
  },
} satisfies Record<Lang, Record<string, string>>;

const range = (years: number[]) => (years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(years[0]));

/**
 * Loads the population 2012-2026 and LISA 2017 of any municipality or region. A region's figure for a year is
 * the sum of its members' only when every member has one that year; a member of today is the sum of its
 * predecessors where those were whole, and has no figure where a predecessor was split.
 */
export async function loadAreaKeyFigures(o: AreaRequest): Promise<KeyFiguresData> {
  const [index, population, lisa, bundledLisa] = await Promise.all([loadAreaIndex(), loadNationalPopulation(), loadNationalLisa(), loadLisa()]);
  // The population of every municipality (CBS 37259ENG to 2018, 03759ned from 2019) and LISA 2017.
  const credit = {
    nl: `${population.credit.nl} · ${bundledLisa.source.credit.nl}`,
    en: `${population.credit.en} · ${bundledLisa.source.credit.en}`,
  };
  const base = { figures: keyFigures.rows, credit: keyFigures.source.credit, bundled: true };
  const choice = chooseArea(index, { municipality: o.municipality, region: o.region, regionName: o.regionName });
  if ('problem' in choice) return { ...base, areaError: (lang) => areaError(choice as AreaProblemLike, lang) };
  if (choice.kind === 'default') return loadRegionToday();
  if (choice.kind === 'nl') return { ...base, area: await nationalFigures(lisa, credit) };
  const members = choice.kind === 'municipality' ? [choice.municipality] : choice.members;
  const name = (code: string) => index.byCode.get(code)?.name ?? code;
  // A region without a name is called by its members, joined in a way that reads the same in both languages.
  const label = choice.kind === 'municipality' ? choice.municipality.name : (choice.label ?? members.map((m) => m.name).join(' + '));
  const code = choice.kind === 'municipality' ? choice.municipality.code : members.map((m) => m.code).join(',');
  // A municipality of today all of whose predecessors went into it whole: every year on today's boundaries (the
  // sum of the codes of that year it is made of), said in a note. Where a border moved in part, the series shows the
  // municipality as it was each year instead, broken at each change (boundaryYears).
  if (choice.kind === 'municipality' && population.values[code]?.at(-1) != null) {
    const today = onTodaysBoundaries(code, label, population, (y) => territoryIn(index, code, y), name, lisa);
    if (today) return { ...base, area: { ...today, credit } };
  }
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
    // A municipality that no longer exists shows its own years; what it became is said in its note, once.
    if (choice.kind === 'municipality' && composed.members[0].composition.status === 'ended' && year > choice.municipality.last) continue;
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
        // For a code shown as it was: the changes that end these years (the first date after them), within the
        // series; a later range's note says the changes after that.
        const inSeries = c.changes.filter((e) => e.year <= population.years[population.years.length - 1]);
        const next = inSeries.length ? inSeries.reduce((d, e) => (e.date < d ? e.date : d), inSeries[0].date) : '';
        const within = c.status === 'same' ? { ...c, changes: inSeries.filter((e) => e.date === next) } : c;
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
  } else lisaRow = lisaOf(code, label, composed2017.parts, lisa);
  // The credit names the years drawn: a municipality that ended in 2021 is counted to 1 January 2020, not 2026.
  const all = range(population.years);
  const shown = rows.length ? range(rows.map((r) => r.year)) : all;
  const ownCredit = { nl: credit.nl.replace(all, shown), en: credit.en.replace(all, shown) };
  const area: AreaFigures = { code, name: label, population: rows, lisa: lisaRow, missing, notes, boundaryYears, lisaMissing, credit: ownCredit };
  return { ...base, area };
}

/**
 * The whole Netherlands: CBS's own count of the country's inhabitants each year (the national series the profile
 * compares with), and LISA 2017's jobs and establishments summed over every municipality of 2017 (the file has no
 * national total, and holds all 388).
 */
async function nationalFigures(lisa: Record<string, [number, number]>, credit: Localized): Promise<AreaFigures> {
  const references = await loadNationalReferences();
  const code = 'NL';
  const name = areaMessages.nl.national;
  const population: PopulationRow[] = [];
  const missing: AreaFigures['missing'] = [];
  for (const [i, year] of references.years.entries()) {
    const value = references.nl[i];
    if (value == null) missing.push({ year, reason: (lang) => fill(messages[lang].noPopulation, { year }) });
    else population.push({ code, name, year, population: value });
  }
  const codes = Object.keys(lisa);
  return {
    code,
    name,
    names: { nl: areaMessages.nl.national, en: areaMessages.en.national },
    population,
    lisa: lisaOf(code, name, codes, lisa),
    missing,
    notes: (lang) => [fill(areaMessages[lang].nationalNote, { count: codes.length })],
    boundaryYears: [],
    credit,
  };
}

/**
 * The series of a municipality of today on its boundaries of the last year, when every year's territory is the sum
 * of whole codes of that year (null otherwise, or when nothing changed, which the usual series says as well).
 */
function onTodaysBoundaries(
  code: string,
  label: string,
  population: { years: number[]; values: Record<string, (number | null)[]> },
  territory: (year: number) => { status: string; parts: string[] },
  name: (code: string) => string,
  lisa: Record<string, [number, number]>,
): Omit<AreaFigures, 'credit'> | null {
  const years = population.years;
  const made = years.map(territory);
  if (made.some((t) => t.status !== 'whole') || made.every((t) => t.parts.length === 1 && t.parts[0] === code)) return null;
  const rows: PopulationRow[] = [];
  const missing: AreaFigures['missing'] = [];
  for (const [i, year] of years.entries()) {
    const values = made[i].parts.map((p) => population.values[p]?.[i] ?? null);
    if (values.some((v) => v === null)) missing.push({ year, reason: (lang) => fill(messages[lang].noPopulation, { year }) });
    else rows.push({ code, name: label, year, population: (values as number[]).reduce((a, b) => a + b, 0) });
  }
  // One note per make-up other than the code alone: "2012-2018 is de som van Groningen, Haren en Ten Boer".
  const groups = new Map<string, { parts: string[]; years: number[] }>();
  made.forEach((t, i) => {
    if (t.parts.length === 1 && t.parts[0] === code) return;
    const key = t.parts.join();
    const g = groups.get(key) ?? { parts: t.parts, years: [] };
    g.years.push(years[i]);
    groups.set(key, g);
  });
  const last = years[years.length - 1];
  const notes = (lang: Lang) =>
    [...groups.values()].map((g) =>
      fill(messages[lang].todayBoundaries, { last, years: range(g.years), list: listFormat(g.parts.map(name), lang), name: label }),
    );
  // LISA 2017 on today's boundaries too: the sum of the codes of 2017.
  const lisaRow = lisaOf(code, label, made[years.indexOf(2017)]?.parts ?? [], lisa);
  return { code, name: label, population: rows, lisa: lisaRow, missing, notes, boundaryYears: [] };
}

/** LISA 2017 of an area: the sum of its codes of 2017, or null when one of them has no figure. */
function lisaOf(code: string, label: string, parts: string[], lisa: Record<string, [number, number]>): LisaRow | null {
  const rows = parts.map((p) => lisa[p]);
  if (!rows.length || !rows.every(Boolean)) return null;
  return { code, name: label, year: 2017, jobs: rows.reduce((s, p) => s + p[0], 0), establishments: rows.reduce((s, p) => s + p[1], 0) };
}
