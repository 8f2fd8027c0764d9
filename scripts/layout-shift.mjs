#!/usr/bin/env node
// The layout shifts of the page of seven (the seven widgets, eager, one under another, as in scripts/lighthouse.mjs),
// each with the elements it moved: Debian's Chromium through puppeteer-core, a phone's screen (412 x 823), the CPU
// 4x slower and a slow line (150 ms, 1.6 Mbit/s), as Lighthouse's mobile setting; N loads (default 3) without cache.
// Lighthouse gives the page's CLS but, on this Chromium, not what moved ("layout-shifts" fails in its trace engine);
// this says which widget moved which (docs/performance.md, "Each figure's height before it draws"). An element
// moved off the screen reads y 0 after the shift.
// Needs dist/cdn (npm run build); CDN=/dist/other-build measures another copy of it, for A/B runs.
import puppeteer from 'puppeteer-core';
import { serve, widgetNames } from './serve.mjs';

const cdn = process.env.CDN ?? '/dist/cdn';
const loads = Number(process.env.N ?? 3);
const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zeven widgets</title><script>
window.q4Shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    q4Shifts.push({
      at: Math.round(e.startTime),
      value: e.value,
      moved: e.sources.map((s) => ({ node: s.node?.localName ?? '?', from: Math.round(s.previousRect.y), to: Math.round(s.currentRect.y) })),
    });
}).observe({ type: 'layout-shift', buffered: true });
</script><script type="module" src="${cdn}/q4-widgets.js"></script>
<style>body { font-family: system-ui, sans-serif; margin: 0 12px; }</style></head><body><h1>Zeven widgets</h1>
${widgetNames.map((w) => `<q4-${w} loading="eager"></q4-${w}>`).join('\n')}</body></html>`;

const server = await serve({ '/layout-shift.html': page });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu'],
});
try {
  for (let i = 0; i < loads; i++) {
    const tab = await browser.newPage();
    await tab.setCacheEnabled(false);
    await tab.emulate({
      viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
      userAgent: 'Mozilla/5.0 (Linux; Android 11) Mobile',
    });
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await tab.goto(`${server.url}/layout-shift.html`, { waitUntil: 'load' });
    // Every widget drawn (or failed), then a moment for the last shifts.
    await tab.waitForFunction(
      () => [...document.querySelectorAll('body > [loading]')].every((el) => el.shadowRoot?.querySelector('svg.q4-plot, [role=alert]')),
      { timeout: 60000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const shifts = await tab.evaluate(() => window.q4Shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    console.log(`load ${i + 1}: layout shift ${total.toFixed(3)}`);
    for (const s of shifts) console.log(`  ${s.at} ms: ${s.value.toFixed(3)}, moved ${s.moved.map((m) => `${m.node} (y ${m.from} -> ${m.to})`).join(', ')}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
