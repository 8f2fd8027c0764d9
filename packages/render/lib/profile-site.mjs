// The static site of every municipality's profile (`q4-render profile --all --out DIR`): one page per municipality
// of today in DIR/<code>/index.html with its CSV, one stylesheet, and an index page with a search box (a list of
// links that works without script; a small script filters it). The pages are rendered on every core (worker
// threads). Each page records what it was made from (`q4-build`); run again, only pages that are missing or were made
// from something else are written. A page is written to a temporary file and renamed, so an interrupted run never
// leaves a half-written page.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { profileMessages } from '@q4/widgets/profile-model';
import { escapeXml } from './render.mjs';

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeWhole(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** What a page is made from, as a short hash: the release, the options, and the build's data. */
export function buildStamp(options, version, dataTag) {
  return createHash('sha256')
    .update(JSON.stringify({ version, dataTag, lang: options.lang ?? 'nl', width: options.width ?? 720, script: options.script ?? '', css: '../profile.css' }))
    .digest('base64url')
    .slice(0, 12);
}

/** Whether DIR/<code>/index.html is there and was made from `stamp`. */
export function isCurrent(dir, code, stamp) {
  const file = join(dir, code, 'index.html');
  return existsSync(file) && readFileSync(file, 'utf8').includes(`<meta name="q4-build" content="${stamp}" />`);
}

/**
 * Renders the pages of `codes` that are missing or stale on `threads` workers; calls `progress(code)` for each
 * written. Returns the codes written and skipped.
 */
export async function renderSite(dir, entries, options, stamp, { threads = availableParallelism(), progress = () => {} } = {}) {
  mkdirSync(dir, { recursive: true });
  // What a killed run left half-written (never linked, never read): removed.
  for (const e of entries) {
    const folder = join(dir, e.code);
    if (existsSync(folder)) for (const f of readdirSync(folder)) if (f.endsWith('.tmp')) rmSync(join(folder, f));
  }
  const todo = entries.filter((e) => !isCurrent(dir, e.code, stamp)).map((e) => e.code);
  const skipped = entries.length - todo.length;
  const queue = [...todo];
  const workers = Math.max(1, Math.min(threads, queue.length));
  const run = () =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./profile-worker.mjs', import.meta.url), { workerData: { dir, options, stamp } });
      const next = () => {
        const code = queue.shift();
        if (code) worker.postMessage(code);
        else worker.terminate().then(resolve, reject);
      };
      worker.on('message', (m) => {
        if (m.error) {
          worker.terminate();
          reject(new Error(`${m.code}: ${m.error}`));
          return;
        }
        if (m.code) progress(m.code);
        next();
      });
      worker.on('error', reject);
      next();
    });
  await Promise.all(Array.from({ length: workers }, run));
  return { written: todo, skipped };
}

const escape = (s) => escapeXml(s, true);

/** The index page: every municipality, linked, with a search box that filters the list (index.js; the list works without it). */
export function indexPage(entries, lang) {
  const m = profileMessages[lang];
  const t = { title: m.siteTitle, label: m.siteLabel, hint: m.siteHint, skip: m.skip };
  const items = entries.map((e) => `        <li><a href="${escape(e.code)}/index.html">${escape(e.name)}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(t.title)}</title>
    <link rel="stylesheet" href="profile.css" />
    <script type="module" src="index.js"></script>
  </head>
  <body>
    <header><a class="skip" href="#main">${escape(t.skip)}</a></header>
    <main id="main" tabindex="-1">
      <h1>${escape(t.title)}</h1>
      <form class="profile-search" role="search">
        <div class="field">
          <label for="filter">${escape(t.label)}</label>
          <input id="filter" type="search" autocomplete="off" aria-describedby="filter-hint" aria-controls="places" />
          <p class="hint" id="filter-hint">${escape(t.hint)}</p>
        </div>
      </form>
      <ul id="places" class="profile-places">
${items}
      </ul>
    </main>
  </body>
</html>
`;
}

/** The index page's script: filters the list as the reader types (no HTML from the input, only text compared). */
export const indexScript = `const input = document.getElementById('filter');
const items = [...document.querySelectorAll('#places li')];
const fold = (s) => s.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
input.addEventListener('input', () => {
  const wanted = fold(input.value.trim());
  for (const li of items) li.hidden = wanted !== '' && !fold(li.textContent).includes(wanted);
});
`;
