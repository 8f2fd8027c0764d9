// Property-based tests of every widget's data validation: whatever comes in, the result is valid data or a
// ValidationError that names rows and fields; never another exception, never a hang.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IssueList, ValidationError, describeValue, readRows } from '@q4/core';
import { parseScorecard } from '@q4/scorecard';
import { parseCommute } from '@q4/commute-flows';
import { parseLandUse } from '@q4/land-use';
import { parseIdentity } from '@q4/identity-shift';
import { parseRci } from '@q4/competitiveness';
import { parseKeyFigures } from '@q4/key-figures';
import { parseSectors } from '@q4/sector-bloem';

const parsers: [string, string, (input: unknown) => unknown][] = [
  ['scorecard', 'rows', parseScorecard],
  ['commute-flows', 'flows', parseCommute],
  ['land-use', 'rows', parseLandUse],
  ['identity-shift', 'pairs', parseIdentity],
  ['competitiveness', 'rows', parseRci],
  ['key-figures', 'figures', parseKeyFigures],
  ['sector-bloem', 'sectors', parseSectors],
];

/** Anything JSON can hold, plus rows that look almost right. */
const field = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -5, max: 2030 }),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'GM0355', 'PV26', 'woning'),
);
const row = fc.dictionary(
  fc.constantFrom('area', 'indicator', 'value', 'from', 'to', 'jobs', 'label', 'code', 'name', 'edition', 'score', 'year', 'total', 'thick', 'thin', 'measure'),
  field,
  { maxKeys: 8 },
);
const input = fc.oneof(
  fc.anything(),
  fc.array(row, { maxLength: 30 }),
  fc.record({ credit: fc.oneof(fc.string(), fc.integer()), rows: fc.array(row, { maxLength: 10 }) }),
);

describe('data validation (property-based, fast-check)', () => {
  for (const [name, key, parse] of parsers) {
    it(`${name}: any input gives data or a ValidationError naming rows and fields`, () => {
      fc.assert(
        fc.property(fc.oneof(input, fc.record({ [key]: fc.array(row, { maxLength: 20 }) })), (value) => {
          try {
            parse(value);
          } catch (error) {
            expect(error).to.be.instanceOf(ValidationError);
            const issues = (error as ValidationError).issues;
            expect(issues.length).to.be.within(1, 20);
            for (const issue of issues) {
              if (issue.row !== undefined) expect(Number.isInteger(issue.row) && issue.row >= 0).to.equal(true);
              expect(issue.expected.nl).to.be.a('string');
              expect(issue.expected.en).to.be.a('string');
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('readRows accepts exactly a list or an object with the list under its key', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const issues = new IssueList();
        const { rows } = readRows(value, 'rows', issues);
        const shaped = Array.isArray(value) || (typeof value === 'object' && value !== null && Array.isArray((value as { rows?: unknown }).rows));
        expect(Array.isArray(rows)).to.equal(true);
        if (!shaped) expect(issues.count).to.equal(1);
        if (Array.isArray(value)) expect(issues.count).to.equal(0);
      }),
      { numRuns: 500 },
    );
  });

  it('describeValue renders anything as a short plain string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ minLength: 30, maxLength: 400 })), (value) => {
        const text = describeValue(value);
        expect(text).to.be.a('string');
        expect(text.length).to.be.at.most(50);
      }),
      { numRuns: 500 },
    );
  });
});
