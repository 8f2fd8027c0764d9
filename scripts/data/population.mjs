// 2b. Population on 1 January, 2012-2026 (CBS 37259ENG to 2018, 03759ned from 2019; equal where both hold)
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { num } from './csv.mjs';
import { expectCodes, expectCount, expectNumbers, expectUnique, expectValue } from './checks.mjs';
import { FOCUS, FOCUS_NAMES } from './regions.mjs';
import { CBS_LICENCE } from './sources.mjs';

export function buildPopulation(sources) {
  const codes = new Set(FOCUS.map(([c]) => c));
  const read = (file, from, to) =>
    sources
      .csv(file)
      .filter((r) => codes.has(r.region_code) && num(r.year) >= from && num(r.year) <= to)
      .map((r) => ({ code: r.region_code, name: FOCUS_NAMES.get(r.region_code), year: num(r.year), population: num(r.population_1jan) }));
  const older = read('bevolking-2012-2023.csv', 2012, 2023);
  const newer = read('bevolking-2019-2026.csv', 2019, 2026);
  // The two CBS tables must agree on every year both hold (2019-2023); the older gives 2012-2018.
  for (const r of newer.filter((x) => x.year <= 2023)) {
    expectValue('population', `${r.code} ${r.year} in both CBS files`, older.find((o) => o.code === r.code && o.year === r.year)?.population, r.population);
  }
  // The COROP region CR17 is not in 03759ned's regions: it keeps 2012-2023 from the older table.
  const inNewer = new Set(newer.map((r) => r.code));
  const rows = [...older.filter((r) => r.year < 2019 || !inNewer.has(r.code)), ...newer];
  expectCount('population', rows, (codes.size - 1) * 15 + 12);
  expectCodes('population', rows, 'code', codes);
  expectNumbers('population', rows, ['year', 'population']);
  expectUnique('population', rows, (r) => `${r.code}/${r.year}`);
  const at = (code, year) => rows.find((r) => r.code === code && r.year === year)?.population;
  for (const [code, value] of [['GM0355', 61641], ['GM0310', 42169], ['GM1581', 48183], ['GM0312', 14662], ['GM0352', 23222]]) {
    expectValue('population', `${code} on 1 January 2015`, at(code, 2015), value);
  }
  const order = [...codes];
  rows.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code) || a.year - b.year);
  return {
    id: 'population',
    source: {
      publisher: 'CBS',
      title: 'Population dynamics; birth, death and migration per region',
      table: '37259ENG (2012-2018; identified from the column names) and 03759ned (2019-2026, read from CBS\'s API)',
      period: '1 January 2012-2026',
      licence: CBS_LICENCE,
      credit: { nl: 'Bron: CBS (37259ENG, 03759ned), 1 januari 2012-2026', en: 'Source: CBS (37259ENG, 03759ned), 1 January 2012-2026' },
      file: 'data/bevolking-2012-2023.csv, data/bevolking-2019-2026.csv',
      notes: 'Population on 1 January, municipalities as they existed in each year.',
    },
    rows,
  };
}
