#!/usr/bin/env node
// The profile page in npm run bench (issue 36): the live page (dist/profile) against the same page as static HTML
// (q4-render profile, with the widgets' script to take over), RUNS fresh loads each, interleaved, 800 px: when the
// profile's words are on screen, when the first chart is, and the layout shift; then the time to write the static
// site of every municipality of today (q4-render profile --all) on all cores. Figures only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderProfile } from '../packages/render/lib/render.mjs';
import { serve, launch } from './serve.mjs';

const runs = Number(process.env.RUNS ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const page = await renderProfile({
  municipality: 'GM0363',
  script: '/dist/cdn/q4-widgets.js',
  css: ['/packages/widgets/builder/page.css', '/packages/widgets/profile/profile.css'],
});
const server = await serve({ '/static-profile.html': page.html });
const browser = await launch();
const candidates = {
  live: `${server.url}/dist/profile/index.html?municipality=GM0363`,
  static: `${server.url}/static-profile.html`,
};
const times = Object.fromEntries(Object.keys(candidates).map((k) => [k, { words: [], chart: [], cls: [] }]));
for (let i = 0; i < runs; i++) {
  for (const [name, url] of Object.entries(candidates)) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 800, height: 900 });
    await tab.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(url);
    const words = await tab.waitForFunction(() => document.querySelector('#key-figures .profile-text') && performance.now(), { timeout: 30000 });
    const chart = await tab.waitForFunction(
      () => document.querySelector('#key-figures q4-key-figures')?.shadowRoot?.querySelector('[part=chart] svg') && performance.now(),
      {
        timeout: 30000,
      },
    );
    times[name].words.push(await words.jsonValue());
    times[name].chart.push(await chart.jsonValue());
    await new Promise((r) => setTimeout(r, 1500));
    times[name].cls.push(await tab.evaluate(() => window.__cls));
    await tab.close();
  }
}
await browser.close();
await server.close();
console.log(`\nThe profile of Amsterdam, ${runs} fresh loads each, interleaved, 800 px (medians):`);
for (const [name, t] of Object.entries(times)) {
  console.log(
    `  ${name.padEnd(7)} words on screen ${median(t.words).toFixed(0)} ms, first chart ${median(t.chart).toFixed(0)} ms, layout shift ${median(t.cls).toFixed(3)}`,
  );
}
console.log(
  `  live / static: words ${(median(times.live.words) / median(times.static.words)).toFixed(2)}x, first chart ${(median(times.live.chart) / median(times.static.chart)).toFixed(2)}x`,
);

if (!process.argv.includes('--no-site')) {
  const dir = mkdtempSync(join(tmpdir(), 'q4-site-'));
  try {
    const started = performance.now();
    execFileSync('node', ['packages/render/bin/q4-render.mjs', 'profile', '--all', '--out', dir], { stdio: 'inherit' });
    console.log(
      `The static site of every municipality (q4-render profile --all): ${((performance.now() - started) / 1000).toFixed(1)} s, from an empty folder`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
