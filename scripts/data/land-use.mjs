// 5. Land use by province, 1996-2015 (CBS 70262NED), with the Netherlands as the sum of the provinces
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { num } from './csv.mjs';
import { expectCodes, expectCount, expectNumbers, expectSum, expectUnique, expectValue } from './checks.mjs';
import { PROVINCES } from './regions.mjs';
import { CBS_LICENCE } from './sources.mjs';

const LAND = [
  ['totale_oppervlakte_ha', 'total'],
  ['verkeersterrein_ha', 'traffic'],
  ['bebouwd_terrein_ha', 'builtUp'],
  ['semi_bebouwd_terrein_ha', 'semiBuiltUp'],
  ['recreatieterrein_ha', 'recreation'],
  ['agrarisch_terrein_ha', 'agriculture'],
  ['bos_en_open_natuurlijk_terrein_ha', 'forestNature'],
  ['binnenwater_ha', 'innerWater'],
  ['buitenwater_ha', 'outerWater'],
];

export function buildLandUse(sources) {
  const names = new Map(PROVINCES);
  const rows = sources.csv('bodemgebruik-provincies-1996-2015.csv').map((r) => ({
    year: num(r.jaar),
    code: r.regio_code,
    name: names.get(r.regio_code),
    ...Object.fromEntries(LAND.map(([col, key]) => [key, r[col] === '' ? null : num(r[col])])),
    // An empty cell is "no figure": inland provinces have no outer water. Only that column may be empty.
    missing: r.buitenwater_ha === '' ? 'no-figure' : null,
    derived: null,
  }));
  expectCount('land use', rows, 96);
  expectCodes('land use', rows, 'code', new Set(names.keys()));
  expectNumbers('land use', rows, LAND.slice(0, -1).map(([, k]) => k));
  expectNumbers('land use', rows, ['outerWater'], { reasonField: 'missing' });
  expectUnique('land use', rows, (r) => `${r.code}/${r.year}`);
  const utrecht2015 = rows.find((r) => r.code === 'PV26' && r.year === 2015);
  expectValue('land use', 'Utrecht 2015 total', utrecht2015.total, 144913);
  expectValue('land use', 'Utrecht 2015 inner water', utrecht2015.innerWater, 7088);
  const years = [...new Set(rows.map((r) => r.year))].sort();
  expectValue('land use', 'years', years.join(), '1996,2000,2003,2006,2008,2010,2012,2015');
  const sums = years.map((year) => {
    const of = rows.filter((r) => r.year === year);
    expectCount(`land use ${year}`, of, 12);
    const sum = Object.fromEntries(LAND.map(([, k]) => [k, of.reduce((s, r) => s + (r[k] ?? 0), 0)]));
    return { year, code: 'NL01', name: 'Nederland', ...sum, missing: null, derived: 'sum-of-provinces' };
  });
  expectSum('land use', 'sum of the provinces 2015', sums.find((s) => s.year === 2015).total, 4154304, 0);
  return {
    id: 'land-use',
    source: {
      publisher: 'CBS',
      title: 'Bodemgebruik; uitgebreide gebruiksvorm, per gemeente',
      table: '70262NED (provinces only)',
      period: '1996-2015',
      licence: CBS_LICENCE,
      // The widget adds the year it shows ("Bron: CBS (70262NED), 2015").
      credit: { nl: 'Bron: CBS (70262NED)', en: 'Source: CBS (70262NED)' },
      file: 'data/bodemgebruik-provincies-1996-2015.csv',
      notes: 'Hectares. Inland provinces have no figure for outer water (null, missing: "no-figure"). The Netherlands (NL01) is the sum of the 12 provinces, marked derived: "sum-of-provinces"; its outer water is the sum of the provinces that have a figure (CBS gives 4,154,303 ha in all for 2015; the sum is 4,154,304). Municipal figures are not in our sources.',
    },
    rows: [...rows, ...sums],
  };
}
