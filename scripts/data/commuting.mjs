// 3. Commuting, December 2014 (CBS 81251NED)
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { num } from './csv.mjs';
import { DataError, expectCodes, expectCount, expectNumbers, expectSum, expectUnique, expectValue } from './checks.mjs';
import { REGION_CODES } from './regions.mjs';
import { CBS_LICENCE } from './sources.mjs';
import { carryToToday } from './today.mjs';

const tenths = (x) => Math.round(x * 10);

export function buildCommuting(sources, areas) {
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

  // On today's municipalities (the 2025 map), as the national data (scripts/data/today.mjs): the five are unchanged
  // since 2014; a partner that went whole into a municipality of today counts as it (Leerdam, Zederik and Vianen as
  // Vijfheerenlanden), and a divided one keeps its code of 2014.
  const { carry, changed, alive } = carryToToday(areas, 2014);
  for (const code of REGION_CODES) if (carry(code) !== code) throw new DataError(`commuting: ${code}, one of the five, changed since 2014`);
  const node = (code) => carry(code) ?? code;
  const areaNames = new Map(areas.municipalities.map(([code, name]) => [code, name]));
  const carried = (list) => {
    const summed = new Map();
    for (const r of list) {
      const key = `${node(r.from)}>${node(r.to)}`;
      const had = summed.get(key);
      summed.set(key, { from: node(r.from), to: node(r.to), tenths: (had?.tenths ?? 0) + tenths(r.thousands) });
    }
    return [...summed.values()];
  };
  const today = carried(rows).map((r) => ({ year: 2014, from: r.from, fromName: areaNames.get(r.from), to: r.to, toName: areaNames.get(r.to), thousands: r.tenths / 10 }));
  const nationalToday = carried(national);
  const areas2 = [...new Set(today.flatMap((r) => [r.from, r.to]))].sort().map((code) => ({ code, name: areaNames.get(code) ?? code }));
  const index = new Map(areas2.map((a, i) => [a.code, i]));

  // Totals per municipality from the national matrix, so that a map can colour every municipality by its true
  // net balance (jobs located there minus working residents), not only its balance with the five.
  const totals = new Map(areas2.map((a) => [a.code, { residents: 0, jobs: 0, internal: 0 }]));
  for (const r of nationalToday) {
    if (totals.has(r.from)) totals.get(r.from).residents += r.tenths;
    if (totals.has(r.to)) totals.get(r.to).jobs += r.tenths;
    if (r.from === r.to && totals.has(r.from)) totals.get(r.from).internal += r.tenths;
  }
  for (const code of REGION_CODES) {
    const out = rows.filter((r) => r.from === code).reduce((s, r) => s + tenths(r.thousands), 0);
    const into = rows.filter((r) => r.to === code).reduce((s, r) => s + tenths(r.thousands), 0);
    expectValue('commuting', `working residents of ${code}, extract against national`, out, totals.get(code).residents);
    expectValue('commuting', `jobs in ${code}, extract against national`, into, totals.get(code).jobs);
  }
  today.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
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
      notes:
        "Employee jobs by municipality of residence and of work, rounded to 100 jobs (0 means fewer than 50); self-employed not included. Carried to today's municipalities through whole mergers. Totals per municipality are sums of rounded cells of the national matrix.",
    },
    nationalTotal: 7140400,
    areas: areas2,
    divided: areas2.map((a) => a.code).filter((c) => !alive.has(c)),
    // How many codes of 2014 each code of today with more than one is made of (a sum of that many rounded cells).
    parts: Object.fromEntries(
      areas2
        .map((a) => [a.code, [...new Set(national.flatMap((r) => [r.from, r.to]))].filter((old) => node(old) === a.code).length])
        .filter(([, n]) => n > 1),
    ),
    changed: areas2.map((a) => a.code).filter((c) => changed.has(c)),
    // Flat triples: residence index, work index, jobs in hundreds (the published thousands x 10).
    flows: today.flatMap((r) => [index.get(r.from), index.get(r.to), Math.round(r.thousands * 10)]),
    // Flat quads per area: index, working residents, jobs located, living and working there (hundreds; sums of rounded cells).
    totals: areas2.flatMap((a, i) => {
      const t = totals.get(a.code);
      return [i, t.residents, t.jobs, t.internal];
    }),
    csv: today,
  };
}
