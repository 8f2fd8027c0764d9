// 6. Employee jobs by SBI section 2008-2010 (81402NED) and establishments 2007-2012 (81575NED)
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { num } from './csv.mjs';
import { DataError, expectCodes, expectCount, expectNumbers, expectUnique, expectValue } from './checks.mjs';
import { FOCUS, FOCUS_NAMES } from './regions.mjs';
import { CBS_LICENCE } from './sources.mjs';

const SYMBOLS = {
  x: { reason: 'secret', nl: 'geheim', en: 'confidential' },
  '.': { reason: 'not-available', nl: 'niet beschikbaar', en: 'not available' },
  '-': { reason: 'nil', nl: 'nihil', en: 'nil' },
};

function sectorTable(dataset, raw, { valueField, yearsExpected, regionsExpected, sectionsExpected, symbols, scale }) {
  const regions = new Set(FOCUS.map(([c]) => c));
  const rows = raw.map((r) => {
    const symbol = r.cbs_symbool || null;
    if (symbol && !symbols.includes(symbol)) throw new DataError(`${dataset}: unknown CBS symbol ${JSON.stringify(symbol)}`);
    const value = r[valueField] === '' ? null : num(r[valueField]);
    if (value !== null && symbol) throw new DataError(`${dataset}: ${r.regio_code}/${r.sbi_code}/${r.jaar} has a value and the symbol ${symbol}`);
    if (value === null && !symbol) throw new DataError(`${dataset}: ${r.regio_code}/${r.sbi_code}/${r.jaar} has no value and no symbol`);
    return { year: num(r.jaar), status: r.status, region: r.regio_code, sbi: r.sbi_code, label: r.sbi_omschrijving, value, missing: symbol ? SYMBOLS[symbol].reason : null };
  });
  expectCodes(dataset, rows, 'region', regions);
  expectNumbers(dataset, rows, ['value'], { reasonField: 'missing' });
  expectUnique(dataset, rows, (r) => `${r.year}/${r.region}/${r.sbi}`);
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const sections = [...new Map(rows.map((r) => [r.sbi, r.label]))].map(([code, label]) => ({ code, label }));
  const regionList = [...new Set(rows.map((r) => r.region))];
  expectValue(dataset, 'years', years.join(), yearsExpected.join());
  expectValue(dataset, 'regions', regionList.length, regionsExpected);
  expectValue(dataset, 'sections', sections.length, sectionsExpected);
  expectCount(dataset, rows, years.length * regionList.length * sections.length);
  // Columnar: values in the order year, region, section; scaled to integers.
  const order = FOCUS.map(([c]) => c).filter((c) => regionList.includes(c));
  const values = [];
  const missing = {};
  const status = {};
  for (const year of years) {
    for (const region of order) {
      for (const { code } of sections) {
        const row = rows.find((r) => r.year === year && r.region === region && r.sbi === code);
        status[year] = row.status;
        if (row.value === null) missing[values.length] = row.missing;
        values.push(row.value === null ? null : Math.round(row.value * scale));
      }
    }
  }
  return { rows, table: { years, status, regions: order.map((code) => ({ code, name: FOCUS_NAMES.get(code) })), sections, scale, values, missing } };
}

export function buildSectors(sources) {
  const jobs = sectorTable('employee jobs', sources.csv('banen-sbi-2008-2010.csv'), {
    valueField: 'banen_werknemers_x1000',
    yearsExpected: [2008, 2009, 2010],
    regionsExpected: 19,
    sectionsExpected: 28,
    symbols: ['x', '.'],
    scale: 100,
  });
  const nl2010 = jobs.rows.find((r) => r.region === 'NL01' && r.sbi === 'A-U' && r.year === 2010);
  if (!(nl2010?.value > 7000)) throw new DataError('employee jobs: no national total for 2010');
  const est = sectorTable('establishments', sources.csv('vestigingen-sbi-2007-2012.csv'), {
    valueField: 'vestigingen',
    yearsExpected: [2007, 2008, 2009, 2010, 2011, 2012],
    regionsExpected: 19,
    sectionsExpected: 26,
    symbols: ['-', '.'],
    scale: 1,
  });
  return {
    id: 'sectors',
    jobs: {
      source: {
        publisher: 'CBS',
        title: 'Banen van werknemers; bedrijfstak (SBI 2008), regio',
        table: '81402NED',
        period: 'December 2008-2010 (2008-2009 nader voorlopig, 2010 voorlopig)',
        licence: CBS_LICENCE,
        // The widget adds the month, year and status it shows ("…, december 2010, voorlopig").
        credit: { nl: 'Bron: CBS (81402NED)', en: 'Source: CBS (81402NED)' },
        file: 'data/banen-sbi-2008-2010.csv',
        notes: 'Employee jobs by place of work, in thousands (values x100 in `values`). Not comparable with LISA jobs.',
      },
      ...jobs.table,
    },
    establishments: {
      source: {
        publisher: 'CBS',
        title: 'Vestigingen van bedrijven; bedrijfstak (SBI 2008), gemeente',
        table: '81575NED',
        period: '2007-2012 (voorlopig)',
        licence: CBS_LICENCE,
        credit: { nl: 'Bron: CBS (81575NED), 2007-2012, voorlopig', en: 'Source: CBS (81575NED), 2007-2012, provisional' },
        file: 'data/vestigingen-sbi-2007-2012.csv',
        notes: 'Counts rounded to 5 by CBS. No overall total and no sections O, P, Q: the rows cannot be summed into a total.',
      },
      ...est.table,
    },
    csv: { jobs: jobs.rows, establishments: est.rows },
  };
}

export const MISSING_LABELS = Object.fromEntries(Object.values(SYMBOLS).map(({ reason, nl, en }) => [reason, { nl, en }]));

/**
 * Employee jobs by SBI section in December 2010 (CBS 81402NED) for every municipality of 2010 and the Netherlands
 * (data/banen-sbi-2008-2010-nl.csv, PROVENANCE section 9), for the sector flower of any place: one module, loaded
 * only for a municipality or region. Values in hundredths of a thousand (tens of jobs): -1 where CBS keeps the cell
 * secret (`x`), -2 where it has no figure (`.`). The rows of the extract above must equal it exactly.
 */
export function buildNationalSectors(sources, extractRows) {
  const rows = sources.csv('banen-sbi-2008-2010-nl.csv').filter((r) => r.jaar === '2010');
  const exists = new Set(rows.filter((r) => r.sbi_code === 'A-U' && r.cbs_symbool !== '.').map((r) => r.regio_code));
  const regions = ['NL01', ...[...exists].filter((c) => c.startsWith('GM')).sort()];
  expectCount('national sectors: municipalities of 2010', regions.slice(1), 431);
  const sections = [...new Map(rows.map((r) => [r.sbi_code, r.sbi_omschrijving]))].map(([code, label]) => ({ code, label }));
  expectValue('national sectors', 'SBI items', sections.length, 28);
  const cells = new Map(rows.map((r) => [`${r.regio_code}|${r.sbi_code}`, r]));
  const values = [];
  for (const region of regions) {
    for (const { code } of sections) {
      const r = cells.get(`${region}|${code}`);
      if (!r) throw new DataError(`national sectors: no row for ${region} ${code} in 2010`);
      if (r.cbs_symbool && !['x', '.'].includes(r.cbs_symbool)) throw new DataError(`national sectors: unknown CBS symbol ${JSON.stringify(r.cbs_symbool)}`);
      if ((r.banen_werknemers_x1000 === '') !== Boolean(r.cbs_symbool)) throw new DataError(`national sectors: ${region} ${code} has both or neither a value and a symbol`);
      values.push(r.cbs_symbool === 'x' ? -1 : r.cbs_symbool === '.' ? -2 : Math.round(num(r.banen_werknemers_x1000) * 100));
    }
  }
  // The extract of 16 municipalities and NL (section 5) is the same table: every shared cell must be equal.
  const kept = new Set(regions);
  const shared = extractRows.filter((r) => r.year === 2010 && kept.has(r.region));
  expectValue('national sectors', 'cells shared with the extract', shared.length, 17 * 28);
  for (const r of shared) {
    const n = cells.get(`${r.region}|${r.sbi}`);
    expectValue('national sectors', `${r.region} ${r.sbi} against the extract`, n.banen_werknemers_x1000 === '' ? null : num(n.banen_werknemers_x1000), r.value);
  }
  const status = rows.find((r) => r.regio_code === 'NL01').status;
  return {
    source: {
      publisher: 'CBS',
      title: 'Banen van werknemers; bedrijfstak (SBI 2008), regio',
      table: '81402NED',
      period: `December 2010 (${status})`,
      licence: CBS_LICENCE,
      credit: { nl: 'Bron: CBS (81402NED)', en: 'Source: CBS (81402NED)' },
      file: 'data/banen-sbi-2008-2010-nl.csv',
      notes: 'Employee jobs by place of work, every municipality of 2010 and NL, in thousands (values x100; -1 secret, -2 not available).',
    },
    year: 2010,
    status,
    sections,
    codes: regions.map((c) => (c === 'NL01' ? 0 : Number(c.slice(2)))),
    values,
  };
}
