// Static HTML (issue 18): q4-render --format html gives a fragment that needs no script, stable for bundled data
// (a snapshot per widget), with every string from data as text; and @lit-labs/ssr renders an element in Node as
// Astro, Eleventy or Next do: the figure frame, never a throw. The README's example runs here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { registry } from '../widget-registry.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(repo, 'packages', 'core', 'dist', 'index.js'));
const skip = !built && 'run npm run build first';
const widgets = registry().map((w) => w.name);

for (const name of widgets) {
  test(`${name}: the static fragment of the bundled data matches its snapshot`, { skip }, async () => {
    const { renderStaticHtml } = await import('@q4/render');
    const { html, title, credit } = await renderStaticHtml(name, { width: 640 });
    assert.match(html, new RegExp(`^<q4-${name}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`));
    assert.ok(html.includes('<svg'), 'the chart as inline SVG');
    assert.ok(html.includes('<details class="actions static-table">'), 'the table in a <details>');
    assert.ok(!/<script/.test(html), 'no script');
    // A control that needs script is drawn disabled (it keeps its place, so nothing moves when the script takes over).
    for (const control of html.match(/<(button|select)[^>]*>/g) ?? []) assert.match(control, /\sdisabled/, control);
    const text = html.replace(/<[^>]+>/g, ' ');
    const entities = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    assert.ok(text.includes(entities(title)), 'title');
    assert.ok(text.includes(entities(credit)), 'credit');
    // The styles are the element's own (checked here); the snapshot holds the markup, which is what review reads.
    const ctor = globalThis.customElements.get(`q4-${name}`); // registered by @q4/render
    const css = ctor.elementStyles.map((c) => c.cssText).join('');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)[1];
    assert.equal(style, css, "the fragment carries the element's styles");
    const markup = html.replace(style, "/* the element's styles */");
    const dir = join(repo, 'packages', name, 'test', 'snapshots');
    const file = join(dir, `${name}-static.html`);
    if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, markup);
    }
    assert.equal(markup, readFileSync(file, 'utf8'), `${name}: the fragment differs from its snapshot (UPDATE_SNAPSHOTS=1 to accept)`);
  });
}

test('hostile strings in own data and attributes stay text in the fragment', { skip }, async () => {
  const { renderStaticHtml } = await import('@q4/render');
  const hostile = '<img src=x onerror=alert(1)>"\'&';
  const { html } = await renderStaticHtml('key-figures', { width: 640, region: 'GM0312,GM0355', 'region-name': hostile });
  assert.ok(!html.includes('<img'), 'no element from a string');
  assert.ok(html.includes('region-name="&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"'), 'the attribute escaped');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the name as text');
  const own = await renderStaticHtml('scorecard', {
    width: 640,
    municipality: 'GM0355',
    data: {
      credit: `Bron: ${hostile}`,
      rows: [
        { area: 'GM0355', areaName: hostile, indicator: 'woning', value: 80.1 },
        { area: 'PV26', indicator: 'woning', value: 88 },
      ],
    },
  });
  assert.ok(!own.html.includes('<img'));
  assert.ok(own.html.includes('Bron: &lt;img src=x onerror=alert(1)&gt;'));
});

test('README: an element rendered with @lit-labs/ssr in Node gives its figure frame (title, table, caption)', { skip }, async () => {
  // The README's example, as a static-site build would run it.
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  await import('@q4/widgets');
  const page = await collectResult(render(html`<q4-scorecard municipality="GM0355"></q4-scorecard><q4-land-use></q4-land-use>`));
  const { scorecardFigure } = await import('@q4/scorecard');
  const data = await scorecardFigure.loadDefault();
  const text = scorecardFigure.describe(scorecardFigure.prepare(data, { municipality: 'GM0355' }, 'nl'), 'nl');
  assert.ok(page.includes('<template shadowroot="open" shadowrootmode="open">'));
  assert.ok(page.includes(text.title), 'the title');
  assert.ok(page.includes(text.credit), 'the credit in the caption');
  assert.ok(/<details class="actions static-table">[\s\S]*<table>/.test(page), 'the table');
  // A widget whose data loads on demand renders its loading box on a server, and draws in the browser.
  assert.match(page, /<q4-land-use[^>]*><template shadowroot="open" shadowrootmode="open">[\s\S]*role="status"/);
  // Importing a class entry in Node does not throw.
  const { Q4Scorecard } = await import('@q4/scorecard');
  assert.equal(typeof Q4Scorecard, 'function');
});

test('the command and a batch write HTML without script', { skip }, async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'q4-static-'));
  try {
    const bin = join(repo, 'packages', 'render', 'bin', 'q4-render.mjs');
    const one = execFileSync('node', [bin, 'scorecard', '--municipality', 'GM0355', '--format', 'html', '--out', join(dir, 'zeist.html')], {
      encoding: 'utf8',
    });
    assert.match(one, /zeist\.html \(HTML without script, 600 px wide\)/);
    assert.match(readFileSync(join(dir, 'zeist.html'), 'utf8'), /^<q4-scorecard[^>]* municipality="GM0355"[^>]*><template shadowroot/);
    writeFileSync(
      join(dir, 'jobs.json'),
      JSON.stringify([
        { widget: 'identity-shift', out: join(dir, 'a.html') },
        { widget: 'land-use', lang: 'en', out: join(dir, 'b.svg') },
      ]),
    );
    const batch = execFileSync('node', [bin, '--batch', join(dir, 'jobs.json')], { encoding: 'utf8' });
    assert.match(batch, /2 files in/);
    assert.match(readFileSync(join(dir, 'a.html'), 'utf8'), /^<q4-identity-shift[^>]*><template shadowroot/);
    assert.match(readFileSync(join(dir, 'b.svg'), 'utf8'), /^<svg/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
