#!/usr/bin/env node
// Lighthouse 12.2.3 (pinned: newer needs Node 22) in its default mobile emulation (a mid-range phone, 4x CPU
// slowdown, simulated slow 4G) on a page with all seven widgets in view through q4-widgets.js, and on the same seven
// charts as a raw Observable Plot page (scripts/bench/raw-seven.ts: the same figure code and bundled data, no Lit, no
// element), the two pages alternating, with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium; npx fetches
// Lighthouse from the npm registry, never a browser).
// Prints for each page Total Blocking Time, First Contentful Paint (blocking time counts only after it), Largest
// Contentful Paint and the long main-thread tasks, medians of RUNS (default 3) runs of each, and the ratio of ours to
// raw Plot's blocking time (the median of each round's ratio).
// Needs dist/cdn (npm run build); CDN=/out/other-build measures another copy of it (for A/B runs); RAW=0 leaves the
// raw Plot page out. SLOWDOWN=N sets Lighthouse's CPU slowdown (default 4): its blocking time scales the tasks it
// observes, so on a machine faster or less loaded than the one a figure was taken on, a larger N stands in for that
// machine (docs/performance.md, calibrated on an older build). PROFILE=1 measures the Amsterdam profile too (issue 36):
// the live page (dist/profile) and the same page as static HTML (q4-render profile, with the widgets' script); PROFILE=only
// measures those two alone. Figures only: the budgets (TBT under 600 ms; for the profile LCP ≤ 2.5 s, TBT ≤ 300 ms,
// CLS ≤ 0.1) are checked by reading them.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { serve, widgetNames } from './serve.mjs';
import { buildRawPage } from './raw-pages.mjs';
import { renderProfile } from '../packages/render/lib/render.mjs';

const runs = Number(process.env.RUNS ?? 3);
const withRaw = process.env.RAW !== '0';
const head = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zeven widgets</title>`;
const style = `<style>body { font-family: system-ui, sans-serif; margin: 0 12px; }</style>`;
const page = `${head}<script type="module" src="${process.env.CDN ?? '/dist/cdn'}/q4-widgets.js"></script>
${style}</head><body><h1>Zeven widgets</h1>
${widgetNames.map((w) => `<q4-${w} loading="eager"></q4-${w}>`).join('\n')}</body></html>`;
// The raw Plot page, minified like the CDN files (scripts/raw-pages.mjs, as for npm run bench): one box per widget,
// in the widgets' order, each drawn by scripts/bench/raw-seven.ts with the figure its data-widget names.
const rawPage = `${head}<script type="module" src="/out/bench/raw-seven.js"></script>
${style}</head><body><h1>Zeven grafieken</h1>
${widgetNames.map((w) => `<div class="chart" data-widget="${w}"></div>`).join('\n')}</body></html>`;
const profile = process.env.PROFILE;
const seven = profile !== 'only';
if (withRaw && seven) await buildRawPage('raw-seven', { geo: true });
const staticProfile = profile
  ? (
      await renderProfile({
        municipality: 'GM0363',
        script: '/dist/cdn/q4-widgets.js',
        css: ['/packages/widgets/builder/page.css', '/packages/widgets/profile/profile.css'],
      })
    ).html
  : '';
const server = await serve({ '/seven.html': page, '/raw-seven.html': rawPage, '/static-profile.html': staticProfile });
mkdirSync('out/lighthouse', { recursive: true });
const results = { ours: [], raw: [], profile: [], static: [] };
const pages = [...(seven ? ['ours', ...(withRaw ? ['raw'] : [])] : []), ...(profile ? ['profile', 'static'] : [])];
const urls = {
  ours: '/seven.html',
  raw: '/raw-seven.html',
  profile: '/dist/profile/index.html?municipality=GM0363',
  static: '/static-profile.html',
};
try {
  for (let i = 0; i < runs; i++)
    for (const which of pages) {
      const file = `out/lighthouse/${which}-${i}.json`;
      // Asynchronously: the page's server runs in this process.
      await promisify(execFile)(
        'npx',
        [
          '--yes',
          'lighthouse@12.2.3',
          `${server.url}${urls[which]}`,
          '--only-categories=performance',
          '--output=json',
          ...(process.env.SLOWDOWN ? [`--throttling.cpuSlowdownMultiplier=${Number(process.env.SLOWDOWN)}`] : []),
          `--output-path=${file}`,
          '--quiet',
          '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage',
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 },
      );
      const report = JSON.parse(readFileSync(file, 'utf8'));
      const audit = (id) => report.audits[id]?.numericValue ?? NaN;
      const tasks = report.audits['long-tasks']?.details?.items ?? [];
      results[which].push({
        tbt: audit('total-blocking-time'),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        score: report.categories.performance.score,
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
        tasks: tasks.length,
      });
    }
} finally {
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const what = {
  ours: 'all seven widgets via q4-widgets.js',
  raw: 'the seven charts as a raw Plot page',
  profile: 'the live profile of Amsterdam (dist/profile)',
  static: 'the static profile of Amsterdam (q4-render profile, with the widgets taking over)',
};
for (const which of pages) {
  for (const r of results[which])
    console.log(
      `run (${which}): TBT ${r.tbt.toFixed(0)} ms, FCP ${r.fcp.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, score ${r.score}, ${r.tasks} long tasks, longest ${r.longest.toFixed(0)} ms`,
    );
}
for (const which of pages) {
  const rs = results[which];
  console.log(
    `Lighthouse 12.2.3, mobile${process.env.SLOWDOWN ? `, CPU slowdown ${process.env.SLOWDOWN}` : ''}, ${what[which]}: median TBT ${median(rs.map((r) => r.tbt)).toFixed(0)} ms, FCP ${median(rs.map((r) => r.fcp)).toFixed(0)} ms, LCP ${median(rs.map((r) => r.lcp)).toFixed(0)} ms, CLS ${median(rs.map((r) => r.cls)).toFixed(3)} (${runs} runs)`,
  );
}
if (withRaw && seven) {
  // Each round's two runs were taken one after the other, so their ratio carries the machine's load of the moment.
  const ratios = results.ours.map((r, i) => r.tbt / results.raw[i].tbt).filter(Number.isFinite);
  console.log(`Total Blocking Time, ours against raw Plot: ${median(ratios).toFixed(2)}x (median of ${ratios.length} rounds' ratios)`);
}
