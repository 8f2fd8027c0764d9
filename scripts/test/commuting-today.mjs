// For the tests: the commuting matrix of December 2014 carried to today's municipalities, read from the files with
// the older reorganisation table (data/herindelingen-2014-2024.csv), not from CBS's record that the build reads, so
// the widgets' carrying is checked against an independent source. No tests here.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';

const data = resolve(import.meta.dirname, '..', '..', 'data');
const csv = (file) => csvParse(readFileSync(join(data, file), 'utf8'));

/** The code of today a code of 2014 went into through whole mergers and renames; a divided code keeps its own. */
export function carryToToday() {
  const rows = csv('herindelingen-2014-2024.csv').filter((r) => r.datum > '2014-01-01' && (r.soort === 'samenvoeging' || r.soort === 'naamswijziging'));
  const next = new Map(rows.map((r) => [r.oud_code, r.nieuw_code]));
  return (code) => {
    let c = code;
    while (next.has(c)) c = next.get(c);
    return c;
  };
}

/**
 * The national matrix on today's municipalities: cells summed by carried codes (jobs), with today's names, and
 * `parts`: how many codes of 2014 each end is made of (a flow is a sum of up to the product of its ends' parts).
 */
export function flowsToday() {
  const today = carryToToday();
  const matrix = csv('pendel-2014-nl.csv');
  const names = new Map(
    matrix.flatMap((r) => [
      [r.woon_code, r.woon_gemeente],
      [r.werk_code, r.werk_gemeente],
    ]),
  );
  for (const r of csv('bevolking-2019-2026.csv')) names.set(r.region_code, r.region_name);
  const cells = new Map();
  for (const r of matrix) {
    const [from, to] = [today(r.woon_code), today(r.werk_code)];
    const key = `${from}>${to}`;
    cells.set(key, {
      from,
      to,
      fromName: names.get(from),
      toName: names.get(to),
      jobs: (cells.get(key)?.jobs ?? 0) + Math.round(Number(r.banen_x1000) * 1000),
    });
  }
  const parts = new Map();
  for (const old of new Set(matrix.flatMap((r) => [r.woon_code, r.werk_code]))) parts.set(today(old), (parts.get(today(old)) ?? 0) + 1);
  return [...cells.values()].map((c) => ({ ...c, parts: parts.get(c.from) * parts.get(c.to) }));
}
