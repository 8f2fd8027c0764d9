// The profile's sentences on land use, checked against CBS 70262NED read here from
// data/bodemgebruik-provincies-1996-2015.csv, not from the modules the page reads: the province of Utrecht's largest
// use in the newest year against the Netherlands (the sum of the twelve provinces), and the uses it has more and
// less of as a share of the land (without water), to a whole percent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';

const repo = resolve(import.meta.dirname, '..', '..');
const skip = existsSync(join(repo, 'packages', 'widgets', 'dist', 'profile-model', 'index.js')) ? false : 'run npm run build first';
const rows = csvParse(readFileSync(join(repo, 'data', 'bodemgebruik-provincies-1996-2015.csv'), 'utf8'));
const columns = {
  builtUp: ['bebouwd_terrein_ha'],
  semiBuiltUp: ['semi_bebouwd_terrein_ha'],
  traffic: ['verkeersterrein_ha'],
  recreation: ['recreatieterrein_ha'],
  agriculture: ['agrarisch_terrein_ha'],
  forestNature: ['bos_en_open_natuurlijk_terrein_ha'],
  water: ['binnenwater_ha', 'buitenwater_ha'],
};

test('the land-use sentences say what the table gives for the province of Utrecht against the Netherlands', { skip }, async () => {
  const model = await import('@q4/widgets/profile-model');
  const landUse = await import('@q4/land-use');
  const core = await import('@q4/core/figure');
  for (const lang of ['nl', 'en']) {
    const query = model.readQuery(`?lang=${lang}`);
    const resolved = await model.resolvePlace(query);
    const plan = await model.planProfile(resolved.place, lang, null);
    const texts = plan.sections.find((s) => s.name === 'land-use').sentences.map((s) => s.text);
    const t = model.profileMessages[lang];
    const year = Math.max(...rows.map((r) => Number(r.jaar)));
    const ofYear = rows.filter((r) => Number(r.jaar) === year);
    const ha = (r, id) => columns[id].reduce((s, c) => s + Number(r[c] || 0), 0);
    const utrecht = ofYear.find((r) => r.regio_code === 'PV26');
    const provinces = ofYear.filter((r) => r.regio_code.startsWith('PV'));
    assert.equal(provinces.length, 12);
    const total = (r) => Number(r.totale_oppervlakte_ha);
    const nlTotal = provinces.reduce((s, r) => s + total(r), 0);
    const uses = landUse.landUseCategories.map((c) => ({
      id: c.id,
      name: c[lang],
      own: ha(utrecht, c.id) / total(utrecht),
      nl: provinces.reduce((s, r) => s + ha(r, c.id), 0) / nlTotal,
    }));
    const shown = (v) => landUse.formatLandShare(v, lang);
    const largest = uses.filter((u) => shown(u.own) === shown(Math.max(...uses.map((x) => x.own))));
    const area = lang === 'nl' ? 'de provincie Utrecht' : 'the province of Utrecht';
    const water = uses.find((u) => u.id === 'water');
    const onLand = (share, of) => Math.round((100 * share) / (1 - of));
    const land = uses.filter((u) => u.id !== 'water');
    const more = land.filter((u) => onLand(u.own, water.own) > onLand(u.nl, water.nl)).map((u) => u.name);
    const less = land.filter((u) => onLand(u.own, water.own) < onLand(u.nl, water.nl)).map((u) => u.name);
    assert.ok(more.length && less.length, 'the data have both');
    assert.deepEqual(texts, [
      core.fill(largest.length > 1 ? t.luLargestTie : t.luLargest, {
        year,
        area,
        list: core.listFormat(
          largest.map((u) => u.name),
          lang,
        ),
        share: shown(largest[0].own),
        nl: shown(largest[0].nl),
      }),
      core.fill(t.luMoreLess, { area, more: core.listFormat(more, lang), less: core.listFormat(less, lang) }),
    ]);
  }
});
