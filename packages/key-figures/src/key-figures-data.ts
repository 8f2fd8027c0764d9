import { IssueList, Q4Error, areaError, compositionNote, fill, isRecord, isText, listFormat, overlapError, readRows, type AreaProblemLike, type Lang, type Localized } from '@q4/core/figure';
import {
  chooseArea,
  composeArea,
  keyFigures,
  loadAreaIndex,
  loadLisa,
  loadNationalLisa,
  loadNationalPopulation,
  loadPopulation,
  type Dataset,
  type LisaRow,
  type PopulationRow,
  type ReportFigure,
} from '@q4/data';
import { messages } from './messages.js';

/** A headline figure of your own. */
export interface FigureInput {
  /** The area, as shown ("Mijn regio"). */
  area: string;
  /** What is counted, as shown ("inwoners"). */
  measure: string;
  value: number;
  /** The number as you want it worded ("bijna 20.000"); default the number itself. */
  wording?: string;
}

export type KeyFiguresInput = FigureInput[] | { credit?: string; figures: FigureInput[] };

/** The figures of the report view: bars for figures measured in several areas, cards for the others. */
export interface KeyFiguresData {
  figures: ReportFigure[];
  credit: Localized | null;
  /** Whether this is the bundled data (which allows the `municipality` view). */
  bundled: boolean;
  /** The municipal series of the bundled data. */
  municipal?: MunicipalData;
  /** The figures of the area chosen with `municipality` or `region`. */
  area?: AreaFigures;
  /** Why the chosen area cannot be shown. */
  areaError?: (lang: Lang) => Q4Error;
}

/** Population (CBS) and LISA 2017 for the `municipality` view, loaded on demand with the bundled data. */
export interface MunicipalData {
  population: Dataset<PopulationRow>;
  lisa: Dataset<LisaRow>;
}

/** The bundled data: the report's figures, and the municipal series (loaded on demand: 3 KB gzip). */
export async function loadDefaultKeyFigures(): Promise<KeyFiguresData> {
  const [population, lisa] = await Promise.all([loadPopulation(), loadLisa()]);
  return { figures: keyFigures.rows, credit: keyFigures.source.credit, bundled: true, municipal: { population, lisa } };
}

/** Population (CBS) and LISA 2017 of one municipality: two series, never mixed. */
export interface MunicipalFigures {
  code: string;
  name: string;
  population: PopulationRow[];
  lisa: LisaRow | null;
}

/** The municipalities with a population series in the bundled data. */
export function municipalities(data: MunicipalData): { code: string; name: string }[] {
  return [...new Map(data.population.rows.filter((r) => r.code.startsWith('GM')).map((r) => [r.code, r.name]))].map(([code, name]) => ({ code, name }));
}

export function municipalFigures(data: MunicipalData, code: string): MunicipalFigures {
  const name = municipalities(data).find((m) => m.code === code)!.name;
  return { code, name, population: data.population.rows.filter((r) => r.code === code), lisa: data.lisa.rows.find((r) => r.code === code) ?? null };
}

const expect = {
  figure: { nl: 'een object met area, measure en value', en: 'an object with area, measure and value' },
  text: { nl: 'een tekst van 1 tot 60 tekens', en: 'a text of 1 to 60 characters' },
  value: { nl: 'een getal van 0 of meer', en: 'a number of 0 or more' },
} satisfies Record<string, Localized>;

/** Validates your own key figures. */
export function parseKeyFigures(input: unknown): KeyFiguresData {
  const issues = new IssueList();
  const { rows: list, credit } = readRows(input, 'figures', issues);
  const figures: ReportFigure[] = [];
  list.forEach((row, i) => {
    if (!isRecord(row)) return issues.add({ row: i, expected: expect.figure, received: row });
    const before = issues.count;
    for (const f of ['area', 'measure'] as const) if (!isText(row[f], 60)) issues.add({ row: i, field: f, expected: expect.text, received: row[f] });
    if (!(typeof row.value === 'number' && Number.isFinite(row.value) && row.value >= 0)) issues.add({ row: i, field: 'value', expected: expect.value, received: row.value });
    if (row.wording !== undefined && !isText(row.wording, 60)) issues.add({ row: i, field: 'wording', expected: expect.text, received: row.wording });
    if (issues.count > before) return;
    const area = (row.area as string).trim();
    const measure = (row.measure as string).trim();
    const wording = typeof row.wording === 'string' ? row.wording.trim() : null;
    figures.push({
      id: `${area}-${measure}`,
      area: area as ReportFigure['area'],
      areaLabel: { nl: area, en: area },
      measure: measure as ReportFigure['measure'],
      measureLabel: { nl: measure, en: measure },
      value: row.value as number,
      unit: 'persons',
      qualifier: 'exact',
      wording: wording ? { nl: wording, en: wording } : { nl: '', en: '' },
      quote: '',
    });
  });
  issues.throwIfAny();
  return { figures, credit, bundled: false };
}

// --- any municipality or region: the national population and LISA files, through the area index ------------

/** The area attributes. */
export interface KeyFiguresAreaOptions {
  municipality?: string;
  region?: string;
  regionName?: string;
}

/** A chosen area's figures (or why there are none), with every note in either language. */
export interface AreaFigures extends MunicipalFigures {
  /** Years without a figure, each with why. */
  missing: { year: number; reason: (lang: Lang) => string }[];
  /** How the area is composed in the data's years (sums of predecessors, boundaries that changed). */
  notes: (lang: Lang) => string[];
  /** Years in the series in which a member's territory changed (the change over the period is then not given). */
  boundaryYears: number[];
  /** Why LISA 2017 has no figure for the area. */
  lisaMissing?: (lang: Lang) => string;
  /** Members in a region (1 for a municipality). */
  count: number;
  /** "Bron: CBS (37259ENG), 2012-2023 · Bron: LISA 2017". */
  credit: Localized;
}

export const asksForArea = (o: KeyFiguresAreaOptions): boolean => !!String(o.municipality ?? '').trim() || !!String(o.region ?? '').trim();

const range = (years: number[]) => (years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(years[0]));

/**
 * Loads the population 2012-2023 and LISA 2017 of any municipality or region. A region's figure for a year is
 * the sum of its members' only when every member has one that year; a member of today is the sum of its
 * predecessors where those were whole, and has no figure where a predecessor was split.
 */
export async function loadAreaKeyFigures(o: KeyFiguresAreaOptions): Promise<KeyFiguresData> {
  const [index, population, lisa, bundledPopulation, bundledLisa] = await Promise.all([loadAreaIndex(), loadNationalPopulation(), loadNationalLisa(), loadPopulation(), loadLisa()]);
  // The national files are the same tables as the bundled ones (CBS 37259ENG, LISA 2017): the same credits.
  const credit = { nl: `${bundledPopulation.source.credit.nl} · ${bundledLisa.source.credit.nl}`, en: `${bundledPopulation.source.credit.en} · ${bundledLisa.source.credit.en}` };
  const base = { figures: keyFigures.rows, credit: keyFigures.source.credit, bundled: true };
  const choice = chooseArea(index, { municipality: o.municipality, region: o.region, regionName: o.regionName });
  if ('problem' in choice) return { ...base, areaError: (lang) => areaError(choice as AreaProblemLike, lang) };
  if (choice.kind === 'default') return loadDefaultKeyFigures();
  if (choice.kind === 'nl') return { ...base, areaError: (lang) => new Q4Error('invalid-option', messages[lang].noNational) };
  const members = choice.kind === 'municipality' ? [choice.municipality] : choice.members;
  const name = (code: string) => index.byCode.get(code)?.name ?? code;
  const label = choice.kind === 'municipality' ? choice.municipality.name : choice.label ?? listFormat(members.map((m) => m.name), 'nl');
  const code = choice.kind === 'municipality' ? choice.municipality.code : members.map((m) => m.code).join(',');
  const rows: PopulationRow[] = [];
  const missing: AreaFigures['missing'] = [];
  const groups = new Map<string, { member: (typeof members)[number]; composition: ReturnType<typeof composeArea>['members'][number]['composition']; years: number[] }>();
  for (const [i, year] of population.years.entries()) {
    const composed = composeArea(index, members, year);
    if (composed.overlap) {
      const overlap = composed.overlap;
      return { ...base, areaError: (lang) => overlapError(overlap, year, lang) };
    }
    for (const m of composed.members) {
      const c = m.composition;
      const key = `${m.municipality.code}|${c.status}|${c.parts.join()}|${c.split.map((s) => s.from).join()}`;
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
        return compositionNote(g.member, { ...within, year: range(g.years) as unknown as number }, name, lang);
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
    if (parts.every(Boolean)) lisaRow = { code, name: label, year: 2017, jobs: parts.reduce((s, p) => s + p[0], 0), establishments: parts.reduce((s, p) => s + p[1], 0) };
  }
  const area: AreaFigures = { code, name: label, population: rows, lisa: lisaRow, missing, notes, boundaryYears, lisaMissing, count: members.length, credit };
  return { ...base, area };
}
