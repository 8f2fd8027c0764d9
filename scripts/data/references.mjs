// 2c. What a place is compared with: the population on 1 January 2012-2026 of the Netherlands and of each province
// (CBS 37259ENG to 2018, 03759ned from 2019, the same files as every municipality's), the province of every
// municipality code (CBS's own grouping of its codes, `DimensionGroupId` "GMPV27" in the RegioS code list of
// 03759ned), and each province's border changes in those years in CBS's words (the `Description` of its code), so
// that a border change is never said as growth.
import { num } from './csv.mjs';
import { DataError, expectCount, expectValue } from './checks.mjs';
import { BORDER_THRESHOLD } from './history.mjs';
import { PROVINCES } from './regions.mjs';

const YEARS = Array.from({ length: 15 }, (_, i) => 2012 + i);
const HEADER = /^Grenswijziging per (\d\d)-(\d\d)-(\d{4}):$/;
const ENTRY = /^- (Ontvangen van|Over naar) (.+) \(((?:PV|NL)\d+)\), ([\d,]+) hectare met (\d+) woning(?:en)? en (\d+) inwoners?$/;

export function buildReferences(sources) {
  const codes = new Set(['NL01', ...PROVINCES.map(([c]) => c)]);
  const values = Object.fromEntries([...codes].map((c) => [c, YEARS.map(() => null)]));
  for (const [file, from, to] of [
    ['bevolking-2012-2023.csv', 2012, 2023],
    ['bevolking-2019-2026.csv', 2019, 2026],
  ]) {
    for (const r of sources.csv(file)) {
      const year = num(r.year);
      if (!codes.has(r.region_code) || year < from || year > to) continue;
      const v = num(r.population_1jan);
      const i = YEARS.indexOf(year);
      if (values[r.region_code][i] !== null && values[r.region_code][i] !== v) {
        throw new DataError(`references: ${r.region_code} ${year} is ${values[r.region_code][i]} in one file and ${v} in ${file}`);
      }
      values[r.region_code][i] = v;
    }
  }
  for (const [code, series] of Object.entries(values)) {
    if (series.some((v) => !Number.isInteger(v) || v <= 0)) throw new DataError(`references: ${code} lacks a year of 2012-2026`);
  }
  // The provinces add up to the Netherlands in every year.
  for (const [i, year] of YEARS.entries()) {
    expectValue('references', `the provinces' sum on 1 January ${year}`, PROVINCES.reduce((s, [c]) => s + values[c][i], 0), values.NL01[i]);
  }

  const regions = sources.json('cbs-odata4/03759ned/codes-RegioS.json').value;
  const provinceOf = {};
  for (const r of regions) {
    if (!r.Identifier.startsWith('GM')) continue;
    const group = /^GM(PV\d\d)$/.exec(r.DimensionGroupId ?? '');
    if (group) provinceOf[r.Identifier] = group[1];
  }
  expectCount('references: municipality codes with a province', Object.keys(provinceOf), regions.filter((r) => r.Identifier.startsWith('GM')).length - 1);

  // Border changes of each province in 2013-2026 (a change on 1 January 2012 is before the first figure), with the
  // inhabitants it gained and lost; those below the house's threshold for a border correction are left out, as
  // everywhere (scripts/data/history.mjs).
  const borders = {};
  for (const [code] of PROVINCES) {
    const lines = regions.find((r) => r.Identifier === code).Description.split(/\r?\n/).map((l) => l.trim());
    let year = null;
    const changes = new Map();
    for (const line of lines) {
      const h = HEADER.exec(line);
      if (h) {
        year = Number(h[3]);
        continue;
      }
      const e = ENTRY.exec(line);
      if (!e || year === null) continue;
      if (year <= 2012 || year > 2026) continue;
      const c = changes.get(year) ?? { year, gained: 0, lost: 0, with: [] };
      if (e[1] === 'Ontvangen van') c.gained += Number(e[6]);
      else c.lost += Number(e[6]);
      c.with.push(e[3]);
      changes.set(year, c);
    }
    borders[code] = [...changes.values()].filter((c) => c.gained + c.lost >= BORDER_THRESHOLD).map(({ year: y, gained, lost, with: w }) => [y, gained, lost, [...new Set(w)]]);
  }
  // CBS's record: Vijfheerenlanden (35,268 inhabitants) went from Zuid-Holland to Utrecht on 1 January 2019.
  expectValue('references', 'the border change of Utrecht in 2019', JSON.stringify(borders.PV26), JSON.stringify([[2019, 35268, 0, ['PV28']]]));

  return {
    years: YEARS,
    nl: values.NL01,
    provinces: Object.fromEntries(PROVINCES.map(([c, name]) => [c, { name, values: values[c], borders: borders[c] }])),
    provinceOf,
    credit: { nl: 'Bron: CBS (37259ENG, 03759ned), 1 januari 2012-2026', en: 'Source: CBS (37259ENG, 03759ned), 1 January 2012-2026' },
  };
}
