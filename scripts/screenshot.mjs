#!/usr/bin/env node
// Screenshot of a widget from the CDN build, to look at what a reader sees.
// Usage: node scripts/screenshot.mjs '<q4-scorecard municipality="Zeist"></q4-scorecard>' out/shot.png [width]
// FORCED_COLORS=1 emulates forced colours (Windows high contrast); DARK=1 a dark colour scheme.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { serve, launch } from './serve.mjs';

const [markup = '<q4-scorecard></q4-scorecard>', out = 'out/screenshot.png', width = '720'] = process.argv.slice(2);
const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>shot</title>
<script type="module" src="/dist/cdn/q4-widgets.js"></script></head>
<body style="margin:16px;font-family:'DejaVu Sans',sans-serif">${markup}</body></html>`;
const server = await serve({ '/': page });
const browser = await launch();
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: Number(width), height: 900 });
  // Through CDP: puppeteer's emulateMediaFeatures does not know forced-colors.
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: process.env.FORCED_COLORS ? 'active' : 'none' },
      { name: 'prefers-color-scheme', value: process.env.DARK ? 'dark' : 'light' },
    ],
  });
  tab.on('console', (m) => console.log(`[page] ${m.text()}`));
  await tab.goto(`${server.url}/`);
  await tab.waitForFunction(() => [...document.querySelectorAll('*')].some((e) => e.shadowRoot?.querySelector('svg, [role=alert]')), { timeout: 10000 });
  await new Promise((r) => setTimeout(r, 300));
  mkdirSync(dirname(out), { recursive: true });
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
