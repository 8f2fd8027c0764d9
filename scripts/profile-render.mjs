#!/usr/bin/env node
// Where a widget's first render spends its time: loads a page (default: <q4-scorecard> through q4-widgets.js, 800 px)
// N times (default 5) in headless Chromium with the CPU profiler on, from navigation to the chart in the DOM, and
// prints the sampled self time by script file and the functions that take the most, summed over the loads.
// Usage: node scripts/profile-render.mjs [widget] [runs]. Needs dist/cdn (npm run build). Figures only.
import { serve, launch } from './serve.mjs';

const widget = process.argv[2] ?? 'scorecard';
const runs = Number(process.argv[3] ?? 5);
const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>profile</title>
<script>window.drawn = false; document.addEventListener('q4-render', () => (window.drawn = true));</script>
<script type="module" src="/dist/cdn/q4-widgets.js"></script></head><body><q4-${widget} hide-actions style="width:800px"></q4-${widget}></body></html>`;
const server = await serve({ '/profile.html': page });
const browser = await launch();
const byFile = new Map();
const byFunction = new Map();
let total = 0;
for (let i = 0; i < runs; i++) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await tab.goto(`${server.url}/profile.html`);
  await tab.waitForFunction(() => window.drawn, { timeout: 20000 });
  const { profile } = await cdp.send('Profiler.stop');
  // Self time per node: samples x interval (timeDeltas are in microseconds).
  const self = new Map();
  profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000));
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    const file = url ? url.replace(server.url, '') : functionName || '(program)';
    total += ms;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    if (url)
      byFunction.set(
        `${functionName || '(anonymous)'} ${file}:${lineNumber}:${columnNumber}`,
        (byFunction.get(`${functionName || '(anonymous)'} ${file}:${lineNumber}:${columnNumber}`) ?? 0) + ms,
      );
  }
  await tab.close();
}
await browser.close();
await server.close();
const show = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, ms]) => console.log(`${(ms / runs).toFixed(1).padStart(8)} ms  ${k}`));
console.log(`<q4-${widget}> via q4-widgets.js: CPU self time per load (mean of ${runs}), ${(total / runs).toFixed(1)} ms sampled in all, idle left out`);
show(byFile, 12);
console.log('functions:');
show(byFunction, 20);
