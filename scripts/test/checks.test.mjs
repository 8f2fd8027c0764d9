// The validators of the data build: each accepts good rows and rejects a bad case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DataError, expectCodes, expectCount, expectNumbers, expectSum, expectUnique, expectValue } from '../data/checks.mjs';
import { parseCsv, num } from '../data/csv.mjs';
import { parsePercent } from '../data/datasets.mjs';

const rejects = (fn, pattern) => assert.throws(fn, (e) => e instanceof DataError && pattern.test(e.message));

test('expectCount: the documented number of rows', () => {
  expectCount('d', [1, 2], 2);
  rejects(() => expectCount('d', [1, 2, 3], 2), /3 rows, documented 2/);
});

test('expectCodes: only known region codes', () => {
  expectCodes('d', [{ c: 'GM0355' }], 'c', new Set(['GM0355']));
  rejects(() => expectCodes('d', [{ c: 'GM0355' }, { c: 'GM9999' }], 'c', new Set(['GM0355'])), /row 1: unknown region code "GM9999"/);
});

test('expectNumbers: no NaN, no negative counts, missing only with a reason', () => {
  expectNumbers('d', [{ v: 0 }, { v: 3.5 }], ['v']);
  expectNumbers('d', [{ v: null, why: 'secret' }], ['v'], { reasonField: 'why' });
  expectNumbers('d', [{ v: -1.2 }], ['v'], { min: -Infinity });
  rejects(() => expectNumbers('d', [{ v: NaN }], ['v']), /not a number/);
  rejects(() => expectNumbers('d', [{ v: -5 }], ['v']), /below 0/);
  rejects(() => expectNumbers('d', [{ v: null }], ['v']), /missing without a reason/);
  rejects(() => expectNumbers('d', [{ v: null, why: '' }], ['v'], { reasonField: 'why' }), /missing without a reason/);
  rejects(() => expectNumbers('d', [{ v: 0, why: 'secret' }], ['v'], { reasonField: 'why' }), /a value and a missing-reason/);
});

test('expectUnique, expectSum, expectValue', () => {
  expectUnique('d', [{ k: 1 }, { k: 2 }], (r) => r.k);
  rejects(() => expectUnique('d', [{ k: 1 }, { k: 1 }], (r) => r.k), /duplicate 1/);
  expectSum('d', 'total', 71404, 71404, 0);
  rejects(() => expectSum('d', 'total', 71403, 71404, 0), /total is 71403, documented 71404/);
  rejects(() => expectValue('d', 'Zeist', 61640, 61641), /Zeist is 61640, documented 61641/);
});

test('CSV: quoted commas and doubled quotes; numbers are strict', () => {
  const rows = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n1,\n');
  assert.deepEqual(rows, [
    { a: 'x, y', b: 'say "hi"' },
    { a: '1', b: '' },
  ]);
  assert.throws(() => parseCsv('a,b\n1,2,3\n'), /line 2 has 3 fields/);
  assert.equal(num('7140.4'), 7140.4);
  assert.ok(Number.isNaN(num('7.140,4')));
  assert.ok(Number.isNaN(num('')));
});

test('percentages as the report prints them', () => {
  assert.deepEqual(parsePercent('5,1%', 't'), { value: 5.1, decimals: 1 });
  assert.deepEqual(parsePercent('45%', 't'), { value: 45, decimals: 0 });
  assert.deepEqual(parsePercent('--', 't'), { value: null, decimals: 0 });
  assert.throws(() => parsePercent('5.1 %', 't'), DataError);
});
