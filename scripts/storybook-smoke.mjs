#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in Chromium and checks that each widget
// renders: an SVG chart, or for error stories the error alert. Fails on page errors and on requests
// that leave the machine. Run after `npm run storybook:build`.
import { readFileSync, existsSync } from 'node:fs';
import { serve, launch } from './serve.mjs';

if (!existsSync('storybook-static/index.json')) {
  console.error('storybook-smoke: no storybook-static/; run npm run storybook:build first');
  process.exit(1);
}
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const server = await serve();
const browser = await launch();
let failed = 0;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) errors.push(`external request ${r.url()}`);
  });
  for (const story of stories) {
    errors.length = 0;
    await page.goto(`${server.url}/storybook-static/iframe.html?id=${story.id}&viewMode=story`);
    const expectError = /error|unknown/i.test(story.name);
    let outcome;
    try {
      outcome = await page.waitForFunction(
        () => {
          const el = [...document.querySelectorAll('*')].find((e) => e.tagName.startsWith('Q4-') && e.shadowRoot);
          const root = el?.shadowRoot;
          const chart = root?.querySelector('[part=chart] svg');
          if (chart) return `svg with ${chart.querySelectorAll('rect, path').length} marks`;
          if (root?.querySelector('[role=alert]')) return 'error';
          return false;
        },
        { timeout: 15000 },
      );
      outcome = await outcome.jsonValue();
    } catch {
      outcome = 'nothing rendered';
    }
    // Every story shows its embed snippets, with the story's attributes.
    const snippet = await page.evaluate(() => document.querySelector('.q4-embed-snippets code')?.textContent ?? '');
    if (!snippet.includes('<script type="module"')) errors.push('no embed snippet');
    const ok = (expectError ? outcome === 'error' : outcome.startsWith('svg')) && errors.length === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${story.title} / ${story.name}: ${outcome}${errors.length ? ` (${errors.join('; ')})` : ''}`);
  }
  // Autodocs pages: the attribute table comes from custom-elements.json.
  for (const docs of Object.values(index.entries).filter((e) => e.type === 'docs')) {
    errors.length = 0;
    await page.goto(`${server.url}/storybook-static/iframe.html?id=${docs.id}&viewMode=docs`);
    const ok = await page
      .waitForFunction(() => document.body.innerText.includes('municipality') || document.body.innerText.includes('fetch-timeout'), { timeout: 15000 })
      .then(() => errors.length === 0)
      .catch(() => false);
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${docs.title} / ${docs.name}: ${ok ? 'API table shown' : `no API table ${errors.join('; ')}`}`);
  }
} finally {
  await browser.close();
  await server.close();
}
const total = Object.values(index.entries).filter((e) => e.type === 'story' || e.type === 'docs').length;
console.log(`storybook: ${total - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
