// 2c. Jobs and establishments per municipality, LISA 2017
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { num } from './csv.mjs';
import { expectCodes, expectCount, expectNumbers, expectUnique, expectValue } from './checks.mjs';
import { FOCUS, FOCUS_NAMES } from './regions.mjs';

export function buildLisa(sources) {
  const all = sources.csv('lisa-2017.csv');
  expectCount('lisa', all, 388);
  // The codes were matched against the municipalities of 2017 in the CBS population table.
  const municipalities2017 = new Set(sources.csv('bevolking-2012-2023.csv').filter((r) => r.year === '2017' && r.region_code.startsWith('GM')).map((r) => r.region_code));
  expectCount('lisa (municipalities of 2017)', [...municipalities2017], 388);
  expectCodes('lisa', all, 'gemeente_code', municipalities2017);
  expectUnique('lisa', all, (r) => r.gemeente_code);
  const codes = new Set(FOCUS.filter(([c]) => c.startsWith('GM')).map(([c]) => c));
  const rows = all
    .filter((r) => codes.has(r.gemeente_code))
    .map((r) => ({ code: r.gemeente_code, name: FOCUS_NAMES.get(r.gemeente_code), year: num(r.jaar), jobs: num(r.banen), establishments: num(r.vestigingen) }));
  expectCount('lisa', rows, codes.size);
  expectNumbers('lisa', rows, ['year', 'jobs', 'establishments']);
  const documented = { GM0312: [9050, 1700], GM0310: [18710, 4620], GM1581: [22330, 5600], GM0352: [6800, 2250], GM0355: [35360, 6310] };
  for (const [code, [jobs, est]] of Object.entries(documented)) {
    const row = rows.find((r) => r.code === code);
    expectValue('lisa', `${code} jobs`, row?.jobs, jobs);
    expectValue('lisa', `${code} establishments`, row?.establishments, est);
  }
  const order = [...codes];
  rows.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
  return {
    id: 'lisa-2017',
    source: {
      publisher: 'Stichting LISA',
      title: 'Overzicht LISA data per gemeente',
      table: 'LISA per gemeente',
      period: '2017',
      licence: "Publication allowed with a clear credit (Bron: 'LISA', with the year), per table or chart.",
      credit: { nl: 'Bron: LISA 2017', en: 'Source: LISA 2017' },
      file: 'data/lisa-2017.csv',
      notes: 'Jobs = fulltimers, parttimers and agency workers (LISA definition); not comparable with CBS employee jobs.',
    },
    rows,
  };
}
