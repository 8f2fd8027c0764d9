// The sector flower for every municipality of today and every one of 2010 (issue 35): its own strongest sectors,
// or the refusal of a place whose territory is not a sum of whole municipalities of 2010. Every expected value is
// computed here, from data/banen-sbi-2008-2010-nl.csv (CBS 81402NED) and CBS's record of reorganisations
// (data/cbs-odata4/03759ned/codes-RegioS.json, read with the history reader), never typed in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { readHistory } from '../data/history.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(repo, 'packages', 'widgets', 'dist', 'generated', 'figures.js'));
const skip = !built ? 'run npm run build first' : false;
const csv = (file) => csvParse(readFileSync(join(repo, 'data', file), 'utf8'));
const nl2 = (n) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

/** Employee jobs of December 2010 by region and SBI item (thousands), null where CBS gives a symbol. */
function jobs2010() {
  const rows = csv('banen-sbi-2008-2010-nl.csv').filter((r) => r.jaar === '2010');
  const value = new Map(rows.map((r) => [`${r.regio_code}|${r.sbi_code}`, r.banen_werknemers_x1000 === '' ? null : Number(r.banen_werknemers_x1000)]));
  const codes = new Set(rows.filter((r) => r.regio_code.startsWith('GM') && r.sbi_code === 'A-U' && r.cbs_symbool !== '.').map((r) => r.regio_code));
  // The sections A to S (T and U are not in the table), with their Dutch names.
  const sections = [...new Map(rows.filter((r) => /^[A-S]$/.test(r.sbi_code)).map((r) => [r.sbi_code, r.sbi_omschrijving]))];
  return { get: (region, sbi) => value.get(`${region}|${sbi}`) ?? null, codes, sections };
}

/**
 * Each municipality of today: the codes of 2010 that went into it whole (through mergers and renames after
 * 1 January 2010), and whether a part of a divided code or a border correction moved into or out of it since.
 */
function territories(today) {
  const changes = readHistory(JSON.parse(readFileSync(join(repo, 'data/cbs-odata4/03759ned/codes-RegioS.json'), 'utf8')).value, {
    from: 2010,
    to: 2026,
  }).changes.filter((c) => c.date > '2010-01-01');
  const next = new Map(changes.filter((c) => c.kind === 'samenvoeging' || c.kind === 'naamswijziging').map((c) => [c.from, c.to]));
  const end = (code) => {
    let c = code;
    while (!today.has(c) && next.has(c)) c = next.get(c);
    return today.has(c) ? c : null;
  };
  const moved = new Set();
  for (const c of changes) {
    if (c.kind === 'splitsing') moved.add(end(c.to));
    if (c.kind === 'grenscorrectie') moved.add(end(c.to)).add(end(c.from));
  }
  return { end, moved };
}

/** The five sections with the highest quotient among those published for every part, and every tie at two decimals. */
function expected(j, parts) {
  const total = (code) => j.get(code, 'A-U');
  const nlShare = (x) => j.get('NL01', x) / j.get('NL01', 'A-U');
  const published = [];
  const secret = [];
  for (const [code, label] of j.sections) {
    if (parts.some((p) => j.get(p, code) === null)) secret.push(label);
    else published.push({ code, label, lq: parts.reduce((s, p) => s + j.get(p, code), 0) / parts.reduce((s, p) => s + total(p), 0) / nlShare(code) });
  }
  published.sort((a, b) => b.lq - a.lq || a.code.localeCompare(b.code));
  let n = Math.min(5, published.length);
  while (n < published.length && nl2(published[n].lq) === nl2(published[n - 1].lq)) n++;
  return { shown: published.slice(0, n), ranked: published.length, secret };
}

test('sector flower: every municipality of today and of 2010 shows its own strongest sectors, or says why not', { skip }, async () => {
  const { figures } = await import('@q4/widgets/figures');
  const figure = figures.find((f) => f.name === 'sector-bloem');
  const j = jobs2010();
  const population = csv('bevolking-2019-2026.csv');
  const today = new Set(population.filter((r) => r.year === '2026' && r.region_code.startsWith('GM')).map((r) => r.region_code));
  const { end, moved } = territories(today);
  const say = async (municipality) => {
    const data = await figure.loadDefault({ municipality, sectors: 'own' });
    return figure.describe(figure.prepare(data, { municipality, sectors: 'own' }, 'nl'), 'nl');
  };
  let shown = 0;
  let refused = 0;
  let ties = 0;
  const places = [...new Set([...today, ...j.codes])].sort();
  for (const code of places) {
    const alive = today.has(code);
    const parts = alive ? [...j.codes].filter((c) => end(c) === code) : [code];
    if (alive && moved.has(code)) {
      // A part moved in or out since 2010: no figure, and the error says why.
      const data = await figure.loadDefault({ municipality: code });
      assert.throws(
        () => figure.prepare(data, { municipality: code }, 'nl'),
        (e) => e.code === 'no-data' && /niet te verdelen/.test(e.message),
        code,
      );
      refused++;
      continue;
    }
    assert.ok(parts.length > 0, `${code} has parts of 2010`);
    const want = expected(j, parts);
    if (!want.shown.length) {
      // Every section secret: a clear error, not an empty flower.
      await assert.rejects(say(code), (e) => e.code === 'no-data' && /geheim/.test(e.message), code);
      refused++;
      continue;
    }
    const text = await say(code);
    const lq = (s) => nl2(s.lq);
    // The title names every section that ties with the strongest at two decimals.
    for (const s of want.shown.filter((s) => lq(s) === lq(want.shown[0])))
      assert.ok(text.title.includes(`${s.label.toLowerCase()} (${lq(s)}×)`), `${code}: ${text.title}`);
    // The summary lists the shown sections in order with their quotients; the note counts them and what was ranked.
    let at = -1;
    for (const s of want.shown) {
      const i = text.summary.indexOf(`${s.label} ${lq(s)}`);
      assert.ok(i > at, `${code}: ${s.label} ${lq(s)} in order in ${text.summary}`);
      at = i;
    }
    assert.ok(text.summary.startsWith(`De ${want.shown.length} sterkste sectoren van `), `${code}: ${text.title} | ${text.summary}`);
    assert.ok(
      text.notes.some((n) => n.includes(`de ${want.shown.length} SBI-secties met het hoogste quotiënt, van de ${want.ranked} met een gepubliceerd cijfer`)),
      code,
    );
    if (want.secret.length)
      assert.ok(
        text.notes.some((n) => n.startsWith('Geheim (CBS)') && want.secret.every((l) => n.includes(l))),
        `${code}: ${text.notes.join(' | ')}`,
      );
    // Where parts of 2010 were summed, the note names them.
    if (parts.length > 1)
      assert.ok(
        text.notes.some((n) => n.includes('samen, in 2010')),
        `${code}: ${text.notes.join(' | ')}`,
      );
    if (want.shown.length > 5) ties++;
    shown++;
  }
  assert.ok(refused > 0 && shown > 400, `${shown} shown, ${refused} refused`);
  assert.ok(ties >= 0);
});

test(
  'sector flower: Goeree-Overflakkee is the sum of its four municipalities of 2010; sectors="report" gives the report’s five anywhere',
  { skip },
  async () => {
    const { figures } = await import('@q4/widgets/figures');
    const figure = figures.find((f) => f.name === 'sector-bloem');
    const j = jobs2010();
    const population = csv('bevolking-2019-2026.csv');
    const today = new Set(population.filter((r) => r.year === '2026' && r.region_code.startsWith('GM')).map((r) => r.region_code));
    const { end } = territories(today);
    const code = population.find((r) => r.region_name === 'Goeree-Overflakkee').region_code;
    const parts = [...j.codes].filter((c) => end(c) === code);
    assert.equal(parts.length, 4);
    const data = await figure.loadDefault({ municipality: code });
    const text = figure.describe(figure.prepare(data, { municipality: code }, 'nl'), 'nl');
    const names = csv('banen-sbi-2008-2010-nl.csv');
    for (const p of parts) assert.ok(text.notes.join(' ').includes(names.find((r) => r.regio_code === p).regio), `${p} named`);
    const want = expected(j, parts);
    assert.ok(text.title.includes(`${want.shown[0].label.toLowerCase()} (${nl2(want.shown[0].lq)}×)`), text.title);
    // The report's five, chosen: the same quotients as the report's sectors, from the summed jobs.
    const reportData = await figure.loadDefault({ municipality: code, sectors: 'report' });
    const report = figure.describe(figure.prepare(reportData, { municipality: code, sectors: 'report' }, 'nl'), 'nl');
    assert.match(report.title, /sectoren met een cijfer hebben in Goeree-Overflakkee een groter aandeel dan landelijk/);
    assert.ok(report.notes.some((n) => n.includes('leidende sectoren van Heuvelrug Kromme Rijnstreek')));
    // The report's region keeps the report's five by default, and its own strongest on request.
    const region = await figure.loadDefault({});
    assert.match(figure.describe(figure.prepare(region, {}, 'nl'), 'nl').title, /leidende sectoren met een cijfer hebben in de regio/);
    const regionOwn = await figure.loadDefault({ sectors: 'own' });
    assert.match(figure.describe(figure.prepare(regionOwn, { sectors: 'own' }, 'nl'), 'nl').title, /in de regio/i);
  },
);
