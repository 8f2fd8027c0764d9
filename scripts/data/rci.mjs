// 7. EU Regional Competitiveness Index 2010-2019
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { num } from './csv.mjs';
import { DataError, expectCount, expectNumbers, expectUnique, expectValue } from './checks.mjs';

export function buildRci(sources) {
  const rows = sources.csv('rci-2010-2019.csv').map((r) => ({
    country: r.country,
    code: r.nuts_code_2016,
    level: r.level,
    merged: r.merged_region_code || null,
    capital: r.capital_region === 'yes',
    name: r.region_name,
    edition: num(r.edition),
    score: r.rci_zscore === '' ? null : num(r.rci_zscore),
  }));
  expectCount('rci', rows, 1133);
  rows.forEach((r, i) => {
    const ok = r.level === 'country' ? /^[A-Z]{2}$/.test(r.code) : /^[A-Z]{2}[0-9A-Z]{2}\+?$/.test(r.code);
    if (!ok) throw new DataError(`rci: row ${i}: unexpected NUTS code ${JSON.stringify(r.code)} for level ${r.level}`);
  });
  expectNumbers('rci', rows.map((r) => ({ ...r, reason: r.score === null ? 'not in this edition' : '' })), ['score'], { min: -Infinity, reasonField: 'reason' });
  expectUnique('rci', rows, (r) => `${r.code}/${r.edition}`);
  for (const [edition, score] of [[2010, 1.25], [2013, 1.36], [2016, 1.15], [2019, 1.05]]) {
    expectValue('rci', `NL31 ${edition}`, rows.find((r) => r.code === 'NL31' && r.edition === edition)?.score, score);
  }
  const rank = (edition) =>
    rows.filter((r) => r.level === 'region' && r.edition === edition && r.score !== null).sort((a, b) => b.score - a.score).findIndex((r) => r.code === 'NL31') + 1;
  expectValue('rci', 'rank of NL31 in 2010', rank(2010), 1);
  expectValue('rci', 'rank of NL31 in 2013', rank(2013), 1);
  const regions = [...new Map(rows.map((r) => [r.code, { code: r.code, name: r.name, country: r.country, level: r.level, capital: r.capital, merged: r.merged }])).values()];
  const editions = [2010, 2013, 2016, 2019];
  // Capital regions merged with their commuting belts carry their own code as merged code; PL90 is merged under
  // the old NUTS classification, which is another kind of merge.
  const capitalMerges = regions.filter((r) => r.merged === r.code).map((r) => r.code);
  const oldMerges = regions.filter((r) => /old nuts/i.test(r.merged ?? '')).map((r) => r.code);
  const index = new Map(regions.map((r, i) => [r.code, i]));
  // A region may have no row in an edition (absent) or a row without a score (null): keep the difference.
  const scores = editions.map((e) => {
    const byRegion = new Array(regions.length).fill(null);
    for (const r of rows) if (r.edition === e) byRegion[index.get(r.code)] = r.score;
    return byRegion;
  });
  const absent = editions.map((e) => regions.map((_, i) => i).filter((i) => !rows.some((r) => r.edition === e && index.get(r.code) === i)));
  return {
    id: 'rci',
    source: {
      publisher: 'European Commission, DG REGIO',
      title: 'Regional Competitiveness Index, evolution (editions 2010, 2013, 2016, 2019)',
      table: 'EU Cohesion Open Data Platform geur-y3df',
      period: '2010-2019',
      licence: 'European Commission reuse policy (Decision 2011/833/EU)',
      // The widget adds the edition it shows ("… Regional Competitiveness Index 2019").
      credit: { nl: 'Bron: Europese Commissie, Regional Competitiveness Index', en: 'Source: European Commission, Regional Competitiveness Index' },
      file: 'data/rci-2010-2019.csv',
      notes: `z-scores (EU average 0), NUTS 2016. ${capitalMerges.length} capital regions are merged with their commuting belts (${capitalMerges.join(', ')}); ${oldMerges.join(', ')} is merged under the old NUTS classification. Null: no value in that edition.`,
    },
    editions,
    regions,
    // scores[edition index][region index]; absent[edition index] lists regions with no row in that edition
    scores,
    absent,
    csv: rows,
  };
}
