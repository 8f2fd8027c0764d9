// The profile's own sentences: checked against values computed here from the data files themselves (CBS's
// population CSVs and its code list in data/), not from the module the page reads.
import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { fill, formatNumber, listFormat, type Lang } from '@q4/core';
import { keyFiguresFigure } from '@q4/key-figures';
import { planProfile, readQuery, resolveCompare, resolvePlace, type Place } from '../src/profile-model/profile.js';
import { messages } from '../src/profile-model/profile-text.js';

interface Row {
  region_code: string;
  year: string;
  population_1jan: string;
}
const files = Promise.all(
  ['/data/bevolking-2012-2023.csv', '/data/bevolking-2019-2026.csv', '/data/cbs-odata4/03759ned/codes-RegioS.json'].map((f) => fetch(f)),
);
async function sources() {
  const [older, newer, codes] = await files.then((r) => Promise.all([r[0].clone().text(), r[1].clone().text(), r[2].clone().json()]));
  const rows = [...(csvParse(older) as unknown as Row[]), ...(csvParse(newer) as unknown as Row[])];
  const population = (code: string, year: number) => Number(rows.find((r) => r.region_code === code && Number(r.year) === year)!.population_1jan);
  const regions = codes.value as { Identifier: string; Title: string; Description: string; DimensionGroupId: string }[];
  const provinceOf = (code: string) => regions.find((r) => r.Identifier === code)!.DimensionGroupId.slice(2);
  const provinceName = (code: string) => regions.find((r) => r.Identifier === code)!.Title.replace(/ \(PV\)$/, '');
  return { population, provinceOf, provinceName, regions };
}
const pct = (growth: number, lang: Lang) => `${formatNumber(Math.abs(100 * growth), lang, 1)}%`;

async function sentencesOf(search: string) {
  const query = readQuery(search);
  const resolved = await resolvePlace(query);
  if ('error' in resolved) throw new Error(resolved.error);
  const compare = await resolveCompare(query);
  const plan = await planProfile(resolved.place as Place, query.lang, compare && 'code' in compare ? compare : null);
  return plan.sections.find((s) => s.name === 'key-figures')!.sentences.map((s) => s.text);
}

/** The key figures' own model of a place (the place's numbers are the widget's, tested with the widget). */
async function modelOf(municipality: string) {
  const options = { municipality };
  const model = keyFiguresFigure.prepare(await keyFiguresFigure.loadDefault(options), options, 'nl');
  if (model.mode !== 'municipality') throw new Error('not a place');
  return model.m;
}

describe('the profile’s sentences on the key figures', () => {
  it('Amsterdam against Noord-Holland and the Netherlands, and against Zwolle when asked (compare=)', async () => {
    const d = await sources();
    const m = await modelOf('GM0363');
    const [first, last] = [m.population[0], m.population[m.population.length - 1]];
    const own = last.population / first.population - 1;
    const province = d.provinceOf('GM0363');
    expect(province).to.equal('PV27');
    const growthOf = (code: string) => d.population(code, last.year) / d.population(code, first.year) - 1;
    const zwolle = growthOf('GM0193');
    const refs = [
      ['in Zwolle', zwolle],
      [`in de provincie ${d.provinceName(province)}`, growthOf(province)],
      ['landelijk', growthOf('NL01')],
    ] as const;
    const t = messages.nl;
    const texts = await sentencesOf('?municipality=GM0363&compare=Zwolle');
    expect(texts[0]).to.equal(
      fill(t.kfUp, { name: 'Amsterdam', last: last.year, first: first.year, population: formatNumber(last.population, 'nl'), pct: pct(own, 'nl') }),
    );
    expect(texts[1]).to.equal(
      fill(t.kfOthers, {
        list: listFormat(
          refs.map(([where, g]) => fill(t.refUp, { where, pct: pct(g, 'nl') })),
          'nl',
        ),
      }),
    );
    // Faster or slower at the precision shown, computed here.
    const r = (g: number) => Math.round(1000 * g) / 10;
    const faster = refs.filter(([, g]) => r(own) > r(g)).map(([w]) => w);
    const slower = refs.filter(([, g]) => r(own) < r(g)).map(([w]) => w);
    const parts = [
      ...(faster.length ? [`harder dan ${faster.join(' en dan ')}`] : []),
      ...(slower.length ? [`minder hard dan ${slower.join(' en dan ')}`] : []),
    ];
    expect(texts[2]).to.equal(`Amsterdam groeide daarmee ${listFormat(parts, 'nl')}.`);
    expect(texts.length).to.be.within(2, 4);
    // Without compare=, Zwolle is not named.
    expect((await sentencesOf('?municipality=GM0363')).join(' ')).not.to.contain('Zwolle');
  });

  it('Vijfheerenlanden: its province is not compared, because its border moved in 2019 (CBS’s count of inhabitants)', async () => {
    const d = await sources();
    const description = d.regions.find((r) => r.Identifier === 'PV26')!.Description;
    const moved = /Grenswijziging per 01-01-2019:\r?\n- Ontvangen van Zuid-Holland \(PV28\), \d+ hectare met \d+ woningen en (\d+) inwoners/.exec(description)!;
    for (const lang of ['nl', 'en'] as const) {
      const texts = await sentencesOf(`?municipality=Vijfheerenlanden&lang=${lang}`);
      expect(texts).to.include(
        fill(messages[lang].provinceGained, { name: 'Utrecht', year: 2019, other: 'Zuid-Holland', inhabitants: formatNumber(Number(moved[1]), lang) }),
      );
      expect(texts.join(' ')).not.to.contain(lang === 'nl' ? 'in de provincie Utrecht' : 'in the province of Utrecht');
    }
  });

  it('Groningen: boundaries changed, so no change over the years and no comparison; the report’s region and a region of three', async () => {
    const m = await modelOf('GM0014');
    const texts = await sentencesOf('?municipality=GM0014');
    expect(texts[1]).to.equal(fill(messages.nl.kfBoundaries, { name: 'Groningen', years: listFormat(m.boundaryYears.map(String), 'nl') }));
    expect(texts.join(' ')).not.to.contain('landelijk');

    // The report's region lies in Utrecht, whose border moved in 2019: compared with the Netherlands only.
    const region = await sentencesOf('');
    expect(region.join(' ')).to.contain('landelijk').and.to.contain(messages.nl.provinceGained.split(':')[0].replace('{name}', 'Utrecht'));
    // Three municipalities of two provinces: no province is compared.
    const mixed = await sentencesOf('?region=GM0307,GM0193,GM0200&region-name=Drie');
    expect(mixed.join(' ')).to.contain('landelijk').and.not.to.contain('provincie');
  });
});
