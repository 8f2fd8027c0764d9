// The CBS tables our data files are made from, each as a declared slice: the table's version it was checked
// against, the OData filter, and how its observations become one of our files in data/ (with the checks that must
// hold). `npm run data:cbs -- <table>` (scripts/cbs.mjs) reads the slice from the API and writes the file.
import { csvFormatRow } from 'd3-dsv';
import { CbsError } from './cbs-odata.mjs';

/** Region codes in the order of our files: the country, the provinces, the municipalities; each in CBS's order. */
const GROUPS = ['NL', 'PV', 'GM'];

/**
 * Each declared slice, by table id.
 * - `version`: the table's `Version` this slice was checked against. A new version is an error until a person has
 *   looked at what changed (`VersionReason`, the periods' status) and updated it here.
 * - `filter`: the OData `$filter` of the slice.
 * - `dimensions` and `measures`: what the table must have.
 * - `file`: the file in data/ that `write` makes from what `readTable` gave.
 */
export const tables = {
  '03759ned': {
    title: 'Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio',
    version: '202606230000',
    filter:
      "Geslacht eq 'T001038' and Leeftijd eq '10000' and BurgerlijkeStaat eq 'T001019' and (startswith(RegioS,'NL') or startswith(RegioS,'PV') or startswith(RegioS,'GM')) and Perioden ge '2019JJ00'",
    dimensions: ['BurgerlijkeStaat', 'Geslacht', 'Leeftijd', 'RegioS', 'Perioden'],
    measures: ['M000352'],
    file: 'bevolking-2019-2026.csv',
    /**
     * Population on 1 January (M000352) of the country, the provinces and every municipality, one row per code and
     * year: `region_code,region_name,year,population_1jan`, CRLF, names as CBS titles them. Cells CBS marks
     * `Impossible` (a code that did not exist that year) are left out. The municipalities and the provinces must
     * each sum to the country exactly, every year.
     */
    write({ table, observations, codes }) {
      const regions = new Map(codes.RegioS.map((c) => [c.Identifier, c]));
      const periods = new Map(codes.Perioden.map((c) => [c.Identifier, c]));
      const seen = new Set();
      const rows = [];
      for (const o of observations) {
        if (o.Measure !== 'M000352') continue;
        const key = `${o.RegioS} ${o.Perioden}`;
        if (seen.has(key)) throw new CbsError(`${table}: observation ${key} (M000352) comes twice`);
        seen.add(key);
        if (!regions.has(o.RegioS)) throw new CbsError(`${table}: observation ${key}: region ${o.RegioS} is not in RegioSCodes`);
        if (!periods.has(o.Perioden) || !/^\d{4}JJ00$/.test(o.Perioden)) throw new CbsError(`${table}: observation ${key}: period ${o.Perioden} is not a year of PeriodenCodes`);
        if (o.ValueAttribute === 'Impossible' && o.Value === null) continue;
        if (o.ValueAttribute !== 'None' || !Number.isInteger(o.Value) || o.Value < 0)
          throw new CbsError(`${table}: observation ${key}: ${o.ValueAttribute} ${JSON.stringify(o.Value)} is not a published count`);
        const group = GROUPS.indexOf(o.RegioS.slice(0, 2));
        if (group < 0) throw new CbsError(`${table}: observation ${key}: ${o.RegioS} is outside the slice (NL, PV, GM)`);
        rows.push({ code: o.RegioS, group, index: regions.get(o.RegioS).Index, year: Number(o.Perioden.slice(0, 4)), value: o.Value });
      }
      if (!rows.length) throw new CbsError(`${table}: no observation of M000352 in the slice`);
      // Every year's municipalities and provinces add up to the country, exactly.
      for (const year of new Set(rows.map((r) => r.year))) {
        const of = (group) => rows.filter((r) => r.year === year && r.group === group);
        const [nl] = of(0);
        if (!nl) throw new CbsError(`${table}: no figure for NL01 in ${year}`);
        for (const group of [1, 2]) {
          const sum = of(group).reduce((s, r) => s + r.value, 0);
          if (sum !== nl.value) throw new CbsError(`${table}: the ${GROUPS[group]} figures of ${year} sum to ${sum}, NL01 is ${nl.value}`);
        }
      }
      rows.sort((a, b) => a.group - b.group || a.index - b.index || a.year - b.year);
      const lines = [['region_code', 'region_name', 'year', 'population_1jan'], ...rows.map((r) => [r.code, regions.get(r.code).Title, r.year, r.value])];
      return lines.map((l) => csvFormatRow(l.map(String))).join('\r\n') + '\r\n';
    },
  },
};

/**
 * Checks what the API gave against the declaration: the table's version, its dimensions and measures. Each
 * difference is an error naming the table.
 */
export function checkTable(declared, read) {
  const { table, properties, dimensions, measures } = read;
  if (properties?.Identifier !== table) throw new CbsError(`${table}: Properties names table ${JSON.stringify(properties?.Identifier)}`);
  if (properties.Version !== declared.version)
    throw new CbsError(
      `${table}: the table's version is ${properties.Version} (${properties.VersionReason || 'no reason given'}), the slice was checked against ${declared.version}: ` +
        'look at what changed, then update the version in scripts/data/cbs-tables.mjs',
    );
  const have = new Set(dimensions.map((d) => d.Identifier));
  for (const d of declared.dimensions) if (!have.has(d)) throw new CbsError(`${table}: dimension ${d} is not in Dimensions`);
  const codes = new Set(measures.map((m) => m.Identifier));
  for (const m of declared.measures) if (!codes.has(m)) throw new CbsError(`${table}: measure ${m} is not in MeasureCodes`);
}
