import { IssueList, isRecord, isText, readRows, type Localized } from '@q4/core/figure';
import { loadLandUse, type LandUseRow } from '@q4/data';
import { categories, type CategoryId } from './messages.js';

/**
 * A row of your own, in the shape of the bundled data (hectares); for example a municipality for 2010.
 * `outerWater` is optional (null where there is no figure); `missing` and `derived` are set by the widget.
 */
export type LandUseRowInput = Omit<LandUseRow, 'outerWater' | 'missing' | 'derived'> & { outerWater?: number | null };

export type LandUseInput = LandUseRowInput[] | { credit?: string; rows: LandUseRowInput[] };

export interface LandUseData {
  rows: LandUseRow[];
  credit: Localized | null;
  /** The default areas to compare. */
  defaults: string[];
  /** True for the bundled data (its province names are written out, and it has no municipal rows). */
  bundled?: boolean;
}

/** One bar: an area's share of one category in one year. */
export interface LandUseBar {
  code: string;
  name: string;
  category: CategoryId;
  hectares: number;
  /** Share of the total area, 0-1. */
  share: number;
}

/**
 * The bundled data: the province of Utrecht against the Netherlands (the sum of the provinces), 1996-2015. Loaded
 * on demand (a separate file in the CDN build), so pages that do not show land use do not carry it; `loadLandUse`
 * loads it once and again after a failure.
 */
export async function loadDefaultLandUse(): Promise<LandUseData> {
  const landUse = await loadLandUse();
  return { rows: landUse.rows, credit: landUse.source.credit, defaults: ['PV26', 'NL01'], bundled: true };
}

const NUMBERS = ['total', 'traffic', 'builtUp', 'semiBuiltUp', 'recreation', 'agriculture', 'forestNature', 'innerWater'] as const;
const expect = {
  row: { nl: 'een object met year, code, name en de oppervlakten', en: 'an object with year, code, name and the areas' },
  year: { nl: 'een jaartal (geheel getal)', en: 'a year (whole number)' },
  text: { nl: 'een tekst van 1 tot 80 tekens', en: 'a text of 1 to 80 characters' },
  hectares: { nl: 'een oppervlakte in hectare (0 of meer)', en: 'an area in hectares (0 or more)' },
  outer: { nl: 'een oppervlakte in hectare, of null', en: 'an area in hectares, or null' },
  sum: { nl: 'een totaal dat minstens de som van de soorten is', en: 'a total at least the sum of the kinds' },
  unique: { nl: 'één rij per gebied en jaar', en: 'one row per area and year' },
} satisfies Record<string, Localized>;

const isHa = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Validates your own rows (hectares, as in CBS 70262NED). */
export function parseLandUse(input: unknown): LandUseData {
  const issues = new IssueList();
  const { rows: list, credit } = readRows(input, 'rows', issues);
  const rows: LandUseRow[] = [];
  const seen = new Set<string>();
  list.forEach((row, i) => {
    if (!isRecord(row)) return issues.add({ row: i, expected: expect.row, received: row });
    const before = issues.count;
    if (!Number.isInteger(row.year)) issues.add({ row: i, field: 'year', expected: expect.year, received: row.year });
    for (const f of ['code', 'name'] as const) if (!isText(row[f])) issues.add({ row: i, field: f, expected: expect.text, received: row[f] });
    for (const f of NUMBERS) if (!isHa(row[f])) issues.add({ row: i, field: f, expected: expect.hectares, received: row[f] });
    const outer = row.outerWater ?? null;
    if (!(outer === null || isHa(outer))) issues.add({ row: i, field: 'outerWater', expected: expect.outer, received: row.outerWater });
    if (issues.count > before) return;
    const parts = NUMBERS.slice(1).reduce((s, f) => s + (row[f] as number), 0) + ((outer as number | null) ?? 0);
    if ((row.total as number) + 0.5 < parts) return issues.add({ row: i, field: 'total', expected: expect.sum, received: row.total });
    const key = `${row.code}|${row.year}`;
    if (seen.has(key)) return issues.add({ row: i, field: 'code', expected: expect.unique, received: key });
    seen.add(key);
    rows.push({
      year: row.year as number,
      code: (row.code as string).trim(),
      name: (row.name as string).trim(),
      total: row.total as number,
      traffic: row.traffic as number,
      builtUp: row.builtUp as number,
      semiBuiltUp: row.semiBuiltUp as number,
      recreation: row.recreation as number,
      agriculture: row.agriculture as number,
      forestNature: row.forestNature as number,
      innerWater: row.innerWater as number,
      outerWater: outer as number | null,
      missing: outer === null ? 'no-figure' : null,
      derived: null,
    });
  });
  issues.throwIfAny();
  return { rows, credit, defaults: [...new Set(rows.map((r) => r.code))].slice(0, 4) };
}

/** Hectares of a category (water = inner water plus outer water where there is a figure). */
export function hectares(row: LandUseRow, category: CategoryId): number {
  return category === 'water' ? row.innerWater + (row.outerWater ?? 0) : row[category];
}

/** The bars of one year for the given areas, in category order. */
export function landUseBars(data: LandUseData, year: number, codes: string[]): LandUseBar[] {
  const bars: LandUseBar[] = [];
  for (const c of categories) {
    for (const code of codes) {
      const row = data.rows.find((r) => r.year === year && r.code === code);
      if (!row) continue;
      const ha = hectares(row, c.id);
      bars.push({ code, name: row.name, category: c.id, hectares: ha, share: row.total ? ha / row.total : 0 });
    }
  }
  return bars;
}
