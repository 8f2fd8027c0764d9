// What the widgets say about a place's history, as classes, for every municipality and every change in CBS's
// record (data/cbs-odata4/03759ned/codes-RegioS.json, read here by scripts/data/history.mjs, not by the widgets'
// code): a split is said as a split, a correction as a correction by the code that made it, "daarna" only of what
// came after the years shown, and no placeholder is ever left unfilled.
import { test } from 'node:test';
import { flowsToday } from './commuting-today.mjs';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readHistory } from '../data/history.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(repo, 'packages', 'key-figures', 'dist', 'index.js'));
const skip = !built ? 'run npm run build first' : false;
const codes = JSON.parse(readFileSync(join(repo, 'data/cbs-odata4/03759ned/codes-RegioS.json'), 'utf8')).value;
const { changes } = readHistory(codes, { from: 2013, to: 2026 });
const cbsName = (code) => codes.find((c) => c.Identifier === code).Title.replace(/ \(gemeente\)$/, '');
const dateNl = (iso) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const listNl = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

async function modules() {
  const data = await import('@q4/data');
  const core = await import('@q4/core/figure');
  const index = await data.loadAreaIndex();
  const name = (code) => index.byCode.get(code)?.name ?? code;
  const note = (code, year, lang = 'nl') => core.compositionNote(index.byCode.get(code), data.composeIn(index, code, year), name, lang);
  return { data, core, index, name, note };
}

test('no note about any municipality in any year 2012-2026 leaves a placeholder unfilled, in either language', { skip }, async () => {
  const { index, note } = await modules();
  let notes = 0;
  for (const m of index.municipalities)
    for (let year = 2012; year <= 2026; year++)
      for (const lang of ['nl', 'en']) {
        const text = note(m.code, year, lang);
        if (text) notes++;
        assert.doesNotMatch(text, /[{}]/, `${m.code} ${year} ${lang}: ${text}`);
      }
  assert.ok(notes > 1000, `${notes} notes read`);
});

test('every split in CBS’s record is said as a split, naming every part, never as "ging op in"', { skip }, async () => {
  const { note } = await modules();
  const byCode = new Map();
  for (const c of changes.filter((x) => x.kind === 'splitsing')) byCode.set(`${c.from} ${c.date}`, [...(byCode.get(`${c.from} ${c.date}`) ?? []), c]);
  assert.ok(byCode.size >= 5, `${byCode.size} splits`);
  for (const parts of byCode.values()) {
    const { from, date } = parts[0];
    const year = Number(date.slice(0, 4)) - 1;
    const text = note(from, year);
    const expected = `werd ${cbsName(from)} verdeeld over ${listNl(parts.map((p) => cbsName(p.to)))} (${dateNl(date)})`;
    assert.ok(text.includes(expected), `${from} ${year}: "${text}" says "${expected}"`);
    assert.doesNotMatch(text, / op in /, `${from} ${year}: a split is not a merger`);
    // A year after the split: the code no longer existed, and the note says how it ended, the same way.
    const after = note(from, year + 2);
    assert.ok(after.includes(`niet meer`) && after.includes(expected), `${from} ${year + 2}: ${after}`);
  }
});

test('a border correction is said of the code that made it, with CBS’s count, also where that code did not exist yet', { skip }, async () => {
  const { note, data, index } = await modules();
  const corrections = changes.filter((c) => c.kind === 'grenscorrectie');
  assert.ok(corrections.length >= 2);
  for (const c of corrections) {
    // Every municipality of today that holds the part received, in every year before the correction.
    const receivers = index.municipalities.filter(
      (m) => m.last >= 2026 && data.composeIn(index, m.code, 2014).split.some((s) => s.to === c.to && s.date === c.date),
    );
    for (const m of receivers)
      for (let year = 2012; year < Number(c.date.slice(0, 4)); year++) {
        const text = note(m.code, year);
        if (!text.startsWith('Geen cijfer')) continue;
        assert.ok(text.includes(`${new Intl.NumberFormat('nl-NL').format(c.inhabitants)} inwoners`), `${m.code} ${year}: ${text}`);
        assert.ok(text.includes(cbsName(c.from)), `${m.code} ${year}: names ${cbsName(c.from)}: ${text}`);
        assert.doesNotMatch(text, /werd verdeeld/, `${m.code} ${year}: a correction is not a split: ${text}`);
      }
  }
});

test('the key figures say "daarna" only of changes after 1 January of the last year they show', { skip }, async () => {
  const { loadAreaKeyFigures } = await import('../../packages/key-figures/dist/key-figures-area.js');
  // Every municipality of 2012-2023 that changed while its code went on, or ended, in those years.
  const touched = [...new Set(changes.filter((c) => c.date <= '2023-12-31').flatMap((c) => [c.from, c.to]))];
  let checked = 0;
  for (const code of touched) {
    const result = await loadAreaKeyFigures({ municipality: code });
    if (!result.area) continue;
    for (const text of result.area.notes('nl')) {
      const m = /in (\d{4})(?:-(\d{4}))? was; daarna (.*)\.$/.exec(text);
      if (!m) continue;
      const last = Number(m[2] ?? m[1]);
      // The figures are of 1 January: a change is "daarna" when it came after 1 January of the last year shown.
      const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
      for (const [, day, month, year] of m[3].matchAll(/\((\d+) (\w+) (\d{4})\)/g)) {
        const iso = `${year}-${String(months.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
        assert.ok(iso > `${last}-01-01`, `${code}: a change of ${day} ${month} ${year} is not after 1 januari ${last}: "${text}"`);
      }
      checked++;
    }
  }
  assert.ok(checked >= 10, `${checked} notes checked`);
});

test('commuting: a flow CBS shows as 0 (fewer than 50 jobs) is never named as a largest; where all are, the words give the bound', { skip }, async () => {
  const { figures } = await import('@q4/widgets/figures');
  const commute = figures.find((f) => f.name === 'commute-flows');
  // The matrix on today's municipalities (the map of 2025), carried with the older reorganisation table.
  const rows = flowsToday().filter((r) => r.from.startsWith('GM') && r.to.startsWith('GM') && r.from !== r.to);
  /** Each municipality's partners in one direction, in jobs as CBS publishes them (rounded to 100; 0 is fewer than 50). */
  const partners = new Map();
  for (const r of rows)
    for (const [code, way] of [
      [r.from, 'out'],
      [r.to, 'in'],
    ]) {
      const key = `${code} ${way}`;
      partners.set(key, [...(partners.get(key) ?? []), r]);
    }
  // A sum of rounded cells is 0 only if each was: each partner is below 50 per cell of 2014 it sums.
  const allBelow = [...partners].filter(([, flows]) => flows.every((f) => f.jobs === 0)).map(([key, flows]) => [...key.split(' '), flows]);
  assert.ok(allBelow.length >= 3, `${allBelow.length} municipalities with every partner below 50 in one direction`);
  const nl = (v) => new Intl.NumberFormat('nl-NL').format(v);
  for (const [code, way, flows] of allBelow) {
    const data = await commute.loadDefault({ municipality: code });
    const { title, summary } = commute.describe(commute.prepare(data, { municipality: code, direction: way }, 'nl'), 'nl');
    const each = nl(50 * Math.max(...flows.map((f) => f.parts)));
    const bound = nl(50 * flows.reduce((s, f) => s + f.parts, 0));
    assert.doesNotMatch(title, /de meeste|\b0 banen/, `${code} ${way}: ${title}`);
    assert.match(title, new RegExp(`${each.replace('.', '\\.')} of meer`), `${code} ${way}: ${title}`);
    if (way === 'in')
      assert.ok(summary.includes(`elk van ${flows.length} andere gemeenten minder dan ${each}, samen minder dan ${bound}.`), `${code}: ${summary}`);
    else assert.ok(summary.includes(`in geen andere gemeente zijn het er ${each} of meer`), `${code}: ${summary}`);
  }
  // Nowhere, in any municipality's title or summary, is a flow of "0" named among the largest.
  for (const code of new Set(rows.map((r) => r.from)))
    for (const way of ['in', 'out']) {
      const data = await commute.loadDefault({ municipality: code });
      if (data.area?.error) continue;
      const { title, summary } = commute.describe(commute.prepare(data, { municipality: code, direction: way }, 'nl'), 'nl');
      assert.doesNotMatch(`${title} ${summary}`, /\(0\)|\belk 0 banen|\(0 banen\)|gaan er 0 /, `${code} ${way}`);
    }
});

test(
  'key figures: every year on today’s boundaries where the predecessors merged whole, a region’s sums, and the country’s own count for NL',
  { skip },
  async () => {
    const { figures } = await import('@q4/widgets/figures');
    const kf = figures.find((f) => f.name === 'key-figures');
    const { csvParse } = await import('d3-dsv');
    // Population on 1 January from both CBS files (equal where both hold), and today's codes.
    const population = new Map();
    for (const file of ['bevolking-2012-2023.csv', 'bevolking-2019-2026.csv'])
      for (const r of csvParse(readFileSync(join(repo, 'data', file), 'utf8'))) population.set(`${r.region_code} ${r.year}`, Number(r.population_1jan));
    const years = [...new Set([...population.keys()].map((k) => Number(k.split(' ')[1])))].sort((a, b) => a - b);
    const nl = (v) => new Intl.NumberFormat('nl-NL').format(v);
    /** What a municipality of today was in `year`: itself and every code that later merged into it whole (in CBS's record). */
    const partsIn = (code, year) => {
      const into = changes.filter((c) => c.to === code && c.kind === 'samenvoeging' && c.date > `${year}-01-01`).map((c) => c.from);
      return [code, ...into.flatMap((p) => partsIn(p, year))].filter((p, i, a) => a.indexOf(p) === i);
    };
    const series = (codes) =>
      years.map((y) => {
        const parts = codes.flatMap((c) => partsIn(c, y)).filter((p) => population.has(`${p} ${y}`));
        return `${y} ${nl(parts.reduce((s, p) => s + population.get(`${p} ${y}`), 0))}`;
      });
    const say = async (options) => kf.describe(kf.prepare(await kf.loadDefault(options), options, 'nl'), 'nl');
    // Amsterdam (with Weesp until 24 March 2022), Vijfheerenlanden (2019), Goeree-Overflakkee (2013): whole mergers only.
    for (const [name, code] of [
      ['Amsterdam', 'GM0363'],
      ['Vijfheerenlanden', 'GM1961'],
      ['Goeree-Overflakkee', 'GM1924'],
    ]) {
      const { title, summary } = await say({ municipality: name });
      assert.ok(summary.startsWith(`Inwoners op 1 januari: ${series([code]).slice(0, -1).join(', ')} en ${series([code]).at(-1)}.`), `${name}: ${summary}`);
      const latest = population.get(`${code} ${years.at(-1)}`);
      assert.ok(title.startsWith(`${name} had op 1 januari ${years.at(-1)} ${nl(latest)} inwoners`), title);
      // One territory throughout, so the change since the first year is given (not "grenzen gewijzigd").
      assert.ok(title.includes(`sinds ${years[0]}`) && !title.includes('grenzen'), `${name}: ${title}`);
    }
    // A region of three municipalities that did not change: each year the sum of the three.
    const three = ['GM0193', 'GM0166', 'GM1896'];
    const { summary } = await say({ region: three.join(','), regionName: 'Drie gemeenten' });
    assert.ok(summary.startsWith(`Inwoners op 1 januari: ${series(three).slice(0, -1).join(', ')} en ${series(three).at(-1)}.`), summary);
    // The country: CBS's own count of its inhabitants, not a sum (key-figures-nl.test.mjs checks LISA's sum too).
    const country = await say({ region: 'NL' });
    assert.ok(country.summary.startsWith(`Inwoners op 1 januari: ${series(['NL01']).slice(0, -1).join(', ')} en ${series(['NL01']).at(-1)}.`), country.summary);
  },
);
