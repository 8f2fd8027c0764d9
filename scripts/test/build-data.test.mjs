// The data script derives data/ from the seed: re-running gives the same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
const scorecard = JSON.parse(readFileSync(resolve(repo, 'data/scorecard.json'), 'utf8'));

test('scorecard: the seed table exactly as printed', () => {
  assert.equal(scorecard.values.length, 48);
  const cell = (area, indicator) => scorecard.values.find((v) => v.area === area && v.indicator === indicator);
  assert.deepEqual(cell('GM0355', 'eenzaamheid'), { indicator: 'eenzaamheid', area: 'GM0355', value: 45, decimals: 0, printed: '45%' });
  assert.deepEqual(cell('GM0312', 'geurhinder'), { indicator: 'geurhinder', area: 'GM0312', value: null, decimals: 0, printed: '--' });
  assert.equal(cell('PV26', 'woning').printed, '88,0%');
  assert.equal(scorecard.source.credit.nl, 'Bron: Staat van Utrecht, 2014');
  // Every printed cell reads back to its value.
  for (const v of scorecard.values) {
    if (v.value === null) continue;
    assert.equal(Number(v.printed.replace('%', '').replace(',', '.')), v.value, v.printed);
  }
});
