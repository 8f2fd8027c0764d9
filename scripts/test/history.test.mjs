// The reorganisation history read from CBS's own record (scripts/data/history.mjs over the RegioS codes of 03759ned),
// checked against what the other files say: every code CBS says ended is accounted for, the inhabitants that went
// into a new municipality are its first population, and our older table of 2014-2024 differs only where
// data/PROVENANCE.md says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BORDER_THRESHOLD, compareWithTable, readHistory, readRecords } from '../data/history.mjs';
import { parseCsv } from '../data/csv.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const data = (file) => readFileSync(join(repo, 'data', file), 'utf8');
const codes = JSON.parse(data('cbs-odata4/03759ned/codes-RegioS.json')).value;
const { changes, mismatches } = readHistory(codes);
/** Population on 1 January by code and year, from both population files (equal where they overlap). */
const population = new Map();
for (const file of ['bevolking-2012-2023.csv', 'bevolking-2019-2026.csv'])
  for (const r of parseCsv(data(file))) population.set(`${r.region_code} ${r.year}`, Number(r.population_1jan));

test('every record of every municipality code is read, and both sides of each transfer agree', () => {
  const records = readRecords(codes);
  assert.ok(records.length > 2500, `${records.length} records`);
  assert.deepEqual(mismatches, []);
});

test('every municipality CBS says ended in 2008-2026 went somewhere, whole or in parts that add up', () => {
  const ended = readRecords(codes).filter((r) => r.kind === 'Opgeheven' && r.date >= '2008' && r.date < '2027');
  for (const { code, date } of new Map(ended.map((r) => [r.code, r])).values()) {
    const out = changes.filter((c) => c.from === code && c.date === date);
    assert.ok(out.length, `${code} ended on ${date}: a change says where it went`);
    assert.ok(['samenvoeging', 'splitsing', 'naamswijziging'].includes(out[0].kind), `${code}: ${out[0].kind}`);
    if (out.length > 1) assert.ok(Math.abs(out.reduce((s, c) => s + c.share, 0) - 1) < 1e-9, `${code}: the parts' shares add up to 1`);
  }
  // Border corrections are only those of at least the threshold; none of an ended code.
  for (const c of changes.filter((x) => x.kind === 'grenscorrectie')) assert.ok(c.inhabitants >= BORDER_THRESHOLD, `${c.from} -> ${c.to}`);
});

test('the inhabitants CBS says went into a new municipality are its population on its first 1 January', () => {
  let checked = 0;
  for (const to of new Set(changes.map((c) => c.to))) {
    const into = changes.filter((c) => c.to === to && c.kind !== 'naamswijziging');
    const year = Number(into[0]?.date.slice(0, 4));
    // A code new on 1 January of a year both files cover the year before of (so that "new" is known).
    if (!into.length || into.some((c) => !c.date.endsWith('-01-01')) || year < 2013 || population.has(`${to} ${year - 1}`) || !population.has(`${to} ${year}`))
      continue;
    const moved = into.reduce((s, c) => s + c.inhabitants, 0);
    const first = population.get(`${to} ${year}`);
    // The record counts the day of the change; the population file 1 January: a few hundred apart at most.
    assert.ok(Math.abs(moved - first) / first < 0.005, `${to} ${year}: ${moved} moved in, ${first} on 1 January`);
    checked++;
  }
  assert.ok(checked >= 20, `${checked} new municipalities checked`);
});

test('our older table of 2014-2024 agrees with CBS’s record except where data/PROVENANCE.md says it does not', () => {
  const differences = compareWithTable(changes, parseCsv(data('herindelingen-2014-2024.csv')));
  const provenance = data('PROVENANCE.md');
  for (const d of differences) {
    // Only counts differ, and by less than 1%: the table took them from population files, CBS counts the day itself.
    const m = /^inhabitants: ours (\d+), CBS (\d+)$/.exec(d.what);
    assert.ok(m, `${d.key}: ${d.what}`);
    assert.ok(Math.abs(m[1] - m[2]) / m[2] < 0.01, `${d.key}: ${d.what}`);
    const [date, from, to] = d.key.split(' ');
    assert.ok(provenance.includes(`| ${date} | ${from} | ${to} | ${m[1]} | ${m[2]} |`), `data/PROVENANCE.md reports ${d.key}`);
  }
  assert.ok(differences.length > 0);
});
