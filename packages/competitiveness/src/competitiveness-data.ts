import { IssueList, compareCodes, fill, isRecord, isText, readRows, type Lang, type Localized } from '@q4/core/figure';
import { loadRci, type RciRow } from '@q4/data';
import { messages } from './messages.js';

/** One region's score in one edition, of your own. */
export interface RciRowInput {
  code: string;
  name: string;
  country?: string;
  edition: number;
  /** z-score, or null for no score. */
  score: number | null;
}

export type RciInput = RciRowInput[] | { credit?: string; rows: RciRowInput[] };

export interface RciData {
  rows: RciRow[];
  editions: number[];
  credit: Localized | null;
  /** True for the bundled index (its credit gets the edition shown; its capital regions are merged). */
  bundled?: boolean;
}

/** A region placed in one edition. */
export interface RankedRegion extends RciRow {
  /** 1 + the number of regions with a higher score (at two decimals); null without a score. */
  rank: number | null;
}

/** The bundled data: the EU RCI 2010-2019, loaded on demand. */
export async function loadDefaultRci(): Promise<RciData> {
  const rci = await loadRci();
  return { rows: rci.rows, editions: rci.editions, credit: rci.source.credit, bundled: true };
}

const expect = {
  row: { nl: 'een object met code, name, edition en score', en: 'an object with code, name, edition and score' },
  code: { nl: 'een regiocode (tekst van 1 tot 12 tekens)', en: 'a region code (text of 1 to 12 characters)' },
  name: { nl: 'een naam (tekst van 1 tot 100 tekens)', en: 'a name (text of 1 to 100 characters)' },
  edition: { nl: 'een jaartal (geheel getal)', en: 'a year (whole number)' },
  score: { nl: 'een getal, of null', en: 'a number, or null' },
  unique: { nl: 'één rij per regio en editie', en: 'one row per region and edition' },
} satisfies Record<string, Localized>;

/** Validates your own scores. */
export function parseRci(input: unknown): RciData {
  const issues = new IssueList();
  const { rows: list, credit } = readRows(input, 'rows', issues);
  const rows: RciRow[] = [];
  const seen = new Set<string>();
  list.forEach((row, i) => {
    if (!isRecord(row)) return issues.add({ row: i, expected: expect.row, received: row });
    const before = issues.count;
    if (!isText(row.code, 12)) issues.add({ row: i, field: 'code', expected: expect.code, received: row.code });
    if (!isText(row.name, 100)) issues.add({ row: i, field: 'name', expected: expect.name, received: row.name });
    if (row.country !== undefined && !isText(row.country, 100)) issues.add({ row: i, field: 'country', expected: expect.name, received: row.country });
    if (!Number.isInteger(row.edition)) issues.add({ row: i, field: 'edition', expected: expect.edition, received: row.edition });
    if (!(row.score === null || (typeof row.score === 'number' && Number.isFinite(row.score))))
      issues.add({ row: i, field: 'score', expected: expect.score, received: row.score });
    if (issues.count > before) return;
    const key = `${row.code}|${row.edition}`;
    if (seen.has(key)) return issues.add({ row: i, field: 'code', expected: expect.unique, received: key });
    seen.add(key);
    rows.push({
      code: (row.code as string).trim(),
      name: (row.name as string).trim(),
      country: typeof row.country === 'string' ? row.country.trim() : '',
      level: 'region',
      capital: false,
      merged: null,
      edition: row.edition as number,
      score: row.score as number | null,
    });
  });
  issues.throwIfAny();
  return { rows, editions: [...new Set(rows.map((r) => r.edition))].sort(), credit };
}

/** The regions (not countries) of one edition with their competition rank, best first; those without a score last. */
export function rankEdition(data: RciData, edition: number): RankedRegion[] {
  const regions = data.rows.filter((r) => r.edition === edition && r.level === 'region');
  const round = (v: number) => Math.round(v * 100);
  const scored = regions.filter((r) => r.score !== null).sort((a, b) => (b.score as number) - (a.score as number) || compareCodes(a.code, b.code));
  // Competition rank at the shown precision: 1 + the number of regions with a higher rounded score. Sorted by score,
  // best first, that is the place of the first region with the same rounded score (one pass, not one count per region:
  // the counts took about 30 ms of a page's first render).
  let rank = 0;
  const ranked = scored.map((r, i) => {
    if (i === 0 || round(scored[i - 1].score as number) !== round(r.score as number)) rank = i + 1;
    return { ...r, rank };
  });
  return [...ranked, ...regions.filter((r) => r.score === null).map((r) => ({ ...r, rank: null }))];
}

/** "3e", "gedeeld 2e" / "3rd", "joint 2nd". */
export function rankText(rank: number, shared: boolean, lang: Lang): string {
  const t = messages[lang];
  const suffix = rank % 10 === 1 && rank % 100 !== 11 ? 'st' : rank % 10 === 2 && rank % 100 !== 12 ? 'nd' : rank % 10 === 3 && rank % 100 !== 13 ? 'rd' : 'th';
  return fill(shared ? t.rankShared : t.rankOrdinal, { rank, suffix });
}
