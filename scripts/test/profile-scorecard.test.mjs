// The profile's sentences on the scorecard, checked against the report's own table read here from the seed text in
// data/seed/ (its values as printed, and which way is better from its group headings: "Tevredenheid met …" higher,
// "Gebrek aan …" and "Milieuoverlast" lower), not from the modules the page reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedText } from './seed.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const skip = existsSync(join(repo, 'packages', 'widgets', 'dist', 'profile-model', 'index.js')) ? false : 'run npm run build first';
const seed = seedText('\nKenmerk');

/** The table: per indicator as printed, whether higher is better, and each column's value (null for "--"). */
function table() {
  const lines = seed.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Kenmerk'));
  const end = lines.findIndex((l, i) => i > start && l.includes('Bron: Staat van Utrecht'));
  const cells = (line) =>
    line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean);
  const columns = cells(lines[start]).slice(1);
  const rows = [];
  let heading = '';
  for (const line of lines.slice(start + 1, end)) {
    const row = cells(line);
    if (row.length === 1) heading = heading.endsWith(':') ? row[0] : `${heading} ${row[0]}`.trim();
    if (row.length < 2) continue;
    const values = row.slice(1).map((v) => (v === '--' ? null : Number(v.replace('%', '').replace(',', '.'))));
    rows.push({ printed: row[0], higherBetter: heading.startsWith('Tevredenheid'), values: Object.fromEntries(columns.map((c, i) => [c, values[i]])) });
  }
  return { columns, rows };
}

test('the scorecard sentences say what the report’s table gives, for Zeist, Bunnik and the five together', { skip }, async () => {
  const model = await import('@q4/widgets/profile-model');
  const core = await import('@q4/core/figure');
  const { defaultScorecard } = await import('@q4/scorecard');
  const { columns, rows } = table();
  const reference = columns.at(-1);
  assert.equal(reference, 'Provincie Utrecht');
  const compare = (row, column) => {
    const [v, r] = [row.values[column], row.values[reference]];
    if (v === null) return 'missing';
    if (v === r) return 'same';
    return v > r === row.higherBetter ? 'better' : 'worse';
  };
  const label = (row, lang) => {
    const indicator = defaultScorecard.indicators.find((i) => i.printed === row.printed);
    return indicator.label[lang].replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
  };
  const text = async (search, lang) => {
    const plan = await model.planProfile((await model.resolvePlace(model.readQuery(search))).place, lang, null);
    return plan.sections.find((s) => s.name === 'scorecard').sentences.map((s) => s.text);
  };
  for (const [search, column, name, lang] of [
    ['?municipality=GM0355', 'Zeist', 'Zeist', 'nl'],
    ['?municipality=GM0312&lang=en', 'Bunnik', 'Bunnik', 'en'],
  ]) {
    const t = model.profileMessages[lang];
    const of = (kind) =>
      core.listFormat(
        rows.filter((r) => compare(r, column) === kind).map((r) => label(r, lang)),
        lang,
      );
    const reference = lang === 'nl' ? 'de provincie Utrecht' : 'the province of Utrecht';
    const want = [core.fill(t.scBetter, { source: 'Staat van Utrecht', year: '2014', name, reference, list: of('better') })];
    if (of('worse')) want.push(core.fill(t.scWorse, { name, list: of('worse') }));
    if (of('same')) want.push(core.fill(t.scSame, { list: of('same') }));
    if (of('missing')) want.push(core.fill(t.scMissing, { name, list: of('missing') }));
    assert.deepEqual(await text(search, lang), want, name);
  }
  // The five: who scored better most often, and least often (every tie named), then what is missing.
  const five = columns.slice(0, -1);
  const better = (column) => rows.filter((r) => compare(r, column) === 'better').length;
  const most = Math.max(...five.map(better));
  const least = Math.min(...five.map(better));
  const names = await import('@q4/data').then((d) => d.reportRegion);
  const nameOf = (column) => names.find((m) => m.name.replace('Utrechtse Heuvelrug', 'Ut.Heuvelrug') === column).name;
  const t = model.profileMessages.nl;
  const texts = await text('', 'nl');
  const top = five.filter((c) => better(c) === most).map(nameOf);
  const bottom = five.filter((c) => better(c) === least).map(nameOf);
  assert.equal(
    texts[0],
    core.fill(top.length > 1 ? t.scMostTie : t.scMost, {
      source: 'Staat van Utrecht',
      year: '2014',
      reference: 'de provincie Utrecht',
      count: most,
      list: core.listFormat(top, 'nl'),
    }),
  );
  assert.equal(texts[1], core.fill(bottom.length > 1 ? t.scLeastTie : t.scLeast, { count: least, list: core.listFormat(bottom, 'nl') }));
  const missing = five.flatMap((c) =>
    rows.filter((r) => compare(r, c) === 'missing').map((r) => core.fill(t.scMissing, { name: nameOf(c), list: label(r, 'nl') })),
  );
  assert.ok(missing.length);
  for (const m of missing) assert.ok(texts.includes(m), m);
});
