import { IssueList, isRecord, readRows, type Localized } from '@q4/core/figure';
import { identityShift, type IdentityPair } from '@q4/data';

/** One pair of your own: text, or text in both languages. */
export interface IdentityPairInput {
  thick: string | Localized;
  thin: string | Localized;
}

/** A list of pairs, or `{ credit, pairs }`. */
export type IdentityInput = IdentityPairInput[] | { credit?: string; pairs: IdentityPairInput[] };

export interface IdentityData {
  pairs: IdentityPair[];
  credit: Localized | null;
}

/** The bundled data: the report's table, 11 pairs, Dutch as printed and our English translation. */
export const defaultIdentity: IdentityData = { pairs: identityShift.rows, credit: identityShift.source.credit };

const expect = {
  pair: { nl: 'een object met thick en thin', en: 'an object with thick and thin' },
  text: { nl: 'een tekst van 1 tot 120 tekens, of { nl, en }', en: 'a text of 1 to 120 characters, or { nl, en }' },
} satisfies Record<string, Localized>;

const text = (v: unknown): Localized | null => {
  const ok = (s: unknown): s is string => typeof s === 'string' && s.trim().length > 0 && s.length <= 120;
  if (ok(v)) return { nl: v.trim(), en: v.trim() };
  if (isRecord(v) && ok(v.nl) && ok(v.en)) return { nl: v.nl.trim(), en: v.en.trim() };
  return null;
};

/** Validates your own pairs. */
export function parseIdentity(input: unknown): IdentityData {
  const issues = new IssueList();
  const { rows, credit } = readRows(input, 'pairs', issues);
  const pairs: IdentityPair[] = [];
  rows.forEach((row, i) => {
    if (!isRecord(row)) return issues.add({ row: i, expected: expect.pair, received: row });
    const thick = text(row.thick);
    const thin = text(row.thin);
    if (!thick) issues.add({ row: i, field: 'thick', expected: expect.text, received: row.thick });
    if (!thin) issues.add({ row: i, field: 'thin', expected: expect.text, received: row.thin });
    if (thick && thin) pairs.push({ id: i + 1, thick, thin });
  });
  issues.throwIfAny();
  return { pairs, credit };
}
