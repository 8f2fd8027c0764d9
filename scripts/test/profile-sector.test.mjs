// The profile's sentences on a place's own strongest sectors, checked against CBS 81402NED of December 2010 read
// here from data/banen-sbi-2008-2010-nl.csv, not from the modules the page reads: the strongest section (every tie
// at two decimals) and its quotient, how many of those shown are above the national share as shown, and how many
// sections have a secret figure. Whether a secret section may be stronger is the widget's bound, tested with the
// widget; here the sentence must say it exactly when the widget's title does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';

const repo = resolve(import.meta.dirname, '..', '..');
const skip = existsSync(join(repo, 'packages', 'widgets', 'dist', 'profile-model', 'index.js')) ? false : 'run npm run build first';
const rows = csvParse(readFileSync(join(repo, 'data', 'banen-sbi-2008-2010-nl.csv'), 'utf8')).filter((r) => r.jaar === '2010');

/** Each SBI section (one letter, A to S) of a region in December 2010: its jobs, or null where CBS keeps it secret. */
function sections(code) {
  const own = rows.filter((r) => r.regio_code === code);
  const total = Number(own.find((r) => r.sbi_code === 'A-U').banen_werknemers_x1000);
  const list = own
    .filter((r) => /^[A-S]$/.test(r.sbi_code))
    .map((r) => ({
      code: r.sbi_code,
      name: r.sbi_omschrijving,
      jobs: r.cbs_symbool === 'x' || r.banen_werknemers_x1000 === '' ? null : Number(r.banen_werknemers_x1000),
    }));
  return { total, list };
}

const places = [
  ['?municipality=GM0193', 'GM0193', 'Zwolle'],
  ['?municipality=GM0307', 'GM0307', 'Amersfoort'],
  ['?municipality=GM0093', 'GM0093', 'Terschelling'],
];

test('the sector sentences say what CBS’s table gives: the strongest, how many above the country, how many secret', { skip }, async () => {
  const model = await import('@q4/widgets/profile-model');
  const core = await import('@q4/core/figure');
  const nl = sections('NL01');
  const nlShare = new Map(nl.list.map((s) => [s.code, s.jobs / nl.total]));
  for (const [search, code, name] of places) {
    const query = model.readQuery(search);
    const resolved = await model.resolvePlace(query);
    const plan = await model.planProfile(resolved.place, 'nl', null);
    const section = plan.sections.find((s) => s.name === 'sector-bloem');
    const texts = section.sentences.map((s) => s.text);
    const t = model.profileMessages.nl;
    const { total, list } = sections(code);
    const two = (v) => core.formatNumber(v, 'nl', 2);
    const ranked = list
      .filter((s) => s.jobs !== null)
      .map((s) => ({ ...s, lq: s.jobs / total / nlShare.get(s.code) }))
      .sort((a, b) => b.lq - a.lq);
    // Five shown, and every one equal to the fifth at two decimals.
    const shown = ranked.filter((s, i) => i < 5 || two(s.lq) === two(ranked[4].lq));
    const top = shown.filter((s) => two(s.lq) === two(shown[0].lq));
    const secret = list.filter((s) => s.jobs === null).length;
    // The widget's title says "of the sectors with a figure" exactly where a secret section may be stronger.
    const options = { municipality: code };
    const widget = await import('@q4/sector-bloem');
    const title = widget.sectorFigure.describe(widget.sectorFigure.prepare(await widget.sectorFigure.loadDefault(options), options, 'nl'), 'nl').title;
    const open = title.includes('van de sectoren met een cijfer');
    const template = open ? (top.length > 1 ? t.sbTopOpenTie : t.sbTopOpen) : top.length > 1 ? t.sbTopTie : t.sbTop;
    const above = shown.filter((s) => Number(two(s.lq).replace(',', '.')) > 1).length;
    const want = [
      core.fill(template, {
        period: 'december 2010',
        top: core.listFormat(
          top.map((s) => s.name.toLowerCase()),
          'nl',
        ),
        area: name,
        lq: two(top[0].lq),
      }),
      core.fill(above === shown.length ? t.sbAboveAll : t.sbAbove, { count: above, shown: shown.length }),
      ...(secret ? [secret === 1 ? t.sbSecretOne : core.fill(t.sbSecret, { count: secret })] : []),
    ];
    assert.deepEqual(texts, want, name);
    for (const s of section.sentences) assert.match(s.note, /81402NED/);
  }
});

test(
  'the report’s five sectors: the sentences’ counts and strongest are the widget’s title’s, whose numbers scripts/test/areas.test.mjs checks against the CSV',
  { skip },
  async () => {
    const model = await import('@q4/widgets/profile-model');
    const widget = await import('@q4/sector-bloem');
    for (const [search, options] of [
      ['', {}],
      ['?municipality=GM0355', { municipality: 'GM0355' }],
      ['?municipality=GM0312', { municipality: 'GM0312' }],
    ]) {
      const plan = await model.planProfile((await model.resolvePlace(model.readQuery(search))).place, 'nl', null);
      const [count, strongest] = plan.sections.find((s) => s.name === 'sector-bloem').sentences.map((s) => s.text);
      const figure = widget.sectorFigure;
      const title = figure.describe(figure.prepare(await figure.loadDefault(options), options, 'nl'), 'nl').title;
      // "(Minstens) 4 van de 4 … sectoren met een cijfer" in both.
      const counted = (text) => /(minstens )?(\d+) van de (\d+)/i.exec(text).slice(1).join('|').toLowerCase();
      assert.equal(counted(count), counted(title), search || 'the report’s region');
      // Each sector is named as (possibly) the strongest in the sentence exactly when the title names it so.
      const prepared = figure.prepare(await figure.loadDefault(options), options, 'nl');
      const inTitle = title.split('; ')[1];
      for (const sector of prepared.data.sectors.map((x) => x.label.nl.toLowerCase()))
        assert.equal(strongest.includes(sector), inTitle.includes(sector), `${sector}: "${strongest}" / "${inTitle}"`);
    }
  },
);

test('with compare=, the strongest sector’s quotient is given for the chosen municipality too, from the same table', { skip }, async () => {
  const model = await import('@q4/widgets/profile-model');
  const core = await import('@q4/core/figure');
  const nl = sections('NL01');
  const nlShare = new Map(nl.list.map((s) => [s.code, s.jobs / nl.total]));
  const two = (v) => core.formatNumber(v, 'nl', 2);
  for (const [search, code, otherCode, otherName] of [
    ['?municipality=GM0193&compare=GM0307', 'GM0193', 'GM0307', 'Amersfoort'],
    ['?municipality=GM0307&compare=GM0193', 'GM0307', 'GM0193', 'Zwolle'],
  ]) {
    const query = model.readQuery(search);
    const compare = await model.resolveCompare(query);
    const plan = await model.planProfile((await model.resolvePlace(query)).place, 'nl', compare);
    const [first] = plan.sections.find((s) => s.name === 'sector-bloem').sentences;
    const lq = (c) => {
      const { total, list } = sections(c);
      return new Map(list.filter((s) => s.jobs !== null).map((s) => [s.name.toLowerCase(), s.jobs / total / nlShare.get(s.code)]));
    };
    const own = [...lq(code)].sort((a, b) => b[1] - a[1]);
    const top = own.filter(([, v]) => two(v) === two(own[0][1]));
    assert.equal(top.length, 1, 'one strongest sector in these places');
    const there = lq(otherCode).get(top[0][0]);
    assert.ok(there !== undefined, 'a published figure there');
    const t = model.profileMessages.nl;
    assert.ok(first.text.endsWith(` ${core.fill(t.sbCompareOne, { other: otherName, lq: two(there) })}`), first.text);
    assert.ok(first.note.endsWith(core.fill(t.comparedWith, { name: otherName })), first.note);
  }
});

test(
  'with compare= a municipality without the figure (Het Hogeland: part of Winsum since 2019) is said not to be compared, in the widget’s words',
  { skip },
  async () => {
    const model = await import('@q4/widgets/profile-model');
    const core = await import('@q4/core/figure');
    const widget = await import('@q4/sector-bloem');
    const query = model.readQuery('?municipality=GM0193&compare=GM1966');
    const plan = await model.planProfile((await model.resolvePlace(query)).place, 'nl', await model.resolveCompare(query));
    const [first] = plan.sections.find((s) => s.name === 'sector-bloem').sentences;
    const options = { municipality: 'GM1966', sectors: 'own' };
    const data = await widget.sectorFigure.loadDefault(options);
    let reason = '';
    try {
      widget.sectorFigure.prepare(data, options, 'nl');
    } catch (error) {
      reason = error.message;
    }
    assert.ok(reason, 'the widget has no figure for Het Hogeland');
    const t = model.profileMessages.nl;
    assert.ok(first.text.endsWith(` ${core.fill(t.notCompared, { name: 'Het Hogeland', why: reason })}`), first.text);
    assert.ok(!first.note.includes(core.fill(t.comparedWith, { name: 'Het Hogeland' })), first.note);
  },
);
