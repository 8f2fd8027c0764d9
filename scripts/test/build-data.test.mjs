// The data build: what it derives from data/ is what the sources give, a corrupted source fails the build, and
// every source in data/ has its provenance.
import { test } from 'node:test';
import { carryToToday } from './commuting-today.mjs';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';

const repo = resolve(import.meta.dirname, '..', '..');
const sources = join(repo, 'data');
const extracts = join(repo, 'dist', 'datasets');
const skip = !existsSync(extracts) && 'run npm run data first';
const read = (f) => readFileSync(join(extracts, f), 'utf8');

test('scorecard: the seed table exactly as printed', { skip }, () => {
  const scorecard = JSON.parse(read('scorecard.json'));
  assert.equal(scorecard.values.length, 48);
  const cell = (area, indicator) => scorecard.values.find((v) => v.area === area && v.indicator === indicator);
  assert.deepEqual(cell('GM0355', 'eenzaamheid'), { indicator: 'eenzaamheid', area: 'GM0355', value: 45, decimals: 0, printed: '45%' });
  assert.deepEqual(cell('GM0312', 'geurhinder'), { indicator: 'geurhinder', area: 'GM0312', value: null, decimals: 0, printed: '--' });
  for (const v of scorecard.values) {
    if (v.value !== null) assert.equal(Number(v.printed.replace('%', '').replace(',', '.')), v.value, v.printed);
  }
});

test('dist/datasets/ extracts: the documented row counts', { skip }, () => {
  const lines = (f) => read(f).trimEnd().split('\n').length - 1;
  // The 2,814 flows of the five's extract, on today's municipalities (partners that merged since are summed).
  const today = carryToToday();
  const pairs = new Set(csvParse(readFileSync(join(repo, 'data', 'pendel-2014.csv'), 'utf8')).map((r) => `${today(r.woon_code)}>${today(r.werk_code)}`));
  assert.equal(lines('commuting-2014.csv'), pairs.size);
  assert.equal(lines('population.csv'), 18 * 15 + 12); // CR17 (COROP) only to 2023: 03759ned has no COROP regions
  assert.equal(lines('lisa-2017.csv'), 16);
  assert.equal(lines('land-use.csv'), 96 + 8);
  assert.equal(lines('employee-jobs-sbi.csv'), 1596);
  assert.equal(lines('establishments-sbi.csv'), 2964);
  assert.equal(lines('rci.csv'), 1133);
  assert.match(read('land-use.csv'), /\n2015,NL01,Nederland,4154304,.*,sum-of-provinces\n/);
});

test('re-running the build gives the same bytes', { skip }, () => {
  const out = execFileSync('node', [join(repo, 'scripts/build-data.mjs'), '--check'], { encoding: 'utf8' });
  assert.match(out, /up to date/);
});

test('every file in data/ is documented in data/PROVENANCE.md, and every documented source is there', () => {
  const provenance = readFileSync(join(sources, 'PROVENANCE.md'), 'utf8');
  const headed = new Set([...provenance.matchAll(/^#{2,4} .*$/gm)].flatMap((m) => [...m[0].matchAll(/`([^`]+)`/g)].map((c) => c[1])));
  const files = readdirSync(sources, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !['README.md', 'PROVENANCE.md'].includes(e.name))
    .map((e) => relative(sources, join(e.parentPath, e.name)));
  assert.ok(files.length >= 13, `data/ holds the sources (${files.length} files)`);
  for (const file of files) assert.ok(headed.has(`data/${file}`), `data/${file} has a heading of its own in data/PROVENANCE.md`);
  for (const name of headed) {
    if (name.startsWith('data/') && !name.endsWith('/'))
      assert.ok(existsSync(join(repo, name)), `${name} is named in a heading of data/PROVENANCE.md, so it must be in data/`);
  }
});

test('no script, config or package source reads a folder outside the repository', () => {
  // The workplace's incoming folder, by path or by the variable that used to name it (spelt in pieces, so that
  // this file does not match itself).
  const outside = new RegExp([String.raw`\.\./` + 'shared\\b', 'Q4_' + 'SHARED', String.raw`'\.\.', '` + "shared'"].join('|'));
  const skipDirs = new Set(['node_modules', 'dist', 'generated', 'national', 'fixtures']);
  const offenders = [];
  const visit = (path) => {
    for (const e of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, e.name);
      if (e.isDirectory()) {
        if (!skipDirs.has(e.name)) visit(full);
      } else if (/\.(m?js|ts|json)$|^run$/.test(e.name) && outside.test(readFileSync(full, 'utf8'))) offenders.push(relative(repo, full));
    }
  };
  for (const dir of ['scripts', 'packages', '.storybook', '.ci', 'stories']) visit(join(repo, dir));
  for (const file of ['rollup.config.mjs', 'web-test-runner.config.mjs', 'package.json']) {
    if (outside.test(readFileSync(join(repo, file), 'utf8'))) offenders.push(file);
  }
  assert.deepEqual(offenders, []);
});

/** Runs the data build on a copy of data/ with one file edited: the build must fail before writing anything. */
function corrupt(file, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'q4-data-'));
  cpSync(sources, dir, { recursive: true });
  const text = readFileSync(join(dir, file), 'utf8');
  const edited = edit(text);
  assert.notEqual(edited, text, `the edit of ${file} applies`);
  writeFileSync(join(dir, file), edited);
  const run = spawnSync('node', [join(repo, 'scripts/build-data.mjs'), '--check', '--sources', dir], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return run;
}

test('a negative commuting count fails the build', () => {
  const run = corrupt('pendel-2014.csv', (t) => t.replace(/\n(2014,GM1680,Aa en Hunze,GM0310,De Bilt,)0(\r?)\n/, '\n$1-0.1$2\n'));
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /commuting: row \d+: thousands is -0.1, below 0/);
});

test('a national total that does not add up fails the build', () => {
  const run = corrupt('pendel-2014-nl.csv', (t) => t.replace(/\n(2014,GM1680,Aa en Hunze,GM1680,Aa en Hunze,)2\.4(\r?)\n/, '\n$12.5$2\n'));
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /sum of all cells .* is 71405, documented 71404/);
});

test('an unknown region code and a lost CBS symbol fail the build', () => {
  const unknown = corrupt('lisa-2017.csv', (t) => t.replace('GM0355,Zeist', 'GM9355,Zeist'));
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /lisa: row \d+: unknown region code "GM9355"/);
  const symbol = corrupt('banen-sbi-2008-2010.csv', (t) => t.replace(/,x(\r?)\n/, ',$1\n'));
  assert.notEqual(symbol.status, 0);
  assert.match(symbol.stderr, /has no value and no symbol/);
});
