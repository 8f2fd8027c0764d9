// Any municipality and any region (issue 14): the area index, and what the widgets say for places all over the
// country. Every expected value is computed here from the raw files in data/, never typed in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { flowsToday } from './commuting-today.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const sources = join(repo, 'data');
const built = existsSync(join(repo, 'packages', 'data', 'dist', 'index.js')) && existsSync(join(repo, 'packages', 'data', 'dist', 'national'));
const skip = !built ? 'run npm run build first' : false;

const csv = (file) => csvParse(readFileSync(join(sources, file), 'utf8'));
const nl = (n) => new Intl.NumberFormat('nl-NL').format(n);
const renderLib = () => import('../../packages/render/lib/render.mjs');
const data = () => import('../../packages/data/dist/index.js');

/** Everything a widget says for these options, in Dutch: title, summary, notes, credit and the SVG. */
async function say(widget, options) {
  const { WIDGETS, document, serialize } = await renderLib();
  const { renderFigure } = await import('../../packages/core/dist/index.js');
  const figure = WIDGETS[widget];
  const drawn = renderFigure(figure, await figure.loadDefault(options), options, { width: 640, lang: 'nl', document });
  return { ...drawn, svg: serialize(drawn.chart), all: [drawn.title, drawn.summary, ...drawn.notes, drawn.credit].join(' ') };
}
async function fails(widget, options) {
  try {
    await say(widget, options);
  } catch (error) {
    return error;
  }
  assert.fail(`expected ${widget} ${JSON.stringify(options)} to fail`);
}

const flows = flowsToday;
const plain = (name) => name.replace(/ \(gemeente\)$/, '');

test('name look-up: case, diacritics, CBS suffixes, aliases and ambiguity', { skip }, async () => {
  const { loadAreaIndex, lookupMunicipality } = await data();
  const index = await loadAreaIndex();
  const code = (text) => lookupMunicipality(index, text).found?.code;
  const population = csv('bevolking-2012-2023.csv');
  const byName = (label) => population.find((r) => r.region_name === label).region_code;
  assert.equal(code('utrecht'), byName('Utrecht Municipality'));
  assert.equal(code('Utrecht (gemeente)'), byName('Utrecht Municipality'));
  assert.equal(code('UTRECHT'), code('GM0344'));
  assert.equal(code('Bergen (NH.)'), byName('Bergen (NH.)'));
  assert.equal(code('hengelo'), byName('Hengelo (O.)'));
  assert.equal(code('sudwest fryslan'), code('Súdwest-Fryslân'));
  assert.equal(code('0344'), 'GM0344');
  const bergen = lookupMunicipality(index, 'bergen');
  assert.deepEqual(
    bergen.ambiguous.map((m) => m.code).sort(),
    population
      .filter((r) => /^Bergen \(/.test(r.region_name))
      .map((r) => r.region_code)
      .filter((c, i, a) => a.indexOf(c) === i)
      .sort(),
  );
  const typo = lookupMunicipality(index, 'Amsterdm');
  assert.equal(typo.suggestions[0].code, byName('Amsterdam'));
  assert.ok(lookupMunicipality(index, 'GM9999').unknown);
});

test('reorganisations: a merged municipality is the sum of its predecessors, a split one has no figure, chains are followed', { skip }, async () => {
  const { loadAreaIndex, composeIn } = await data();
  const index = await loadAreaIndex();
  const reorganisations = csv('herindelingen-2014-2024.csv');
  const into = (code) => reorganisations.filter((r) => r.nieuw_code === code);
  // Vijfheerenlanden (2019) in 2014: the three whole predecessors of the file.
  const vijf = composeIn(index, 'GM1961', 2014);
  assert.equal(vijf.status, 'whole');
  assert.deepEqual(
    vijf.parts,
    into('GM1961')
      .map((r) => r.oud_code)
      .sort(),
  );
  // Het Hogeland includes part of Winsum (a split): no figure for 2014.
  const hogeland = composeIn(index, 'GM1966', 2014);
  assert.equal(hogeland.status, 'split');
  assert.deepEqual(
    hogeland.split.map((s) => s.from),
    into('GM1966')
      .filter((r) => r.soort === 'splitsing')
      .map((r) => r.oud_code),
  );
  // Berg en Dal: the rename of Groesbeek (2016), which took in Millingen and Ubbergen (2015).
  const groesbeek = reorganisations.find((r) => r.nieuw_code === 'GM1945').oud_code;
  assert.deepEqual(composeIn(index, 'GM1945', 2014).parts, [groesbeek, ...into(groesbeek).map((r) => r.oud_code)].sort());
  // An old code is shown in its own year, and said to have ended later.
  const leerdam = composeIn(index, 'GM0545', 2020);
  assert.equal(leerdam.status, 'ended');
  assert.equal(leerdam.became.at(-1).to, 'GM1961');
});

test("commute-flows: Amsterdam's residents' largest destination outside Amsterdam, from the national matrix", { skip }, async () => {
  const rows = flows().filter((r) => r.from === 'GM0363' && r.to !== 'GM0363' && r.to.startsWith('GM'));
  rows.sort((a, b) => b.jobs - a.jobs);
  const top = rows[0];
  const shown = await say('commute-flows', { municipality: 'amsterdam', direction: 'out' });
  assert.match(shown.title, new RegExp(`${plain(top.toName)} \\(${nl(top.jobs).replace('.', '\\.')} banen\\)`));
  assert.ok(!/elk/.test(shown.title), 'no tie at the shown precision');
});

test("commute-flows: Groningen's inflows name every municipality that ties at the shown precision", { skip }, async () => {
  const rows = flows()
    .filter((r) => r.to === 'GM0014' && r.from !== 'GM0014')
    .sort((a, b) => b.jobs - a.jobs);
  const third = nl(rows[2].jobs);
  const tied = rows.filter((r) => nl(r.jobs) === third);
  const shown = await say('commute-flows', { municipality: 'Groningen', direction: 'in' });
  for (const r of tied) assert.ok(shown.summary.includes(`${plain(r.fromName)} (${third})`), `${r.fromName} is named`);
});

test('commute-flows: a region leaves its internal flows out of the arrows and counts them, with a balance from summed counts', { skip }, async () => {
  const members = ['GM0344', 'GM0307'];
  const all = flows();
  const inside = all.filter((r) => members.includes(r.from) && members.includes(r.to));
  const residents = all.filter((r) => members.includes(r.from)).reduce((s, r) => s + r.jobs, 0);
  const located = all.filter((r) => members.includes(r.to)).reduce((s, r) => s + r.jobs, 0);
  const internal = inside.reduce((s, r) => s + r.jobs, 0);
  const shown = await say('commute-flows', { region: members.join(','), regionName: 'Twee steden' });
  assert.ok(shown.summary.includes(`${nl(residents)} banen, waarvan ${nl(internal)}`), shown.summary);
  assert.ok(shown.summary.includes(`saldo +${nl(located - residents)}`), shown.summary);
  const names = inside.filter((r) => r.from !== r.to).map((r) => `${plain(r.fromName)} → ${plain(r.toName)}`);
  for (const arrow of names) assert.ok(!shown.svg.includes(arrow), `${arrow} is not drawn`);
  assert.match(shown.title, /Twee steden/);
});

test('commute-flows: Vijfheerenlanden in 2014 is Leerdam + Zederik + Vianen, and says so', { skip }, async () => {
  const parts = csv('herindelingen-2014-2024.csv').filter((r) => r.nieuw_code === 'GM1961');
  const residents = flows()
    .filter((r) => parts.some((p) => p.oud_code === r.from))
    .reduce((s, r) => s + r.jobs, 0);
  const shown = await say('commute-flows', { municipality: 'Vijfheerenlanden' });
  assert.ok(shown.summary.includes(`${nl(residents)} banen`), shown.summary);
  for (const p of parts) assert.ok(shown.notes.join(' ').includes(p.oud_naam), `${p.oud_naam} is named in the notes`);
});

test("commute-flows: today's map carries 2014 through whole mergers, and says what it could not carry", { skip }, async () => {
  const table = csv('herindelingen-2014-2024.csv').filter((r) => r.datum > '2014-01-01');
  const name = (code) => table.find((r) => r.oud_code === code)?.oud_naam ?? table.find((r) => r.nieuw_code === code)?.nieuw_naam;
  // Groningen: Haren and Ten Boer went in whole (2019); a part of Slochteren came in 2017, and is not counted.
  const groningen = await say('commute-flows', { municipality: 'Groningen' });
  const whole = table.filter((r) => r.nieuw_code === 'GM0014' && r.soort === 'samenvoeging').map((r) => r.oud_naam);
  assert.ok(whole.length >= 2);
  const notes = groningen.notes.join(' ');
  for (const n of whole) assert.ok(notes.includes(n), `${n} is named: ${notes}`);
  const part = table.find((r) => r.nieuw_code === 'GM0014' && r.soort === 'grenscorrectie');
  assert.ok(notes.includes(`Niet meegeteld: het deel van ${part.oud_naam}`), notes);
  const residents = flows()
    .filter((r) => r.from === 'GM0014')
    .reduce((s, r) => s + r.jobs, 0);
  assert.ok(groningen.summary.includes(`${nl(residents)} banen van inwoners van Groningen`), groningen.summary);
  // Het Hogeland: the sum of what went in whole; Winsum, divided in 2019, is on no map of today.
  const hogeland = await say('commute-flows', { municipality: 'Het Hogeland', top: 40 });
  const winsum = table.find((r) => r.nieuw_code === 'GM1966' && r.soort === 'splitsing');
  assert.ok(hogeland.notes.join(' ').includes(`het deel van ${winsum.oud_naam}`), hogeland.notes.join(' '));
  assert.match(hogeland.all, /de gemeenten van 2025 met de stromen van december 2014/);
  assert.match(hogeland.credit, /gemeentegrenzen 2025/);
  assert.ok(!hogeland.svg.includes(`data-area="${winsum.oud_code}"`), 'Winsum is not on the map');
  assert.ok(hogeland.svg.includes('data-area="GM1966"'));
  const divided = hogeland.notes.find((n) => n.startsWith('Niet op de kaart van 2025'));
  assert.ok(divided?.includes(name(winsum.oud_code)), hogeland.notes.join(' '));
});

test("the map's list of changed municipalities is what the area index says of each municipality of today", { skip }, async () => {
  const { loadAreaIndex, loadNationalCommuting, territoryIn } = await data();
  const [index, national] = await Promise.all([loadAreaIndex(), loadNationalCommuting()]);
  const today = index.municipalities.filter((m) => m.last >= index.lastYear).map((m) => m.code);
  const split = today.filter((c) => territoryIn(index, c, 2014).status === 'split');
  assert.deepEqual([...national.changed].sort(), split.sort());
  // Every code of today is on the map's index, with the divided codes of 2014 besides.
  assert.deepEqual(
    national.areas
      .map((a) => a.code)
      .filter((c) => !national.divided.has(c))
      .sort(),
    today.sort(),
  );
});

test('commute-flows: NL shows the largest flow between two municipalities of the country', { skip }, async () => {
  const rows = flows()
    .filter((r) => r.from !== r.to && r.from.startsWith('GM') && r.to.startsWith('GM'))
    .sort((a, b) => b.jobs - a.jobs);
  const shown = await say('commute-flows', { region: 'NL' });
  const tied = rows.filter((r) => nl(r.jobs) === nl(rows[0].jobs));
  for (const r of tied) assert.ok(shown.title.includes(`${plain(r.fromName)} → ${plain(r.toName)}`), shown.title);
  assert.ok(shown.title.includes(nl(rows[0].jobs)));
});

test("key-figures: Groningen's population on its latest 1 January, and a two-municipality region's sums", { skip }, async () => {
  // CBS 37259ENG to 2023 and 03759ned from 2019 (equal where both hold): the latest year is the newest file's last.
  const population = [...csv('bevolking-2012-2023.csv'), ...csv('bevolking-2019-2026.csv')];
  const latest = Math.max(...population.map((r) => Number(r.year)));
  const at = (code, year) => Number(population.find((r) => r.region_code === code && r.year === String(year)).population_1jan);
  const groningen = await say('key-figures', { municipality: 'groningen' });
  assert.ok(groningen.title.includes(`op 1 januari ${latest} ${nl(at('GM0014', latest))} inwoners`), groningen.title);
  const lisa = csv('lisa-2017.csv');
  const jobs = (code) => Number(lisa.find((r) => r.gemeente_code === code).banen);
  const region = await say('key-figures', { region: 'GM0344, GM0307' });
  assert.ok(region.title.includes(nl(at('GM0344', latest) + at('GM0307', latest))), region.title);
  assert.ok(region.summary.includes(`${nl(jobs('GM0344') + jobs('GM0307'))} banen`), region.summary);
  assert.ok(region.credit.includes('Bron: LISA 2017'));
});

test('key-figures: a year in which a member has no figure is missing (with why), never a partial sum', { skip }, async () => {
  const shown = await say('key-figures', { municipality: 'Het Hogeland' });
  const population = csv('bevolking-2012-2023.csv');
  const years = population.filter((r) => r.region_code === 'GM1966').map((r) => r.year);
  const first = Math.min(...years.map(Number));
  for (let y = 2012; y < first; y++)
    assert.ok(
      shown.notes.some((n) => n.startsWith(`${y}: geen cijfer`) && n.includes('Winsum')),
      `${y} missing with why`,
    );
  for (const row of shown.table.sections[0].rows.filter((r) => Number(r.header) < first)) assert.equal(row.cells[0], 'geen cijfer');
});

test('bad areas: unknown, ambiguous, not yet existing and hostile values give clear errors with codes', { skip }, async () => {
  assert.equal((await fails('commute-flows', { municipality: 'GM9999' })).code, 'unknown-area');
  const ambiguous = await fails('key-figures', { municipality: 'Bergen' });
  assert.equal(ambiguous.code, 'unknown-area');
  const bergens = [
    ...new Set(
      csv('bevolking-2012-2023.csv')
        .filter((r) => /^Bergen \(/.test(r.region_name))
        .map((r) => `${r.region_name} (${r.region_code})`),
    ),
  ];
  assert.ok(bergens.length > 1);
  for (const b of bergens) assert.ok(ambiguous.message.includes(b), `${b} is a candidate`);
  // A suggestion whose name holds "en" stays whole ("Berg en Dal"), in a list of choices.
  const dal = csv('herindelingen-2014-2024.csv').find((r) => r.nieuw_code === 'GM1945');
  const typo = await fails('key-figures', { municipality: `${dal.nieuw_naam}l` });
  assert.ok(typo.message.includes(`${dal.nieuw_naam} (${dal.nieuw_code})`), typo.message);
  // The map draws today's municipalities: one that ended has none, and the error says what it became.
  const leerdam = await fails('commute-flows', { municipality: 'Leerdam' });
  assert.equal(leerdam.code, 'no-data');
  assert.match(leerdam.message, /Vijfheerenlanden/);
  assert.equal((await fails('commute-flows', { region: 'GM0344' })).code, 'invalid-option');
  assert.equal((await fails('commute-flows', { region: 'GM0344,gm0344' })).code, 'invalid-option');
  assert.equal((await fails('key-figures', { region: 'GM0344,PV26' })).code, 'unknown-area');
  const hostile = await fails('commute-flows', { region: 'GM0344,<img src=x onerror=alert(1)>' });
  assert.equal(hostile.code, 'unknown-area');
  assert.equal((await fails('key-figures', { region: 'GM0344,GM0307', regionName: 'x'.repeat(61) })).code, 'invalid-option');
  assert.equal((await fails('key-figures', { region: 'GM1961,GM0545' })).code, 'invalid-option');
});

test('land use takes one province against the Netherlands; competitiveness takes a province name', { skip }, async () => {
  const land = csv('bodemgebruik-provincies-1996-2015.csv');
  const groningen = land.find((r) => r.regio_code === 'PV20');
  const shown = await say('land-use', { area: 'groningen' });
  assert.ok(shown.all.includes(groningen.provincie), shown.title);
  // A municipality asked: land use exists only per province, and the message says so.
  const zeist = await fails('land-use', { area: 'Zeist' });
  assert.equal(zeist.code, 'unknown-area');
  assert.match(zeist.message, /alleen per provincie.*geen bron per gemeente/);
  const friesland = land.find((r) => r.regio_code === 'PV21');
  assert.ok((await say('land-use', { area: 'provincie Friesland' })).all.includes(friesland.provincie));
  const rci = csv('rci-2010-2019.csv');
  const brabant = await say('competitiveness', { region: 'Noord-Brabant' });
  const name = rci.find((r) => /NL41/.test(Object.values(r).join(',')));
  assert.ok(name, 'NL41 is in the index');
  assert.ok(brabant.all.includes('Noord-Brabant'), brabant.title);
});

// --- sector flower, the report's five sectors (`sectors="report"`) for the municipalities of the 81402NED extract ---
const sectorRows = () => csv('banen-sbi-2008-2010.csv').filter((r) => r.jaar === '2010');
/** Employee jobs (thousands) of a region and SBI code in 2010, or null where CBS gives a symbol. */
const jobsOf = (rows, region, sbi) => {
  const r = rows.find((x) => x.regio_code === region && x.sbi_code === sbi);
  return r.banen_werknemers_x1000 === '' ? null : Number(r.banen_werknemers_x1000);
};
const nl2 = (n) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

test('sector flower, the report’s five for a municipality and a region: quotients from the summed jobs', { skip }, async () => {
  const { SECTIONS } = await import('../../packages/sector-bloem/dist/sector-bloem-data.js');
  const rows = sectorRows();
  const lq = (members, sections) => {
    const share =
      members.reduce((s, c) => s + sections.reduce((t, x) => t + jobsOf(rows, c, x), 0), 0) / members.reduce((s, c) => s + jobsOf(rows, c, 'A-U'), 0);
    return share / (sections.reduce((t, x) => t + jobsOf(rows, 'NL01', x), 0) / jobsOf(rows, 'NL01', 'A-U'));
  };
  const scored = Object.entries(SECTIONS).filter(([, s]) => s.length);
  // Amersfoort: no secret cell in the four sectors, so every quotient is exact and the strongest is certain.
  const amersfoort = rows.find((r) => r.regio === 'Amersfoort').regio_code;
  const values = scored.map(([id, s]) => [id, lq([amersfoort], s)]);
  assert.ok(values.every(([, v]) => Number.isFinite(v)));
  const shown = await say('sector-bloem', { municipality: 'amersfoort', sectors: 'report' });
  const stronger = values.filter(([, v]) => v > 1).length;
  assert.match(shown.title, new RegExp(`^${stronger} van de ${scored.length} sectoren met een cijfer hebben in Amersfoort een groter aandeel`));
  const best = Math.max(...values.map(([, v]) => Math.round(v * 100) / 100));
  const ties = values.filter(([, v]) => Math.round(v * 100) / 100 === best);
  assert.equal(ties.length, 1, 'one strongest at two decimals');
  assert.ok(shown.title.endsWith(`(${nl2(best)}×)`), shown.title);
  for (const [, v] of values) assert.ok(shown.summary.includes(nl2(v)), `${nl2(v)} in ${shown.summary}`);
  assert.ok(
    shown.notes.some((n) => n.includes('leidende sectoren van Heuvelrug Kromme Rijnstreek')),
    'says whose sectors these are',
  );
  assert.equal(shown.credit, `Bron: CBS (81402NED), december 2010, ${rows.find((r) => r.regio_code === 'NL01').status}`);
  // A named region of three: the members' jobs summed, its members listed, its name kept as text.
  const lek = ['Utrecht (gemeente)', 'Nieuwegein', 'Houten'].map((n) => rows.find((r) => r.regio === n).regio_code);
  const region = await say('sector-bloem', { region: lek.join(','), regionName: 'Lekstroom <b>', sectors: 'report' });
  for (const [, s] of scored) assert.ok(region.summary.includes(nl2(lq(lek, s))), `${nl2(lq(lek, s))} in ${region.summary}`);
  assert.ok(region.title.includes('in Lekstroom <b> een groter aandeel'), region.title);
  assert.ok(
    region.notes.some((n) => n.startsWith('Lekstroom <b> = Utrecht, Nieuwegein en Houten')),
    region.notes.join(' | '),
  );
});

test('sector flower: secret cells of one municipality give safe bounds, and the title names every sector they leave open', { skip }, async () => {
  const { SECTIONS } = await import('../../packages/sector-bloem/dist/sector-bloem-data.js');
  const { messages } = await import('../../packages/sector-bloem/dist/messages.js');
  const rows = sectorRows();
  // The partner with the most secret cells in the four sectors.
  const codes = [...new Set(rows.filter((r) => r.regio_code.startsWith('GM')).map((r) => r.regio_code))];
  const secretIn = (c) => Object.values(SECTIONS).filter((s) => s.some((x) => jobsOf(rows, c, x) === null)).length;
  const code = codes.sort((a, b) => secretIn(b) - secretIn(a))[0];
  assert.ok(secretIn(code) >= 2, 'a municipality with several secret sectors');
  const name = rows.find((r) => r.regio_code === code).regio;
  const shown = await say('sector-bloem', { municipality: code, sectors: 'report' });
  // Each sector: lower bound from the published cells, rounded down; upper from its aggregate minus the published parts.
  const total = jobsOf(rows, code, 'A-U');
  const nlShare = (s) => s.reduce((t, x) => t + jobsOf(rows, 'NL01', x), 0) / jobsOf(rows, 'NL01', 'A-U');
  for (const [id, sections] of Object.entries(SECTIONS).filter(([, s]) => s.some((x) => jobsOf(rows, code, x) === null))) {
    const low = sections.reduce((t, x) => t + (jobsOf(rows, code, x) ?? 0), 0) / total / nlShare(sections);
    const down = nl2(Math.floor(low * 100 + 1e-9) / 100);
    assert.ok(
      shown.notes.some((n) => n.includes(`de cijfers van ${name} zijn geheim`) && n.includes(`tussen ${down} `)),
      `${id}: at least ${down}`,
    );
  }
  const open = (shown.title.match(/ of /g) ?? []).length + 1;
  assert.ok(open >= 2, shown.title);
  assert.ok(shown.title.endsWith((open === 2 ? messages.nl.strongestOpen : messages.nl.strongestMany).split('{list}')[1]), shown.title);
  // Counted as stronger only where even the lower bound (secret cells as 0) is above 1, among the sectors with SBI sections.
  const scored = Object.values(SECTIONS).filter((s) => s.length);
  const sure = scored.filter((sections) => sections.reduce((t, x) => t + (jobsOf(rows, code, x) ?? 0), 0) / total / nlShare(sections) > 1).length;
  assert.ok(shown.title.startsWith(`Minstens ${sure} van de ${scored.length} sectoren met een cijfer hebben in ${name} een groter aandeel`), shown.title);
});

test('sector flower: a split refused with its reason, NL refused, ties at the shown precision named', { skip }, async () => {
  // Groningen received part of Slochteren in 2017 (the older table's border correction): the figures of 2010
  // cannot be divided, and the error says so and names the predecessors.
  const correction = csv('herindelingen-2014-2024.csv').find((r) => r.nieuw_code === 'GM0014' && r.soort === 'grenscorrectie');
  const groningen = await fails('sector-bloem', { municipality: 'Groningen' });
  assert.equal(groningen.code, 'no-data');
  assert.ok(groningen.message.includes(correction.oud_naam) && groningen.message.includes('niet te verdelen'), groningen.message);
  const mixed = await fails('sector-bloem', { region: 'Zeist,Groningen' });
  assert.ok(mixed.message.startsWith('Geen cijfer voor Groningen in 2010'), mixed.message);
  assert.equal((await fails('sector-bloem', { region: 'NL' })).code, 'invalid-option');
  assert.equal((await fails('sector-bloem', { municipality: 'Amersfoort', region: 'GM0344,GM0307' })).code, 'invalid-option');
  assert.equal((await fails('sector-bloem', { municipality: 'Amersfoort', sectors: 'alle' })).code, 'invalid-option');
  // Own quotients equal at two decimals: both are the strongest, said as a tie.
  const { WIDGETS, document } = await renderLib();
  const { renderFigure } = await import('../../packages/core/dist/index.js');
  const figure = WIDGETS['sector-bloem'];
  const a = 1.234;
  const b = a + 0.0009;
  const own = figure.parse([
    { label: 'A', value: a },
    { label: 'B', value: b },
    { label: 'C', value: 0.5 },
  ]);
  const drawn = renderFigure(figure, own, {}, { width: 640, lang: 'nl', document });
  assert.equal(nl2(a), nl2(b));
  assert.ok(drawn.title.includes(`B (${nl2(b)}×) en A (${nl2(a)}×)`), drawn.title);
  // Said as a tie, in the words of the flower's messages ("…, gelijk op twee decimalen").
  const { messages } = await import('../../packages/sector-bloem/dist/messages.js');
  const tie = messages.nl.strongestTie.split('{list}')[1];
  assert.ok(drawn.title.includes(`A (${nl2(a)}×)${tie}`), drawn.title);
});
