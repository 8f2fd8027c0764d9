#!/usr/bin/env node
// Lighthouse 12.2.3 (pinned: newer needs Node 22) in its default mobile emulation (a mid-range phone, 4x CPU
// slowdown, simulated slow 4G) on a page with all seven widgets in view through q4-widgets.js, with Debian's
// Chromium (CHROME_PATH, default /usr/bin/chromium; npx fetches Lighthouse from the npm registry, never a browser).
// Prints Total Blocking Time, First Contentful Paint (blocking time counts only after it), Largest Contentful Paint and
// the long main-thread tasks, median of RUNS (default 3).
// Needs dist/cdn (npm run build); CDN=/out/other-build measures another copy of it (for A/B runs). SLOWDOWN=N sets
// Lighthouse's CPU slowdown (default 4): its blocking time scales the tasks it observes, so on a machine faster or less
// loaded than the one a figure was taken on, a larger N stands in for that machine (docs/performance.md, calibrated on
// an older build). Figures only: the budget (TBT under 600 ms) is checked by reading them.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { serve, widgetNames } from './serve.mjs';

const runs = Number(process.env.RUNS ?? 3);
const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zeven widgets</title><script type="module" src="${process.env.CDN ?? '/dist/cdn'}/q4-widgets.js"></script>
<style>body { font-family: system-ui, sans-serif; margin: 0 12px; }</style></head><body><h1>Zeven widgets</h1>
${widgetNames.map((w) => `<q4-${w} loading="eager"></q4-${w}>`).join('\n')}</body></html>`;
const server = await serve({ '/seven.html': page });
mkdirSync('out/lighthouse', { recursive: true });
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const file = `out/lighthouse/seven-${i}.json`;
    // Asynchronously: the page's server runs in this process.
    await promisify(execFile)(
      'npx',
      ['--yes', 'lighthouse@12.2.3', `${server.url}/seven.html`, '--only-categories=performance', '--output=json',
        ...(process.env.SLOWDOWN ? [`--throttling.cpuSlowdownMultiplier=${Number(process.env.SLOWDOWN)}`] : []), `--output-path=${file}`, '--quiet',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage'],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 },
    );
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const audit = (id) => report.audits[id]?.numericValue ?? NaN;
    const tasks = report.audits['long-tasks']?.details?.items ?? [];
    results.push({ tbt: audit('total-blocking-time'), fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'), score: report.categories.performance.score, longest: Math.max(0, ...tasks.map((t) => t.duration)), tasks: tasks.length });
  }
} finally {
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const r of results) console.log(`run: TBT ${r.tbt.toFixed(0)} ms, FCP ${r.fcp.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, score ${r.score}, ${r.tasks} long tasks, longest ${r.longest.toFixed(0)} ms`);
console.log(`Lighthouse 12.2.3, mobile${process.env.SLOWDOWN ? `, CPU slowdown ${process.env.SLOWDOWN}` : ''}, all seven widgets via q4-widgets.js: median TBT ${median(results.map((r) => r.tbt)).toFixed(0)} ms, FCP ${median(results.map((r) => r.fcp)).toFixed(0)} ms, LCP ${median(results.map((r) => r.lcp)).toFixed(0)} ms (${runs} runs)`);
