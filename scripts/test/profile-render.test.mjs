// q4-render profile: the profile page as HTML that needs no script, and the static site of every municipality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(repo, 'packages', 'widgets', 'dist', 'profile-model', 'index.js'));
const bin = join(repo, 'packages', 'render', 'bin', 'q4-render.mjs');
const skip = !built && 'run npm run build first';

test('q4-render profile writes a page readable without script: the live template, every section with its static widget', { skip }, async () => {
  const { planProfile, printFooterCss, readQuery, resolvePlace, profileMessages } = await import('@q4/widgets/profile-model');
  const dir = mkdtempSync(join(tmpdir(), 'q4-profile-'));
  try {
    const run = spawnSync('node', [bin, 'profile', '--municipality', 'Amsterdam', '--compare', 'Zwolle', '--out', dir], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const resolved = await resolvePlace(readQuery('?municipality=GM0363'));
    const plan = await planProfile(resolved.place, 'nl', { code: 'GM0193', name: 'Zwolle' });
    // One h1, a section per figure the place has with its widget as a declarative shadow root, the others listed.
    assert.equal(html.match(/<h1>/g).length, 1);
    assert.match(html, /<html lang="nl">/);
    for (const s of plan.sections) {
      assert.match(html, new RegExp(`<section id="${s.name}"`));
      assert.match(html, new RegExp(`<q4-${s.name}[^>]*heading-level="3"[^>]*><template shadowroot="open" shadowrootmode="open">`), s.name);
      for (const sentence of s.sentences) assert.ok(html.includes(sentence.text.replace(/&/g, '&amp;')), sentence.text);
    }
    for (const m of plan.missing) assert.ok(html.includes(m.reason.replace(/"/g, '&quot;')) || html.includes(m.reason), m.reason);
    assert.ok(!html.includes('Gegevens laden'), 'no widget waits for data');
    assert.ok(!html.includes('data-q4-fragment'), 'every mark replaced by its widget');
    assert.ok(!/<!--lit/.test(html), 'no hydration markers');
    // The stylesheet and all data beside it; the CSV opens in Dutch Excel with its byte-order mark.
    assert.ok(readFileSync(join(dir, 'profile.css'), 'utf8').includes('@media print'));
    const csv = readFileSync(join(dir, 'profiel.csv'), 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff);
    for (const s of plan.sections) assert.ok(csv.includes(`\r\n${s.heading}\r\n`), s.heading);
    assert.ok(html.includes(profileMessages.nl.cite));
    // On paper, the address of the live page on every sheet: the page's margin box, in the head.
    const live = /<footer class="profile-footer">[\s\S]*?<a href="([^"]+)"/.exec(html)[1].replaceAll('&amp;', '&');
    assert.ok(live.startsWith('https://cdn.jsdelivr.net/npm/@q4/widgets@'), live);
    assert.ok(html.includes(`<style>${printFooterCss(live, 'nl')}</style>`), 'the printed footer');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('q4-render profile: an unknown place and a hostile region name are refused with a message, exit code 1, no page', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'q4-profile-'));
  try {
    const unknown = spawnSync('node', [bin, 'profile', '--municipality', 'Atlantis', '--out', join(dir, 'a')], { encoding: 'utf8' });
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /Atlantis/);
    const hostile = spawnSync(
      'node',
      [bin, 'profile', '--region', 'GM0363,GM0384', '--region-name', '<script>alert(1)</script>'.repeat(5), '--out', join(dir, 'b')],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(hostile.status, 1);
    assert.ok(!existsSync(join(dir, 'a', 'index.html')) && !existsSync(join(dir, 'b', 'index.html')));
    const usage = spawnSync('node', [bin, 'profile', '--out', join(dir, 'c')], { encoding: 'utf8' });
    assert.equal(usage.status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'the static site over a handful of municipalities: pages on workers, an index, and a second run rewrites only what is missing or stale',
  { skip },
  async () => {
    const { renderSite, buildStamp, indexPage } = await import('../../packages/render/lib/profile-site.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'q4-site-'));
    const entries = [
      { code: 'GM0363', name: 'Amsterdam' },
      { code: 'GM0014', name: 'Groningen' },
      { code: 'GM1961', name: 'Vijfheerenlanden' },
      { code: 'GM0193', name: 'Zwolle' },
    ];
    try {
      const stamp = buildStamp({}, 'test', 'data');
      const first = await renderSite(dir, entries, {}, stamp, { threads: 2 });
      assert.deepEqual(first.written.sort(), entries.map((e) => e.code).sort());
      for (const e of entries) {
        const html = readFileSync(join(dir, e.code, 'index.html'), 'utf8');
        assert.ok(html.includes(`<meta name="q4-build" content="${stamp}" />`));
        assert.ok(html.includes(`<title>${e.name}: het Q4-profiel`), e.name);
        assert.ok(html.includes('href="../profile.css"'));
      }
      // Interrupted runs leave no half page: nothing but whole files in the folders.
      for (const e of entries) assert.deepEqual(readdirSync(join(dir, e.code)).sort(), ['index.html', 'profiel.csv']);
      // One page removed, one made from something else, one with a temporary file left by a killed run.
      rmSync(join(dir, 'GM0014', 'index.html'));
      const stale = join(dir, 'GM0193', 'index.html');
      writeFileSync(stale, readFileSync(stale, 'utf8').replace(stamp, 'older'));
      writeFileSync(join(dir, 'GM0363', 'index.html.123.tmp'), '<!doctype html><p>half');
      const before = statSync(join(dir, 'GM1961', 'index.html')).mtimeMs;
      const second = await renderSite(dir, entries, {}, stamp, { threads: 2 });
      assert.deepEqual(second.written.sort(), ['GM0014', 'GM0193']);
      assert.equal(second.skipped, 2);
      assert.equal(statSync(join(dir, 'GM1961', 'index.html')).mtimeMs, before, 'a current page is not rewritten');
      assert.deepEqual(readdirSync(join(dir, 'GM0363')).sort(), ['index.html', 'profiel.csv'], 'what a killed run left is gone');
      const index = indexPage(entries, 'nl');
      for (const e of entries) assert.ok(index.includes(`<a href="${e.code}/index.html">${e.name}</a>`));
      assert.match(index, /<label for="filter">/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
