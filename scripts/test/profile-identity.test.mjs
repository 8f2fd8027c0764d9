// The profile's sentences on the report's table of identities, checked against the seed text in data/seed/: the
// number of pairs its table "Dikke identiteiten / Dunne identiteiten" sets side by side, and the quote, which must
// stand in the report word for word (line breaks read as spaces).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedText } from './seed.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const skip = existsSync(join(repo, 'packages', 'widgets', 'dist', 'profile-model', 'index.js')) ? false : 'run npm run build first';
const seed = seedText('Dikke identiteiten');

test('the identity sentences count the report’s pairs and quote it word for word', { skip }, async () => {
  const model = await import('@q4/widgets/profile-model');
  const core = await import('@q4/core/figure');
  // The table: the lines after its header with two cells, up to the first line of running text.
  const lines = seed.split('\n');
  const start = lines.findIndex((l) => /^Dikke identiteiten\t/.test(l));
  const pairs = [];
  for (const line of lines.slice(start + 1)) {
    const cells = line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean);
    if (cells.length === 2) pairs.push(cells);
    else if (cells.length === 1) break;
  }
  assert.ok(pairs.length > 5, 'the table was read');
  const t = model.profileMessages.nl;
  const plan = await model.planProfile((await model.resolvePlace(model.readQuery(''))).place, 'nl', null);
  const texts = plan.sections.find((s) => s.name === 'identity-shift').sentences.map((s) => s.text);
  assert.equal(texts[0], core.fill(t.isCount, { count: pairs.length }));
  const quote = /„(.+)”/.exec(texts[1])[1];
  assert.ok(seed.replace(/\s+/g, ' ').includes(quote), quote);
  // The English page says that its quote is a translation.
  const en = await model.planProfile((await model.resolvePlace(model.readQuery('?lang=en'))).place, 'en', null);
  assert.match(en.sections.find((s) => s.name === 'identity-shift').sentences[1].text, /translation/);
});
