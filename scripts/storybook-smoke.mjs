#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in Chromium and checks that each widget
// renders: an SVG chart, or for error stories the error alert. Runs axe-core (WCAG 2.1 A and AA rules) on
// every story, shadow roots included, and fails on any violation. Fails on page errors and on requests
// that leave the machine. Run after `npm run storybook:build`.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, launch } from './serve.mjs';

if (!existsSync('storybook-static/index.json')) {
  console.error('storybook-smoke: no storybook-static/; run npm run storybook:build first');
  process.exit(1);
}
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** axe-core's WCAG 2.1 A/AA violations on the page as it is, one line each. */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, wcag);
}
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
    // The pages Storybook serves beside the stories (/builder/, /profile/): follow the story's first link to the page,
    // see a widget drawn there, run axe.
    const pageStory = { Builder: ['builder', '#preview q4-scorecard'], Profile: ['profile', '#key-figures q4-key-figures'] }[story.title];
    if (pageStory) {
      const [name, widget] = pageStory;
      await page.waitForSelector(`a[href*="${name}/index.html"]`, { timeout: 15000 }).catch(() => {});
      const href = await page.evaluate((n) => document.querySelector(`a[href*="${n}/index.html"]`)?.href ?? '', name);
      let outcome = `no link to the ${name} page`;
      if (href) {
        await page.goto(href);
        outcome = await page
          .waitForFunction(
            (w, n) => document.querySelector(w)?.shadowRoot?.querySelector('[part=chart] svg') && `${n} page with a drawn widget`,
            { timeout: 20000 },
            widget,
            name,
          )
          .then((h) => h.jsonValue())
          .catch(() => `${name} page without a widget`);
        for (const v of await axeViolations(page)) errors.push(`axe ${v}`);
      }
      const ok = outcome === `${name} page with a drawn widget` && errors.length === 0;
      if (!ok) failed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${story.title} / ${story.name}: ${outcome}${errors.length ? ` (${errors.join('; ')})` : ', axe clean'}`);
      continue;
    }
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
    // axe on the whole story page: the widget (its shadow root) and the embed snippets around it.
    if (outcome !== 'nothing rendered') for (const v of await axeViolations(page)) errors.push(`axe ${v}`);
    // Every story shows its embed snippets, with the story's attributes.
    const snippet = await page.evaluate(() => document.querySelector('.q4-embed-snippets code')?.textContent ?? '');
    if (!snippet.includes('<script type="module"')) errors.push('no embed snippet');
    const ok = (expectError ? outcome === 'error' : outcome.startsWith('svg')) && errors.length === 0;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${story.title} / ${story.name}: ${outcome}, axe clean${errors.length ? ` (${errors.join('; ')})` : ''}`.replace(
        ', axe clean (',
        ' (',
      ),
    );
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
