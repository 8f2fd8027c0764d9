// The key figures of the whole Netherlands (region="NL"), checked against the files read here, not the modules the
// widget reads: CBS's own count of the country's inhabitants (NL01 in data/bevolking-2012-2023.csv and
// data/bevolking-2019-2026.csv) and LISA 2017's jobs and establishments summed over every municipality of 2017
// (data/lisa-2017.csv holds all 388 and no national total). The widget's title and the profile's sentences both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';

const repo = resolve(import.meta.dirname, '..', '..');
const skip = existsSync(join(repo, 'packages', 'widgets', 'dist', 'profile-model', 'index.js')) ? false : 'run npm run build first';
const csv = (file) => csvParse(readFileSync(join(repo, 'data', file), 'utf8'));
const population = new Map(
  [...csv('bevolking-2012-2023.csv'), ...csv('bevolking-2019-2026.csv')]
    .filter((r) => r.region_code === 'NL01')
    .map((r) => [Number(r.year), Number(r.population_1jan)]),
);
const lisa = csv('lisa-2017.csv');

test('the key figures of the Netherlands: CBS’s national count and LISA’s sum of every municipality, in the title and the profile', { skip }, async () => {
  const { keyFiguresFigure: figure, keyFiguresMessages } = await import('@q4/key-figures');
  const model = await import('@q4/widgets/profile-model');
  const core = await import('@q4/core/figure');
  const years = [...population.keys()].sort((a, b) => a - b);
  const [first, last] = [years[0], years.at(-1)];
  const jobs = lisa.reduce((s, r) => s + Number(r.banen), 0);
  const establishments = lisa.reduce((s, r) => s + Number(r.vestigingen), 0);
  assert.equal(lisa.length, 388);
  for (const lang of ['nl', 'en']) {
    const n = (v) => core.formatNumber(v, lang);
    const pct = `${core.formatNumber(100 * (population.get(last) / population.get(first) - 1), lang, 1)}%`;
    const name = lang === 'nl' ? 'Nederland' : 'the Netherlands';
    const options = { region: 'NL' };
    const prepared = figure.prepare(await figure.loadDefault(options), options, lang);
    const text = figure.describe(prepared, lang);
    const t = keyFiguresMessages[lang];
    assert.equal(
      text.title,
      core.upperFirst(core.fill(t.titleMunicipality, { name, year: last, population: n(population.get(last)), change: core.fill(t.changeUp, { pct }), first })),
    );
    assert.equal(
      text.summary,
      core.fill(t.summaryMunicipality, {
        list: core.listFormat(
          years.map((y) => `${y} ${n(population.get(y))}`),
          lang,
        ),
        name,
        jobs: n(jobs),
        establishments: n(establishments),
      }),
    );
    const p = model.profileMessages[lang];
    const plan = await model.planProfile((await model.resolvePlace(model.readQuery(`?region=NL&lang=${lang}`))).place, lang, null);
    assert.ok(!plan.missing.some((m) => m.name === 'key-figures'), 'the key figures are a section');
    const sentences = plan.sections.find((s) => s.name === 'key-figures').sentences.map((s) => s.text);
    // Not compared with itself: no "landelijk" sentence.
    assert.deepEqual(sentences, [
      core.upperFirst(core.fill(p.kfUp, { name, last, first, population: n(population.get(last)), pct })),
      core.upperFirst(core.fill(p.kfLisa, { name, jobs: n(jobs), establishments: n(establishments) })),
    ]);
  }
});
