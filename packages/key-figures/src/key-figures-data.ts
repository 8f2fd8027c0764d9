import { IssueList, isRecord, type Localized } from '@q4/core';

/** One row of the chart. */
export interface KeyFiguresRow {
  label: string;
  /** The value, or null where there is no figure (shown as missing, never as 0). */
  value: number | null;
}

/** TODO: the bundled dataset from @q4/data. Until then the widget shows its empty state. */
export const defaultKeyFigures: KeyFiguresRow[] = [];

const expect = {
  rows: { nl: 'een lijst van rijen', en: 'a list of rows' },
  row: { nl: 'een object', en: 'an object' },
  label: { nl: 'een naam (tekst van 1 tot 80 tekens)', en: 'a name (text of 1 to 80 characters)' },
  value: { nl: 'een getal of null', en: 'a number or null' },
} satisfies Record<string, Localized>;

/** Validates your own data; throws a ValidationError naming each bad row and field. */
export function parseKeyFigures(input: unknown): KeyFiguresRow[] {
  const issues = new IssueList();
  if (!Array.isArray(input)) {
    issues.add({ expected: expect.rows, received: input });
    issues.throwIfAny();
  }
  const rows = input as unknown[];
  rows.forEach((row, index) => {
    if (!isRecord(row)) return issues.add({ row: index, expected: expect.row, received: row });
    if (typeof row.label !== 'string' || !row.label.trim() || row.label.length > 80) {
      issues.add({ row: index, field: 'label', expected: expect.label, received: row.label });
    }
    if (!(row.value === null || (typeof row.value === 'number' && Number.isFinite(row.value)))) {
      issues.add({ row: index, field: 'value', expected: expect.value, received: row.value });
    }
  });
  issues.throwIfAny();
  return rows as KeyFiguresRow[];
}
