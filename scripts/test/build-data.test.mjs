// The data build: the committed data/ is what the sources give, and a corrupted source fails the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
const shared = resolve(process.env.Q4_SHARED ?? join(repo, '..', 'shared'));
const haveSources = existsSync(join(shared, 'data', 'PROVENANCE.md'));
const read = (f) => readFileSync(join(repo, 'data', f), 'utf8');

test('scorecard: the seed table exactly as printed', () => {
  const scorecard = JSON.parse(read('scorecard.json'));
  assert.equal(scorecard.values.length, 48);
  const cell = (area, indicator) => scorecard.values.find((v) => v.area === area && v.indicator === indicator);
  assert.deepEqual(cell('GM0355', 'eenzaamheid'), { indicator: 'eenzaamheid', area: 'GM0355', value: 45, decimals: 0, printed: '45%' });
  assert.deepEqual(cell('GM0312', 'geurhinder'), { indicator: 'geurhinder', area: 'GM0312', value: null, decimals: 0, printed: '--' });
  for (const v of scorecard.values) {
    if (v.value !== null) assert.equal(Number(v.printed.replace('%', '').replace(',', '.')), v.value, v.printed);
  }
});

test('data/ files: the documented row counts', () => {
  const lines = (f) => read(f).trimEnd().split('\n').length - 1;
  assert.equal(lines('commuting-2014.csv'), 2814);
  assert.equal(lines('population.csv'), 19 * 12);
  assert.equal(lines('lisa-2017.csv'), 16);
  assert.equal(lines('land-use.csv'), 96 + 8);
  assert.equal(lines('employee-jobs-sbi.csv'), 1596);
  assert.equal(lines('establishments-sbi.csv'), 2964);
  assert.equal(lines('rci.csv'), 1133);
  assert.match(read('land-use.csv'), /\n2015,NL01,Nederland,4154304,.*,sum-of-provinces\n/);
});

test('re-running the build gives the same bytes', { skip: !haveSources && 'no shared/ sources here' }, () => {
  const out = execFileSync('node', [join(repo, 'scripts/build-data.mjs'), '--check'], { encoding: 'utf8', env: { ...process.env, Q4_SHARED: shared } });
  assert.match(out, /up to date/);
});

function corrupt(file, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'q4-shared-'));
  cpSync(shared, dir, { recursive: true });
  chmodSync(join(dir, 'data', file), 0o644);
  writeFileSync(join(dir, 'data', file), edit(readFileSync(join(dir, 'data', file), 'utf8')));
  const run = spawnSync('node', [join(repo, 'scripts/build-data.mjs'), '--check'], { encoding: 'utf8', env: { ...process.env, Q4_SHARED: dir } });
  rmSync(dir, { recursive: true, force: true });
  return run;
}

test('a negative commuting count fails the build', { skip: !haveSources && 'no shared/ sources here' }, () => {
  const run = corrupt('pendel-2014.csv', (t) => t.replace(/\n(2014,GM1680,Aa en Hunze,GM0310,De Bilt,)0(\r?)\n/, '\n$1-0.1$2\n'));
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /commuting: row \d+: thousands is -0.1, below 0/);
});

test('a national total that does not add up fails the build', { skip: !haveSources && 'no shared/ sources here' }, () => {
  const run = corrupt('pendel-2014-nl.csv', (t) => t.replace(/\n(2014,GM1680,Aa en Hunze,GM1680,Aa en Hunze,)2\.4(\r?)\n/, '\n$12.5$2\n'));
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /sum of all cells .* is 71405, documented 71404/);
});

test('an unknown region code and a lost CBS symbol fail the build', { skip: !haveSources && 'no shared/ sources here' }, () => {
  const unknown = corrupt('lisa-2017.csv', (t) => t.replace('GM0355,Zeist', 'GM9355,Zeist'));
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /lisa: row \d+: unknown region code "GM9355"/);
  const symbol = corrupt('banen-sbi-2008-2010.csv', (t) => t.replace(/,x(\r?)\n/, ',$1\n'));
  assert.notEqual(symbol.status, 0);
  assert.match(symbol.stderr, /has no value and no symbol/);
});
