import { IssueList, isText, readRows, type Localized } from '@q4/core/figure';
import { population, reportRegion } from '@q4/data';

/** One row of the chart. */
export interface __Pascal__Row {
  label: string;
  /** The value, or null where there is no figure (shown as missing, never as 0). */
  value: number | null;
}

/** Validated rows and their credit line (null for own data without one). */
export interface __Pascal__Data {
  rows: __Pascal__Row[];
  credit: Localized | null;
}

/** What `data` (or the JSON at `src`) may be: a list of rows, or `{ credit, rows }`. */
export type __Pascal__Input = __Pascal__Row[] | { credit?: string; rows: __Pascal__Row[] };

const latest = Math.max(...population.rows.map((r) => r.year));
const table = population.source.table.split(' ')[0];

/**
 * The bundled data. TODO: the widget's own dataset from @q4/data. Until then: the population of the report's five
 * municipalities on 1 January of the latest year (CBS), real figures with their credit.
 */
export const default__Pascal__: __Pascal__Data = {
  rows: reportRegion.map((m) => ({ label: m.name, value: population.rows.find((r) => r.code === m.code && r.year === latest)?.population ?? null })),
  credit: { nl: `Bron: CBS (${table}), 1 januari ${latest}`, en: `Source: CBS (${table}), 1 January ${latest}` },
};

const expect = {
  label: { nl: 'een naam (tekst van 1 tot 80 tekens)', en: 'a name (text of 1 to 80 characters)' },
  value: { nl: 'een getal of null', en: 'a number or null' },
  row: { nl: 'een object', en: 'an object' },
} satisfies Record<string, Localized>;

/** Validates your own data; throws a ValidationError naming each bad row and field. */
export function parse__Pascal__(input: unknown): __Pascal__Data {
  const issues = new IssueList();
  const { rows, credit } = readRows(input, 'rows', issues);
  issues.throwIfAny();
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return issues.add({ row: index, expected: expect.row, received: row });
    const { label, value } = row as Record<string, unknown>;
    if (!isText(label, 80)) issues.add({ row: index, field: 'label', expected: expect.label, received: label });
    if (!(value === null || (typeof value === 'number' && Number.isFinite(value))))
      issues.add({ row: index, field: 'value', expected: expect.value, received: value });
  });
  issues.throwIfAny();
  return { rows: rows as __Pascal__Row[], credit };
}
