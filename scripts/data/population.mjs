// 2b. Population on 1 January, 2012-2023 (CBS)
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { num } from './csv.mjs';
import { expectCodes, expectCount, expectNumbers, expectUnique, expectValue } from './checks.mjs';
import { FOCUS, FOCUS_NAMES } from './regions.mjs';
import { CBS_LICENCE } from './sources.mjs';

export function buildPopulation(sources) {
  const codes = new Set(FOCUS.map(([c]) => c));
  const rows = sources
    .csv('bevolking-2012-2023.csv')
    .filter((r) => codes.has(r.region_code))
    .map((r) => ({ code: r.region_code, name: FOCUS_NAMES.get(r.region_code), year: num(r.year), population: num(r.population_1jan) }));
  expectCount('population', rows, codes.size * 12);
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
      table: '37259ENG (identified from the column names; the copy names only "Statistics Netherlands (CBS)")',
      period: '1 January 2012-2023',
      licence: CBS_LICENCE,
      credit: { nl: 'Bron: CBS (37259ENG), 2012-2023', en: 'Source: CBS (37259ENG), 2012-2023' },
      file: 'data/bevolking-2012-2023.csv',
      notes: 'Population on 1 January, municipalities as they existed in each year.',
    },
    rows,
  };
}
