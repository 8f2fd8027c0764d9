#!/usr/bin/env node
// npm run bench: our widgets against the same charts as raw Observable Plot pages (the same chart functions, data
// and width, no Lit, no element), side by side in one run, loads interleaved, headless Chromium on 127.0.0.1.
// Prints per candidate: gzip -9 size of its JavaScript (data loaded on demand included), median (min-max) time
// from navigation to the chart in the DOM over RUNS fresh loads (default 15), median re-render time after a
// container resize, redraws for 20 width changes within one frame, JS heap after render (after GC); the ratio of
// ours to raw Plot; then a page of all seven, the static HTML fragment against the live element, render times for
// large inputs and what a page of ten widgets below the fold costs; then the profile page, live against static, and the
// time to write the static site of every municipality (scripts/bench-profile.mjs).
// Builds the CDN files first unless --no-build. Figures only: nothing here passes or fails.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serve, launch, widgetNames } from './serve.mjs';
import { buildRawPage } from './raw-pages.mjs';

const runs = Number(process.env.RUNS ?? 15);
if (!process.argv.includes('--no-build')) execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit', env: { ...process.env, ONLY: 'cdn' } });
if (!existsSync('dist/cdn/q4-scorecard.js')) throw new Error('bench: no dist/cdn; run npm run build');

// The raw Plot pages, minified like the CDN files: with plain Plot (what a developer would write), and with the
// slim build of the CDN files too, so that what Lit and our code add can be read off on equal Plot.
for (const [name, slim] of [
  ['raw-scorecard', false],
  ['raw-commute', false],
  ['raw-scorecard', true],
  ['raw-commute', true],
  ['raw-commute-area', false],
]) {
  await buildRawPage(name, { slim, geo: name.startsWith('raw-commute') });
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const head = `<meta charset="utf-8"><title>bench</title><script>
  window.renders = [];
  const mark = () => renders.push(performance.now());
  document.addEventListener('q4-render', mark);
  document.addEventListener('bench-render', mark);
</script>`;
const pages = {
  '/raw-scorecard.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/out/bench/raw-scorecard.js"></script></head><body><div id="chart" style="width:800px"></div></body></html>`,
  '/q4-scorecard.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/dist/cdn/q4-scorecard.js"></script></head><body><q4-scorecard id="chart" hide-actions style="width:800px"></q4-scorecard></body></html>`,
  '/raw-scorecard-slim.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/out/bench/raw-scorecard-slim.js"></script></head><body><div id="chart" style="width:800px"></div></body></html>`,
  '/raw-commute-slim.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/out/bench/raw-commute-slim.js"></script></head><body><div id="chart" style="width:800px"></div></body></html>`,
  '/raw-commute.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/out/bench/raw-commute.js"></script></head><body><div id="chart" style="width:800px"></div></body></html>`,
  '/q4-commute.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/dist/cdn/q4-commute-flows.js"></script></head><body><q4-commute-flows id="chart" hide-actions style="width:800px"></q4-commute-flows></body></html>`,
  // Any municipality and the national overview (issue 14): the element, and the raw Plot page with the same data.
  '/q4-commute-amsterdam.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/dist/cdn/q4-commute-flows.js"></script></head><body><q4-commute-flows id="chart" municipality="Amsterdam" hide-actions style="width:800px"></q4-commute-flows></body></html>`,
  '/raw-commute-amsterdam.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/out/bench/raw-commute-area.js"></script></head><body><div id="chart" data-municipality="Amsterdam" style="width:800px"></div></body></html>`,
  '/q4-commute-nl.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/dist/cdn/q4-commute-flows.js"></script></head><body><q4-commute-flows id="chart" region="NL" hide-actions style="width:800px"></q4-commute-flows></body></html>`,
  '/raw-commute-nl.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/out/bench/raw-commute-area.js"></script></head><body><div id="chart" data-region="NL" style="width:800px"></div></body></html>`,
  // The autoloader (issue 16): the scorecard through q4-widgets.js, and a page of all seven widgets through it.
  '/q4-loader-scorecard.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/dist/cdn/q4-widgets.js"></script></head><body><q4-scorecard id="chart" hide-actions style="width:800px"></q4-scorecard></body></html>`,
  // The same with the <link rel="modulepreload"> hints the README gives for a page that knows its widgets.
  '/q4-loader-preload-scorecard.html': `<!doctype html><html lang="nl"><head>${head}<link rel="modulepreload" href="/dist/cdn/lazy/scorecard.js"><script type="module" src="/dist/cdn/q4-widgets.js"></script></head><body><q4-scorecard id="chart" hide-actions style="width:800px"></q4-scorecard></body></html>`,
  '/seven.html': `<!doctype html><html lang="nl"><head>${head}<script>
  window.longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
</script><script type="module" src="/dist/cdn/q4-widgets.js"></script></head><body style="width:800px">${widgetNames.map((w) => `<q4-${w} loading="eager" hide-actions></q4-${w}>`).join('')}</body></html>`,
  '/ten-below.html': `<!doctype html><html lang="nl"><head>${head}<script type="module" src="/dist/cdn/q4-widgets.js"></script></head><body><div style="height:3000px">article</div>${'<q4-scorecard></q4-scorecard><q4-land-use></q4-land-use>'.repeat(5)}</body></html>`,
};
const candidates = [
  { name: 'scorecard, raw Plot', page: '/raw-scorecard.html' },
  { name: 'scorecard, raw slim', page: '/raw-scorecard-slim.html' },
  { name: '<q4-scorecard>', page: '/q4-scorecard.html' },
  { name: 'scorecard via loader', page: '/q4-loader-scorecard.html' },
  { name: 'loader + preload hints', page: '/q4-loader-preload-scorecard.html' },
  { name: 'commute map, raw Plot', page: '/raw-commute.html' },
  { name: 'commute map, raw slim', page: '/raw-commute-slim.html' },
  { name: '<q4-commute-flows>', page: '/q4-commute.html' },
  { name: 'Amsterdam, raw Plot', page: '/raw-commute-amsterdam.html' },
  { name: 'Amsterdam, ours', page: '/q4-commute-amsterdam.html' },
  { name: 'NL overview, raw Plot', page: '/raw-commute-nl.html' },
  { name: 'NL overview, ours', page: '/q4-commute-nl.html' },
];

const server = await serve(pages);
const browser = await launch();

async function load(candidate) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  const cdp = await tab.createCDPSession();
  const loaded = [];
  tab.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
  await tab.goto(`${server.url}${candidate.page}`);
  await tab.waitForFunction(() => window.renders.length > 0, { timeout: 20000 });
  const first = await tab.evaluate(() => window.renders[0]);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const resizes = await tab.evaluate(async () => {
    const host = document.getElementById('chart');
    const times = [];
    for (const width of [600, 720, 480, 800, 640]) {
      await new Promise((r) => setTimeout(r, 50));
      const n = window.renders.length;
      const t0 = performance.now();
      host.style.width = `${width}px`;
      while (window.renders.length === n) await new Promise((r) => requestAnimationFrame(r));
      times.push(window.renders[n] - t0);
    }
    // A storm: 20 width changes in one frame.
    await new Promise((r) => setTimeout(r, 50));
    const n = window.renders.length;
    for (let i = 0; i < 20; i++) host.style.width = `${500 + i * 7}px`;
    for (let i = 0; i < 6; i++) await new Promise((r) => requestAnimationFrame(r));
    return { times, storm: window.renders.length - n };
  });
  await tab.close();
  return { first, heap: usedSize, resizes, loaded };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)})`;
const results = new Map(candidates.map((c) => [c, []]));
for (let i = 0; i < runs; i++) for (const c of candidates) results.get(c).push(await load(c));

console.log(`Chromium headless, 127.0.0.1, 800 px, ${runs} fresh loads per candidate (interleaved), cache off. Times in ms.`);
console.log(
  `${'candidate'.padEnd(24)}${'JS gzip'.padStart(10)}${'first render'.padStart(24)}${'resize redraw'.padStart(16)}${'storm'.padStart(7)}${'heap'.padStart(10)}`,
);
const row = {};
for (const c of candidates) {
  const rs = results.get(c);
  // The JavaScript it loaded: its file and the data modules it fetched on demand.
  const scripts = [...new Set(rs[0].loaded.filter((p) => p.endsWith('.js')))].map((p) => p.slice(1));
  const size = scripts.reduce((sum, f) => sum + gz(f), 0);
  // Data modules only: not the lazily loaded code (the area code, the national loaders).
  const data = scripts.filter((f) => f.includes('/data/') && !/\/([\w-]+-area|national-loaders)-[\w-]{8}\.js$/.test(f)).reduce((sum, f) => sum + gz(f), 0);
  const r = {
    size,
    data,
    first: median(rs.map((x) => x.first)),
    resize: median(rs.flatMap((x) => x.resizes.times)),
    storm: Math.max(...rs.map((x) => x.resizes.storm)),
    heap: median(rs.map((x) => x.heap)),
  };
  row[c.name] = r;
  console.log(
    `${c.name.padEnd(24)}${`${(size / 1024).toFixed(1)} KB`.padStart(10)}${range(rs.map((x) => x.first)).padStart(24)}${r.resize.toFixed(1).padStart(16)}${String(r.storm).padStart(7)}${`${(r.heap / 1048576).toFixed(1)} MB`.padStart(10)}`,
  );
}
const ratio = (a, b, key) => (row[a][key] / row[b][key]).toFixed(2);
for (const [ours, raw] of [
  ['<q4-scorecard>', 'scorecard, raw Plot'],
  ['<q4-scorecard>', 'scorecard, raw slim'],
  ['scorecard via loader', 'scorecard, raw Plot'],
  ['loader + preload hints', 'scorecard, raw Plot'],
  ['scorecard via loader', '<q4-scorecard>'],
  ['<q4-commute-flows>', 'commute map, raw Plot'],
  ['<q4-commute-flows>', 'commute map, raw slim'],
  ['Amsterdam, ours', 'Amsterdam, raw Plot'],
  ['NL overview, ours', 'NL overview, raw Plot'],
]) {
  console.log(
    `${ours} / ${raw}: size ${ratio(ours, raw, 'size')}x, first render ${ratio(ours, raw, 'first')}x, resize redraw ${ratio(ours, raw, 'resize')}x, heap ${ratio(ours, raw, 'heap')}x`,
  );
}
// Issue 14's budgets: a municipality's first render within 1.5x the report region's bundled Zeist map, the
// national overview within 2x; and the data each loads (the data modules only, gzip -9).
for (const name of ['Amsterdam, ours', 'NL overview, ours']) {
  console.log(
    `${name} / <q4-commute-flows> (report region): first render ${ratio(name, '<q4-commute-flows>', 'first')}x, size ${ratio(name, '<q4-commute-flows>', 'size')}x; data modules ${(row[name].data / 1024).toFixed(1)} KB gzip`,
  );
}

// All seven widgets through the autoloader on one page: the JavaScript it loads (data modules apart), the time until
// all seven have drawn, and the main thread's blocking time: the sum over long tasks (> 50 ms) of what is over
// 50 ms, until a second after the last chart (Total Blocking Time's definition, without Lighthouse's throttling).
{
  const loads = [];
  for (let i = 0; i < Math.max(5, Math.round(runs / 3)); i++) {
    const tab = await browser.newPage();
    await tab.setCacheEnabled(false);
    const loaded = [];
    tab.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    await tab.goto(`${server.url}/seven.html`);
    await tab.waitForFunction(() => window.renders.length >= 7, { timeout: 30000 });
    await new Promise((r) => setTimeout(r, 1000));
    const { last, blocking, longest } = await tab.evaluate(() => ({
      last: window.renders[6],
      blocking: window.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      longest: Math.max(0, ...window.longTasks),
    }));
    const code = [...new Set(loaded.filter((p) => p.endsWith('.js') && !p.includes('/data/')))].map((p) => p.slice(1));
    loads.push({ last, blocking, longest, size: code.reduce((sum, f) => sum + gz(f), 0) });
    await tab.close();
  }
  const size = loads[0].size;
  console.log(
    `All seven widgets via q4-widgets.js (${loads.length} loads): JS ${(size / 1024).toFixed(1)} KB gzip without data modules ` +
      `(${(size / row['scorecard, raw Plot'].size).toFixed(2)}x the raw Plot scorecard page); all drawn at ${range(loads.map((l) => l.last))} ms; ` +
      `blocking time ${range(loads.map((l) => l.blocking))} ms, longest task ${range(loads.map((l) => l.longest))} ms`,
  );
}

// A crowded page (issue 19): a municipal dashboard with seven of each widget (49), all drawn at load. The time until
// all have drawn, the JS heap after they have (after GC), and how responsive the page stays meanwhile: the most a
// 10 ms timer was late (event-loop lag) from navigation until a second after the last chart.
{
  const crowded = `<!doctype html><html lang="nl"><head>${head}<script>
    window.lag = 0;
    let expected = performance.now() + 10;
    const tick = () => { const now = performance.now(); lag = Math.max(lag, now - expected); expected = now + 10; setTimeout(tick, 10); };
    setTimeout(tick, 10);
  </script><script type="module" src="/dist/cdn/q4-widgets.js"></script></head><body style="width:800px">${widgetNames
    .map((w) => `<q4-${w} loading="eager" hide-actions></q4-${w}>`)
    .join('')
    .repeat(7)}</body></html>`;
  const crowdedServer = await serve({ '/crowded.html': crowded });
  const loads = [];
  for (let i = 0; i < Math.max(3, Math.round(runs / 5)); i++) {
    const tab = await browser.newPage();
    await tab.setCacheEnabled(false);
    const cdp = await tab.createCDPSession();
    await tab.goto(`${crowdedServer.url}/crowded.html`);
    await tab.waitForFunction(() => window.renders.length >= 49, { timeout: 60000, polling: 100 });
    await new Promise((r) => setTimeout(r, 1000));
    const { last, lag, drawn } = await tab.evaluate(() => ({
      last: window.renders[48],
      lag: window.lag,
      drawn: [...document.body.children].filter((e) => e.shadowRoot?.querySelector('[part=chart] svg')).length,
    }));
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    loads.push({ last, lag, drawn, heap: usedSize });
    await tab.close();
  }
  await crowdedServer.close();
  console.log(
    `A crowded page, 49 widgets (seven of each) via q4-widgets.js (${loads.length} loads): ${Math.min(...loads.map((l) => l.drawn))} of 49 drawn, ` +
      `all at ${range(loads.map((l) => l.last))} ms; JS heap ${(median(loads.map((l) => l.heap)) / 1048576).toFixed(1)} MB; ` +
      `event-loop lag at most ${range(loads.map((l) => l.lag))} ms`,
  );
}

// Static HTML (issue 18): the same scorecard at 800 px as a fragment from q4-render (no script), and the fragment with
// our script that takes it over, against the live element. "Chart on screen" is the first contentful paint for the
// fragment (the chart is in the page's HTML) and, for the element, the moment its chart is in the DOM (q4-render),
// which is before its paint: the comparison favours the element.
{
  const { renderStaticHtml } = await import('@q4/render');
  const fragment = (await renderStaticHtml('scorecard', { width: 800 })).html;
  const watch = `<script>
    window.onScreen = [];
    document.addEventListener('q4-render', () => onScreen.push(performance.now()));
  </script>`;
  const staticPages = {
    '/static-live.html': `<!doctype html><html lang="nl"><head>${head}${watch}<script type="module" src="/dist/cdn/q4-scorecard.js"></script></head><body><div style="width:800px"><q4-scorecard></q4-scorecard></div></body></html>`,
    '/static-only.html': `<!doctype html><html lang="nl"><head>${head}</head><body><div style="width:800px">${fragment}</div></body></html>`,
    '/static-takeover.html': `<!doctype html><html lang="nl"><head>${head}${watch}<script type="module" src="/dist/cdn/q4-scorecard.js"></script></head><body><div style="width:800px">${fragment}</div></body></html>`,
  };
  const staticServer = await serve(staticPages);
  const times = { '/static-live.html': [], '/static-only.html': [], '/static-takeover.html': [] };
  for (let i = 0; i < runs; i++) {
    for (const page of Object.keys(times)) {
      const tab = await browser.newPage();
      await tab.setCacheEnabled(false);
      await tab.bringToFront();
      await tab.goto(`${staticServer.url}${page}`);
      if (page !== '/static-only.html') await tab.waitForFunction(() => window.onScreen.length > 0, { timeout: 20000, polling: 50 });
      await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: 20000, polling: 50 });
      times[page].push(
        await tab.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
          live: window.onScreen?.[0] ?? null,
          hasChart: !!document.querySelector('q4-scorecard').shadowRoot?.querySelector('[part=chart] svg'),
        })),
      );
      await tab.close();
    }
  }
  await staticServer.close();
  const live = times['/static-live.html'].map((t) => t.live);
  const only = times['/static-only.html'].map((t) => t.paint);
  const takeoverPaint = times['/static-takeover.html'].map((t) => t.paint);
  const takeover = times['/static-takeover.html'].map((t) => t.live);
  console.log(
    `Static HTML, scorecard at 800 px (${runs} loads each, interleaved): chart on screen ${range(only)} ms as a fragment (${(gzipSync(fragment, { level: 9 }).length / 1024).toFixed(1)} KB gzip of HTML, no script) ` +
      `against ${range(live)} ms for the live element: ${(median(only) / median(live)).toFixed(2)}x. ` +
      `Fragment with our script: chart on screen ${range(takeoverPaint)} ms, taken over (interactive) at ${range(takeover)} ms.`,
  );
}

// Large inputs, as `data`: scorecard-like rows with 5,000 values, and a national-size commuting matrix.
{
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/q4-scorecard.html`);
  await tab.waitForFunction(() => window.renders.length > 0);
  const big = await tab.evaluate(async () => {
    const ids = ['sociale-uitsluiting', 'eenzaamheid', 'woning', 'groenvoorziening', 'co2-emissie', 'geurhinder', 'geluidshinder', 'lichtemissie'];
    const rows = [];
    for (let a = 0; a < 625; a++)
      for (const indicator of ids)
        rows.push({ area: a ? `A${a}` : 'PV26', areaName: a ? `Gebied ${a}` : 'Provincie', indicator, value: (a * 7 + indicator.length) % 100 });
    const el = document.getElementById('chart');
    const times = [];
    for (let i = 0; i < 5; i++) {
      const n = window.renders.length;
      const t0 = performance.now();
      el.data = rows.map((r) => ({ ...r }));
      while (window.renders.length === n) await new Promise((r) => setTimeout(r, 1));
      times.push(window.renders[n] - t0);
    }
    return { rows: rows.length, times };
  });
  console.log(`<q4-scorecard> with ${big.rows.toLocaleString('en')} values as data: median ${range(big.times)} ms`);
  await tab.close();
}

// Ten widgets below the fold: what they cost at load, and after scrolling to them.
{
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/ten-below.html`);
  await new Promise((r) => setTimeout(r, 1500));
  const atLoad = await tab.evaluate(() => ({
    renders: window.renders.length,
    svgs: [...document.querySelectorAll('q4-scorecard, q4-land-use')].filter((e) => e.shadowRoot?.querySelector('svg')).length,
  }));
  await tab.evaluate(() => document.querySelector('q4-land-use:last-of-type').scrollIntoView());
  await tab.waitForFunction(() => window.renders.length > 0, { timeout: 10000 });
  const after = await tab.evaluate(() => window.renders.length);
  console.log(
    `A page with 10 widgets below the fold: ${atLoad.renders} charts drawn at load (${atLoad.svgs} SVGs); ${after} after scrolling to the last ones.`,
  );
  await tab.close();
}

await browser.close();
await server.close();

// The map with the national commuting matrix (83,445 flows) and a dense 405 x 405 one as data.
execFileSync('node', ['scripts/bench-commute.mjs'], { stdio: 'inherit', env: { ...process.env, RUNS: process.env.COMMUTE_RUNS ?? '5' } });

// The profile page, live and static, and the static site of every municipality (issue 36).
execFileSync('node', ['scripts/bench-profile.mjs'], { stdio: 'inherit', env: { ...process.env, RUNS: process.env.PROFILE_RUNS ?? '7' } });
