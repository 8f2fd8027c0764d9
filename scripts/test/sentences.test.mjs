// Sentences are data: every claim in a title, summary, note or credit is checked against the raw files in
// data/ (the seed report and the CBS and EU files, as they arrived), with the expected values computed here, never
// typed in.
// The rule is in docs/sentences.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';

const repo = resolve(import.meta.dirname, '..', '..');
const sources = join(repo, 'data');
const built = existsSync(join(repo, 'packages', 'scorecard', 'dist', 'index.js'));
const skip = !built ? 'run npm run build first' : false;

const csv = (file) => csvParse(readFileSync(join(sources, file), 'utf8'));
const nl = (n, decimals = 0) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n);
const render = async (widget, options = {}) => (await import('../../packages/render/lib/render.mjs')).renderWidget(widget, { format: 'svg', ...options });
const REGION = ['GM0310', 'GM0312', 'GM1581', 'GM0352', 'GM0355'];

/** Partners of a set of municipalities in the national matrix, summed, largest first, in jobs. */
function partners(rows, members, way) {
  const set = new Set(members);
  const sums = new Map();
  for (const r of rows) {
    const [home, work] = [r.woon_code, r.werk_code];
    const inside = way === 'out' ? set.has(home) && !set.has(work) : set.has(work) && !set.has(home);
    if (!inside) continue;
    const other = way === 'out' ? work : home;
    sums.set(other, (sums.get(other) ?? 0) + Math.round(Number(r.banen_x1000) * 1000));
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

test('commuting titles name every municipality that ties for the largest flow, at the precision shown', { skip }, async () => {
  const rows = csv('pendel-2014-nl.csv');
  // Names as on the map: the 2014 boundaries' statnaam, else the matrix's name without "(gemeente)".
  const topology = JSON.parse(readFileSync(join(sources, 'gemeenten-2014.topojson'), 'utf8'));
  const mapNames = new Map(Object.values(topology.objects)[0].geometries.map((g) => [g.properties.statcode, g.properties.statnaam]));
  const csvNames = new Map(rows.map((r) => [r.werk_code, r.werk_gemeente.replace(/ \(gemeente\)$/, '')]));
  const name = (code) => mapNames.get(code) ?? csvNames.get(code);
  let ties = 0;
  const cases = [
    ...REGION.flatMap((code) => [
      [[code], 'in', code],
      [[code], 'out', code],
    ]),
    [REGION, 'in', ''],
    [REGION, 'out', ''],
  ];
  for (const [members, way, municipality] of cases) {
    const ranked = partners(rows, members, way);
    const shown = nl(ranked[0][1]);
    const tied = ranked.filter(([, jobs]) => nl(jobs) === shown).map(([code]) => name(code));
    const { title } = await render('commute-flows', { municipality, direction: way });
    for (const n of tied) assert.ok(title.includes(n), `${members.join('+')} ${way}: "${title}" should name ${n}`);
    assert.equal(/\belk\b/.test(title), tied.length > 1, `${members.join('+')} ${way}: "${title}" says "elk" only for a tie`);
    assert.ok(title.includes(`${shown} banen`), `${title} has ${shown}`);
    if (tied.length > 1) ties++;
  }
  assert.ok(ties >= 1, 'the data hold at least one tie (Wijk bij Duurstede, inflows), so the tie rule is exercised');
  // The counts are jobs, not persons: no "werkende inwoners" or "forensen" anywhere in the text, the legend and the
  // areas' labels included (the static figure has every word the widget shows), in both languages.
  const all = await render('commute-flows', { municipality: 'GM0355' });
  assert.doesNotMatch(`${all.alt} ${all.html}`, /werkende inwoners|forens/i);
  const { renderStaticHtml } = await import('@q4/render');
  for (const options of [{ municipality: 'GM0355' }, { region: 'NL' }, {}])
    for (const lang of ['nl', 'en']) {
      const { html } = await renderStaticHtml('commute-flows', { ...options, lang, width: 640 });
      assert.doesNotMatch(html, /werkende inwoners|forens|working residents|commuter/i, `${JSON.stringify(options)} ${lang}`);
    }
});

test('the sector title is only certain where the secret cells allow; bounds rounded the safe way', { skip }, async () => {
  const { SECTIONS } = await import('@q4/sector-bloem');
  const rows = csv('banen-sbi-2008-2010.csv').filter((r) => r.jaar === '2010');
  const value = (region, sbi) => {
    const r = rows.find((x) => x.regio_code === region && x.sbi_code === sbi);
    return r && r.banen_werknemers_x1000 !== '' ? Number(r.banen_werknemers_x1000) : null;
  };
  const total = REGION.reduce((s, c) => s + value(c, 'A-U'), 0);
  const nlTotal = value('NL01', 'A-U');
  // Public administration (O): secret for some of the five; each secret cell is at most O-Q minus Q (P is secret too).
  const quotient = (sum, sections) => sum / total / (sections.reduce((s, x) => s + value('NL01', x), 0) / nlTotal);
  const known = REGION.reduce((s, c) => s + (value(c, 'O') ?? 0), 0);
  const most = REGION.reduce((s, c) => s + (value(c, 'O') ?? value(c, 'O-Q') - value(c, 'Q')), 0);
  const [low, high] = [quotient(known, ['O']), quotient(most, ['O'])];
  const consultancy = quotient(
    REGION.reduce((s, c) => s + value(c, 'M') + value(c, 'S'), 0),
    SECTIONS['consultancy-overige-diensten'],
  );
  const { title, alt } = await render('sector-bloem');
  const down = nl(Math.floor(low * 100) / 100, 2);
  const up = nl(Math.ceil(high * 100) / 100, 2);
  assert.ok(alt.includes(`tussen ${down} en ${up}`), `${alt} gives the bounds ${down} and ${up}`);
  assert.notEqual(down, nl(low, 2), 'this bound rounds differently down than to nearest, so the test would see a wrong rounding');
  // Consultancy is certain, public administration is not: the title names both and says why.
  assert.ok(low < consultancy && consultancy < high);
  assert.match(title, new RegExp(`consultancy & overige diensten \\(${nl(consultancy, 2)}×\\) of openbaar bestuur & veiligheid \\(${down}–${up}×\\)`));
  // Counted among the sectors with a quotient: those with SBI sections.
  const scored = Object.values(SECTIONS).filter((s) => s.length).length;
  assert.match(title, new RegExp(`^\\d+ van de ${scored} leidende sectoren met een cijfer`));
});

test('the scorecard title counts comparisons and indicators from the report’s table', { skip }, async () => {
  const seedDir = join(sources, 'seed');
  const text = readFileSync(
    join(
      seedDir,
      readdirSync(seedDir).find((f) => f.endsWith('.txt')),
    ),
    'utf8',
  );
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Kenmerk'));
  const end = lines.findIndex((l, i) => i > start && l.includes('Bron: Staat van Utrecht'));
  const higherIsBetter = new Set(['Woning', 'Groenvoorziening']);
  let better = 0;
  let compared = 0;
  let indicators = 0;
  for (const line of lines.slice(start + 1, end)) {
    const cells = line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean);
    if (cells.length < 6) continue;
    indicators++;
    const [label, ...values] = cells;
    const numbers = values.map((v) => (v === '--' ? null : Number(v.replace('%', '').replace(',', '.'))));
    const province = numbers.pop();
    for (const v of numbers) {
      if (v === null) continue;
      compared++;
      if (v !== province && v > province === higherIsBetter.has(label)) better++;
    }
  }
  const { title } = await render('scorecard');
  assert.equal(title, `De 5 gemeenten scoren in ${better} van de ${compared} vergelijkingen op ${indicators} kenmerken beter dan de provincie Utrecht`);
});

test('the competitiveness note counts the merges in the file, each kind apart', { skip }, async () => {
  const rows = csv('rci-2010-2019.csv').filter((r) => r.level === 'region');
  const capital = [...new Set(rows.filter((r) => r.merged_region_code === r.nuts_code_2016).map((r) => r.nuts_code_2016))];
  const old = [...new Set(rows.filter((r) => r.merged_region_code === 'OLD NUTS classification').map((r) => r.nuts_code_2016))];
  assert.ok(capital.length > 0 && old.length > 0);
  const { WIDGETS, document } = await import('../../packages/render/lib/render.mjs');
  const { renderFigure } = await import('@q4/core');
  const figure = renderFigure(WIDGETS.competitiveness, await WIDGETS.competitiveness.loadDefault(), {}, { width: 600, lang: 'nl', document });
  const notes = figure.notes.join(' ');
  assert.ok(notes.includes(`${capital.length} hoofdstedelijke regio’s zijn samengevoegd met hun forensengebied`), notes);
  for (const code of [...capital, ...old]) assert.ok(notes.includes(code), `${code} named`);
  assert.ok(notes.includes(`${old.join(', ')} is samengevoegd volgens de oude NUTS-indeling`), notes);
});

test('quotes of the report are exact', { skip }, async () => {
  const seedDir = join(sources, 'seed');
  const seed = readFileSync(
    join(
      seedDir,
      readdirSync(seedDir).find((f) => f.endsWith('.txt')),
    ),
    'utf8',
  ).replace(/\s+/g, ' ');
  const { alt } = await render('identity-shift');
  const quotes = [...alt.matchAll(/„([^”]+)”/g)].map((m) => m[1]);
  assert.ok(quotes.length > 0, 'the summary quotes the report');
  for (const q of quotes) assert.ok(seed.includes(q), `"${q}" is in the report word for word`);
});

test('every credit names its source with a table id or a named publication, and a period', { skip }, async () => {
  const cases = [
    ['scorecard', {}],
    ['commute-flows', {}],
    ['identity-shift', {}],
    ['competitiveness', { edition: '2013' }],
    ['land-use', { year: '2006' }],
    ['key-figures', {}],
    ['key-figures', { municipality: 'Zeist' }],
    ['sector-bloem', {}],
  ];
  for (const [widget, options] of cases) {
    for (const lang of ['nl', 'en']) {
      const { credit, image } = await render(widget, { ...options, lang });
      for (const part of credit.split(' · ')) {
        assert.match(
          part,
          /\((\d{5}[A-Za-z]{3}(, )?)+\)|Regional Competitiveness Index|LISA|Staat van Utrecht|Stichting Q4|CBS\/Kadaster/,
          `${widget} ${lang}: "${part}" names its table or publication`,
        );
        assert.match(part, /\b(19|20)\d{2}\b|CBS\/Kadaster/, `${widget} ${lang}: "${part}" has its period`);
      }
      // The period shown is the one drawn.
      for (const v of [options.year, options.edition].filter(Boolean)) assert.ok(credit.includes(v), `${widget}: credit "${credit}" names ${v}`);
      assert.ok(image.includes(credit.replace(/&/g, '&amp;')), `${widget}: the image carries the credit`);
    }
  }
  const map = await render('commute-flows');
  assert.match(map.credit, /Kaart: CBS\/Kadaster/);
});

test('a municipality’s population title: the latest count and the change since the first year, from the CBS files', { skip }, async () => {
  // 37259ENG for 2012-2023 and 03759ned for 2019-2026 (equal where both hold): each year once, the newest file last.
  const byYear = new Map(
    [...csv('bevolking-2012-2023.csv'), ...csv('bevolking-2019-2026.csv')].filter((r) => r.region_code === 'GM0355').map((r) => [r.year, r]),
  );
  const rows = [...byYear.values()].sort((a, b) => a.year - b.year);
  const [first, last] = [rows[0], rows.at(-1)];
  const change = 100 * (Number(last.population_1jan) / Number(first.population_1jan) - 1);
  const { title } = await render('key-figures', { municipality: 'Zeist' });
  assert.equal(
    title,
    `Zeist had op 1 januari ${last.year} ${nl(Number(last.population_1jan))} inwoners, ${nl(Math.abs(change), 1)}% ${change > 0 ? 'meer' : 'minder'} sinds ${first.year}`,
  );
});

test('the land-use title compares the shares it names, from the CBS file (the Netherlands as the sum of the provinces)', { skip }, async () => {
  const rows = csv('bodemgebruik-provincies-1996-2015.csv').filter((r) => r.jaar === '2015');
  const sum = (key) => rows.reduce((s, r) => s + Number(r[key]), 0);
  const utrecht = rows.find((r) => r.regio_code === 'PV26');
  const share = (part, whole) => (100 * part) / whole;
  const [pv, nlShare] = [
    share(Number(utrecht.bebouwd_terrein_ha), Number(utrecht.totale_oppervlakte_ha)),
    share(sum('bebouwd_terrein_ha'), sum('totale_oppervlakte_ha')),
  ];
  const { title } = await render('land-use');
  const pct = (v) => `${nl(v, v < 10 ? 1 : 0)}%`;
  assert.match(title, /naar verhouding meer bebouwd terrein dan in Nederland/);
  assert.ok(pv > nlShare);
  assert.ok(title.endsWith(`${pct(pv)} tegen ${pct(nlShare)} van de oppervlakte`), `${title}: ${pct(pv)} against ${pct(nlShare)}`);
});
