import { IssueList, fill, isRecord, isText, listFormat, readRows, type Lang, type Localized, type Q4Error } from '@q4/core/figure';
import { messages } from './messages.js';
import { wordingOf } from './key-figures-chart.js';
import { keyFigures, loadLisa, loadPopulation, reportRegion, type LisaRow, type PopulationRow, type ReportFigure } from '@q4/data';

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
  /** Whether this is the bundled data (which allows the `municipality` and `region` views). */
  bundled: boolean;
  /** The figures of the area chosen with `municipality` or `region`. */
  area?: AreaFigures;
  /** Why the chosen area cannot be shown. */
  areaError?: (lang: Lang) => Q4Error;
}

/** The bundled data: the report's figures (a municipality's or region's series load with `municipality` or `region`). */
export function loadDefaultKeyFigures(): KeyFiguresData {
  return { figures: keyFigures.rows, credit: keyFigures.source.credit, bundled: true };
}

/**
 * The report's region with the newest figures (`view="today"`, the default), from the bundled tables: the population
 * of its five municipalities on each 1 January (CBS; unchanged since 2012, so each year is their sum) and LISA 2017,
 * with a note of what the report of May 2015 said. The same as `region` of the five, without the area code.
 */
export async function loadRegionToday(): Promise<KeyFiguresData> {
  const [population, lisa] = await Promise.all([loadPopulation(), loadLisa()]);
  const region = keyFigures.rows.filter((f) => f.area === 'region');
  const codes = reportRegion.map((m) => m.code);
  const years = [...new Set(population.rows.map((r) => r.year))].sort((a, b) => a - b);
  const label = region[0].areaLabel.nl;
  const rows: PopulationRow[] = [];
  for (const year of years) {
    const values = codes.map((c) => population.rows.find((r) => r.code === c && r.year === year)?.population);
    if (values.every((v) => v !== undefined)) rows.push({ code: codes.join(','), name: label, year, population: values.reduce((s, v) => s + v!, 0) });
  }
  const jobs = codes.map((c) => lisa.rows.find((r) => r.code === c));
  const lisaRow = jobs.every(Boolean)
    ? {
        code: codes.join(','),
        name: label,
        year: 2017,
        jobs: jobs.reduce((s, r) => s + r!.jobs, 0),
        establishments: jobs.reduce((s, r) => s + r!.establishments, 0),
      }
    : null;
  const said = (lang: Lang) =>
    region.filter((f) => f.measure === 'inhabitants' || f.measure === 'jobs').map((f) => `${wordingOf(f, lang)} ${f.measureLabel[lang]}`);
  const notes = (lang: Lang) => [
    fill(messages[lang].regionMembers, {
      name: region[0].areaLabel[lang],
      list: listFormat(
        reportRegion.map((m) => m.name),
        lang,
      ),
    }),
    fill(messages[lang].reportSaid, { list: listFormat(said(lang), lang) }),
  ];
  const credit = {
    nl: `${population.source.credit.nl} · ${lisa.source.credit.nl}`,
    en: `${population.source.credit.en} · ${lisa.source.credit.en}`,
  };
  return {
    ...loadDefaultKeyFigures(),
    area: { code: codes.join(','), name: label, population: rows, lisa: lisaRow, missing: [], notes, boundaryYears: [], credit },
  };
}

/** Population (CBS) and LISA 2017 of one municipality: two series, never mixed. */
export interface MunicipalFigures {
  code: string;
  name: string;
  population: PopulationRow[];
  lisa: LisaRow | null;
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
    if (!(typeof row.value === 'number' && Number.isFinite(row.value) && row.value >= 0))
      issues.add({ row: i, field: 'value', expected: expect.value, received: row.value });
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
  /** "Bron: CBS (37259ENG, 03759ned), 1 januari 2012-2026 · Bron: LISA 2017". */
  credit: Localized;
  /** The area's name in each language, where it has one ("Nederland", "the Netherlands"); else `name`. */
  names?: Localized;
}
