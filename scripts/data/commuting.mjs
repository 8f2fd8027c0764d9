// 3. Commuting, December 2014 (CBS 81251NED)
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { num } from './csv.mjs';
import { DataError, expectCodes, expectCount, expectNumbers, expectSum, expectUnique, expectValue } from './checks.mjs';
import { REGION_CODES } from './regions.mjs';
import { CBS_LICENCE } from './sources.mjs';

const tenths = (x) => Math.round(x * 10);

export function buildCommuting(sources) {
  const geo2014 = sources.json('gemeenten-2014.topojson');
  const known = new Set([...geo2014.objects.gemeente_2014.geometries.map((g) => g.id), 'BUITENLAND', 'ONBEKEND']);
  const read = (file) =>
    sources.csv(file).map((r) => ({ year: num(r.jaar), from: r.woon_code, fromName: r.woon_gemeente, to: r.werk_code, toName: r.werk_gemeente, thousands: num(r.banen_x1000) }));
  const national = read('pendel-2014-nl.csv');
  expectCount('commuting (national)', national, 83445);
  expectCodes('commuting (national)', national, 'from', known);
  expectCodes('commuting (national)', national, 'to', known);
  expectNumbers('commuting (national)', national, ['thousands']);
  expectUnique('commuting (national)', national, (r) => `${r.from}>${r.to}`);
  expectSum('commuting (national)', 'sum of all cells (thousand jobs, in tenths)', national.reduce((s, r) => s + tenths(r.thousands), 0), 71404, 0);

  const rows = read('pendel-2014.csv');
  expectCount('commuting', rows, 2814);
  expectCodes('commuting', rows, 'from', known);
  expectCodes('commuting', rows, 'to', known);
  expectNumbers('commuting', rows, ['thousands']);
  const five = new Set(REGION_CODES);
  if (rows.some((r) => !five.has(r.from) && !five.has(r.to))) throw new DataError('commuting: a row involves none of the five');
  const nationalCells = new Map(national.map((r) => [`${r.from}>${r.to}`, r.thousands]));
  const subset = national.filter((r) => five.has(r.from) || five.has(r.to));
  expectCount('commuting (national rows of the five)', subset, rows.length);
  for (const r of rows) expectValue('commuting', `${r.from}>${r.to} against the national file`, nationalCells.get(`${r.from}>${r.to}`), r.thousands);

  const names = new Map();
  for (const r of rows) names.set(r.from, r.fromName).set(r.to, r.toName);
  const areas = [...names].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
  const index = new Map(areas.map((a, i) => [a.code, i]));

  // Totals per municipality from the national matrix, so that a map can colour every municipality by its true
  // net balance (jobs located there minus working residents), not only its balance with the five.
  const totals = new Map(areas.map((a) => [a.code, { residents: 0, jobs: 0, internal: 0 }]));
  for (const r of national) {
    const t = tenths(r.thousands);
    if (totals.has(r.from)) totals.get(r.from).residents += t;
    if (totals.has(r.to)) totals.get(r.to).jobs += t;
    if (r.from === r.to && totals.has(r.from)) totals.get(r.from).internal += t;
  }
  for (const code of REGION_CODES) {
    const out = rows.filter((r) => r.from === code).reduce((s, r) => s + tenths(r.thousands), 0);
    const into = rows.filter((r) => r.to === code).reduce((s, r) => s + tenths(r.thousands), 0);
    expectValue('commuting', `working residents of ${code}, extract against national`, out, totals.get(code).residents);
    expectValue('commuting', `jobs in ${code}, extract against national`, into, totals.get(code).jobs);
  }
  rows.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return {
    id: 'commuting-2014',
    source: {
      publisher: 'CBS',
      title: 'Banen werknemers en afstand woon-werk; woon- en werkregio\'s',
      table: '81251NED',
      period: 'December 2014',
      licence: CBS_LICENCE,
      credit: { nl: 'Bron: CBS (81251NED), december 2014', en: 'Source: CBS (81251NED), December 2014' },
      file: 'data/pendel-2014.csv',
      notes: 'Employee jobs by municipality of residence and of work, rounded to 100 jobs (0 means fewer than 50); self-employed not included. Totals per municipality are sums of rounded cells of the national matrix.',
    },
    nationalTotal: 7140400,
    areas,
    // Flat triples: residence index, work index, jobs in hundreds (the published thousands x 10).
    flows: rows.flatMap((r) => [index.get(r.from), index.get(r.to), tenths(r.thousands)]),
    // Flat quads per area: index, working residents, jobs located, living and working there (hundreds; sums of rounded cells).
    totals: areas.flatMap((a, i) => {
      const t = totals.get(a.code);
      return [i, t.residents, t.jobs, t.internal];
    }),
    csv: rows,
  };
}
