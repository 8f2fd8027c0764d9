#!/usr/bin/env node
// The widgets in a React 19, Vue 3 and Svelte 5 app, as a new user would use them: from the packed tarballs.
// Packs every @q4 package (after `npm run build`), installs them into a copy of scripts/fixtures/frameworks/ outside the
// repository, then for each framework:
//   1. type-checks the app (tsc, vue-tsc, svelte-check) with the types generated from custom-elements.json;
//   2. type-checks a file of mistakes (wrong attribute value, wrong event detail) and expects it to fail, naming them;
//   3. builds the app with Vite and loads it in Chromium: the bundled scorecard draws, the own-data scorecard
//      (set as a property) draws with its credit, and choosing a cell with the keyboard reaches the app's handler.
// The React app imports the scorecard alone: its build must hold no other dataset (the loaders of @q4/data are pure).
// Usage: node scripts/frameworks.mjs [--keep]  (--keep: leave the temporary app for inspection)
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '..');
const fixture = join(repo, 'scripts', 'fixtures', 'frameworks');
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const keep = process.argv.includes('--keep');
const started = Date.now();
const log = (msg) => console.log(`[frameworks ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
const failures = [];
const check = (ok, what) => {
  if (ok) log(`ok   ${what}`);
  else {
    failures.push(what);
    log(`FAIL ${what}`);
  }
};
const sh = async (cmd, args, cwd, env = {}) => {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
    return { ok: true, out: stdout + stderr };
  } catch (error) {
    return { ok: false, out: `${error.stdout ?? ''}${error.stderr ?? ''}${error.message}` };
  }
};

if (!existsSync(join(repo, 'packages', 'widgets', 'dist', 'frameworks', 'react.d.ts'))) {
  console.error('frameworks: run npm run build first');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'q4-frameworks-'));
const app = join(work, 'app');
try {
  // 1. The tarballs, as npm would publish them.
  const packages = readdirSync(join(repo, 'packages')).filter((p) => existsSync(join(repo, 'packages', p, 'package.json')) && p !== 'render');
  const packed = await sh('npm', ['pack', '--silent', '--pack-destination', work, ...packages.flatMap((p) => ['-w', `packages/${p}`])], repo);
  if (!packed.ok) throw new Error(`npm pack failed:\n${packed.out}`);
  const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'));
  log(`packed ${tarballs.length} packages`);

  // 2. The app: the fixture's pinned framework versions from its lock file, then the tarballs.
  cpSync(fixture, app, { recursive: true, filter: (src) => !/node_modules|dist-/.test(src) });
  const ci = await sh('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], app);
  if (!ci.ok) throw new Error(`npm ci failed:\n${ci.out}`);
  const install = await sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs.map((t) => join(work, t))], app);
  if (!install.ok) throw new Error(`installing the tarballs failed:\n${install.out}`);
  log('installed the app and the tarballs');

  const bin = (name) => join(app, 'node_modules', '.bin', name);
  const typecheck = {
    react: (dir) => sh(bin('tsc'), ['-p', join(dir, 'tsconfig.json')], app),
    vue: (dir) => sh(bin('vue-tsc'), ['-p', join(dir, 'tsconfig.json')], app),
    svelte: (dir) => sh(bin('svelte-check'), ['--workspace', dir, '--tsconfig', join(dir, 'tsconfig.json'), '--output', 'machine', '--fail-on-warnings'], app),
  };

  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  try {
    for (const framework of ['react', 'vue', 'svelte']) {
      const good = await typecheck[framework](join(app, framework));
      check(good.ok, `${framework}: the app type-checks with the generated types${good.ok ? '' : `\n${good.out}`}`);
      const bad = await typecheck[framework](join(app, 'bad', framework));
      const named = ['soon', 'postcode'].every((word) => bad.out.includes(word));
      check(
        !bad.ok && named,
        `${framework}: a wrong attribute value ("soon") and a wrong event detail ("postcode") fail to type-check${!bad.ok && named ? '' : `\n${bad.out}`}`,
      );
      if (framework === 'react') check(bad.out.includes('colour'), `react: an unknown attribute ("colour") fails to type-check`);

      const built = await sh(bin('vite'), ['build', '--config', 'vite.config.mjs'], app, { FRAMEWORK: framework });
      check(built.ok, `${framework}: vite build${built.ok ? '' : `\n${built.out}`}`);
      if (!built.ok) continue;
      const dist = join(app, `dist-${framework}`);
      const files = readdirSync(join(dist, 'assets'));
      const js = files.filter((f) => f.endsWith('.js'));
      if (framework === 'react') {
        // The scorecard's app holds the scorecard's data and nothing of the other datasets (commuting, maps,
        // sectors, land use, RCI, national modules): their chunks are not emitted.
        const text = js.map((f) => readFileSync(join(dist, 'assets', f), 'utf8')).join('\n');
        const foreign = ['81251NED', '70262NED', 'boundaries', 'lisa2017'].filter((marker) => text.includes(`"${marker}`) || text.includes(`'${marker}`));
        check(
          foreign.length === 0 && js.length <= 3,
          `react: the scorecard-only build has ${js.length} JS files and no other dataset${foreign.length ? ` (found ${foreign.join(', ')})` : ''}`,
        );
      } else {
        log(`     ${framework}: build has ${js.length} JS files`);
      }
      await inBrowser(browser, framework, dist);
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  failures.push(error.message);
  console.error(error.message);
} finally {
  if (keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
log(failures.length ? `${failures.length} failed` : 'all passed');
process.exit(failures.length ? 1 : 0);

/** Serves the built app and checks what a reader sees and what the app's event handler gets. */
async function inBrowser(browser, framework, dist) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.setViewport({ width: 900, height: 1200 });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    const drawn = await page
      .waitForFunction(() => ['#bundled', '#own'].every((s) => document.querySelector(s)?.shadowRoot?.querySelector('svg.q4-plot')), { timeout: 20000 })
      .then(
        () => true,
        () => false,
      );
    check(drawn, `${framework}: both scorecards draw in Chromium`);
    if (!drawn) return;
    const seen = await page.evaluate(() => {
      const root = (s) => document.querySelector(s).shadowRoot;
      return {
        title: root('#bundled').querySelector('.title')?.textContent?.trim() ?? '',
        ownCredit: root('#own').querySelector('.credit')?.textContent?.trim() ?? '',
        ownHeading: root('#own').querySelector('.title')?.getAttribute('aria-level') === '2',
        hideActions: document.querySelector('#bundled').hasAttribute('hide-actions'),
        ownIsProperty: Array.isArray(document.querySelector('#own').data?.rows),
      };
    });
    check(
      seen.title.length > 0 && /[a-z]/.test(seen.title) && seen.hideActions,
      `${framework}: the bundled scorecard shows its title in English ("${seen.title}") and takes hide-actions`,
    );
    check(seen.ownIsProperty && seen.ownCredit.includes('fictief'), `${framework}: own data set as a property draws with its credit ("${seen.ownCredit}")`);
    check(seen.ownHeading, `${framework}: heading-level={2} reaches the element`);
    // Choose a cell with the keyboard: the app's handler (typed from the generated types) shows the name.
    await page.evaluate(() => document.querySelector('#bundled').shadowRoot.querySelector('[tabindex="0"]').focus());
    await page.evaluate(() => document.querySelector('#bundled').addEventListener('q4-select', (e) => (window.__q4detail = e.detail), { once: true }));
    await page.keyboard.press('Enter');
    const chosen = await page
      .waitForFunction(() => window.__q4detail, { timeout: 5000 })
      .then(
        (h) => h.jsonValue(),
        () => null,
      );
    await page.waitForFunction((name) => document.querySelector('#chosen')?.textContent === name, { timeout: 5000 }, chosen?.name ?? '').catch(() => {});
    const output = await page.$eval('#chosen', (o) => o.textContent);
    check(!!chosen?.name && output === chosen.name, `${framework}: Enter on a cell fires q4-select and the app's handler shows "${output}"`);
    check(errors.length === 0, `${framework}: no error in the console${errors.length ? `: ${errors.join(' | ')}` : ''}`);
  } finally {
    await page.close();
    server.close();
  }
}
