// The profile's sentences on competitiveness, checked against the EU's Regional Competitiveness Index read here from
// data/rci-2010-2019.csv, not from the modules the page reads: Utrecht's score in the newest edition, the
// Netherlands' as a whole, the Dutch regions' highest (every tie at two decimals), and Utrecht's rank in the first
// edition (1 + the regions with a higher score at two decimals, as the widget's note defines it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';

const repo = resolve(import.meta.dirname, '..', '..');
const skip = existsSync(join(repo, 'packages', 'widgets', 'dist', 'profile-model', 'index.js')) ? false : 'run npm run build first';
const rows = csvParse(readFileSync(join(repo, 'data', 'rci-2010-2019.csv'), 'utf8'));

test('the competitiveness sentences say what the index gives for Utrecht, the Netherlands and its regions', { skip }, async () => {
  const model = await import('@q4/widgets/profile-model');
  const core = await import('@q4/core/figure');
  const plan = await model.planProfile((await model.resolvePlace(model.readQuery(''))).place, 'nl', null);
  const texts = plan.sections.find((s) => s.name === 'competitiveness').sentences.map((s) => s.text);
  const t = model.profileMessages.nl;
  const two = (v) => core.formatNumber(v, 'nl', 2);
  const editions = [...new Set(rows.map((r) => Number(r.edition)))].sort((a, b) => a - b);
  const [first, last] = [editions[0], editions.at(-1)];
  const scored = (edition) => rows.filter((r) => Number(r.edition) === edition && r.level === 'region' && r.rci_zscore !== '');
  const score = (code, edition) => Number(rows.find((r) => r.nuts_code_2016 === code && Number(r.edition) === edition).rci_zscore);
  const dutch = scored(last).filter((r) => r.country === 'Netherlands');
  const high = two(Math.max(...dutch.map((r) => Number(r.rci_zscore))));
  const best = dutch.filter((r) => two(Number(r.rci_zscore)) === high).map((r) => r.region_name);
  const then = scored(first);
  const rank = 1 + then.filter((r) => two(Number(r.rci_zscore)) !== two(score('NL31', first)) && Number(r.rci_zscore) > score('NL31', first)).length;
  const shared = then.filter((r) => r.nuts_code_2016 !== 'NL31' && two(Number(r.rci_zscore)) === two(score('NL31', first))).length > 0;
  assert.deepEqual(texts, [
    core.fill(t.rcScore, { edition: last, name: 'Utrecht', score: two(score('NL31', last)) }),
    core.fill(t.rcCountry, { country: 'Nederland', edition: last, score: two(score('NL', last)) }),
    core.fill(best.length > 1 ? t.rcBestTie : t.rcBest, { count: dutch.length, country: 'Nederland', best: core.listFormat(best, 'nl'), score: high }),
    core.fill(t.rcFirst, { edition: first, name: 'Utrecht', rank: `${shared ? 'gedeeld ' : ''}${rank}e`, count: then.length }),
  ]);
});

test('a country’s code in the widget (region="NL") is an error that says so, with the country’s own score from the index', { skip }, async () => {
  const widget = await import('@q4/competitiveness');
  const core = await import('@q4/core/figure');
  const figure = widget.rciFigure;
  const editions = [...new Set(rows.map((r) => Number(r.edition)))].sort((a, b) => a - b);
  for (const [code, lang, edition, name] of [
    ['NL', 'nl', editions.at(-1), 'Nederland'],
    ['NL', 'en', editions[0], 'The Netherlands'],
    ['DE', 'nl', editions.at(-1), 'Duitsland'],
  ]) {
    const row = rows.find((r) => r.nuts_code_2016 === code && r.level === 'country' && Number(r.edition) === edition);
    const options = { region: code, edition };
    const t = widget.competitivenessMessages[lang];
    const score = core.fill(t.countryScore, { name, edition, score: core.formatNumber(Number(row.rci_zscore), lang, 2) });
    const data = await figure.loadDefault(options);
    assert.throws(
      () => figure.prepare(data, options, lang),
      (e) => e.code === 'invalid-option' && e.message === core.fill(t.countryCode, { value: code, score }),
    );
  }
});
