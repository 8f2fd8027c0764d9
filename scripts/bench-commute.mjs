#!/usr/bin/env node
// Benchmark of <q4-commute-flows> in headless Chromium (127.0.0.1): time from creating the element to its
// q4-render event, for the bundled data (map and data loaded on demand) and for the national matrix of
// data/pendel-2014-nl.csv (83,445 cells with a figure) and a full 405 x 405 matrix (164,025 cells)
// passed as `data`; and the longest main-thread task seen (PerformanceObserver 'longtask').
// Run after `npm run build`. Prints medians (min-max) over RUNS (default 7) fresh loads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch } from './serve.mjs';
import { parseCsv, num } from './data/csv.mjs';

const runs = Number(process.env.RUNS ?? 7);
if (!existsSync('dist/cdn/q4-commute-flows.js')) {
  console.error('bench-commute: run npm run build first');
  process.exit(1);
}

// The national matrix as flows (jobs = thousands x 1000), and a dense variant with every pair.
const csv = join(import.meta.dirname, '..', 'data', 'pendel-2014-nl.csv');
const national = parseCsv(readFileSync(csv, 'utf8'), csv).map((r) => ({ from: r.woon_code, to: r.werk_code, jobs: Math.round(num(r.banen_x1000) * 1000) }));
const codes = [...new Set(national.map((f) => f.from))];
const dense = [];
for (const from of codes) for (const to of codes) dense.push({ from, to, jobs: 0 });
national.forEach((f) => {
  const i = codes.indexOf(f.from) * codes.length + codes.indexOf(f.to);
  if (i >= 0) dense[i].jobs = f.jobs;
});

const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/cdn/q4-commute-flows.js"></script></head><body style="width:800px"></body></html>`;
const server = await serve({ '/': page, '/national.json': JSON.stringify(national), '/dense.json': JSON.stringify(dense) });
const browser = await launch();

async function measure(kind) {
  const tab = await browser.newPage();
  await tab.goto(`${server.url}/`);
  await tab.waitForFunction(() => customElements.get('q4-commute-flows'));
  const input = kind === 'bundled' ? null : await tab.evaluate(async (url) => (window.__input = await (await fetch(url)).json()).length, `/${kind}.json`);
  const result = await tab.evaluate(async () => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
    observer.observe({ type: 'longtask' });
    const el = document.createElement('q4-commute-flows');
    if (window.__input) el.data = window.__input;
    const t0 = performance.now();
    const done = new Promise((resolve, reject) => {
      el.addEventListener('q4-render', resolve, { once: true });
      el.addEventListener('q4-error', (e) => reject(new Error(e.detail.message)), { once: true });
    });
    document.body.append(el);
    await done;
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return { ms, longest, flows: el.shadowRoot.querySelectorAll('.q4-flow path').length };
  });
  await tab.close();
  return { ...result, input };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 2)].toFixed(1)} ms (${s[0].toFixed(1)}-${s[s.length - 1].toFixed(1)})`;
};
console.log(`<q4-commute-flows> render time, ${runs} fresh loads each, Chromium headless, 800 px`);
for (const kind of ['bundled', 'national', 'dense']) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(kind));
  const label =
    kind === 'bundled' ? 'bundled (2,814 flows; map + data loaded on demand)' : `${kind} matrix as data (${results[0].input.toLocaleString('en')} flows)`;
  console.log(
    `  ${label.padEnd(58)} median ${stats(results.map((r) => r.ms))}; longest task ${stats(results.map((r) => r.longest))}; ${results[0].flows} flows drawn`,
  );
}
await browser.close();
await server.close();
