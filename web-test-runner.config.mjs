// Browser tests in real headless Chromium (Debian's /usr/bin/chromium; never a downloaded browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { join, relative } from 'node:path';
import { readFile } from 'node:fs/promises';
import { workspaceSources } from './scripts/workspace-sources.mjs';

const commonjs = fromRollup(rollupCommonjs);

/**
 * `executeServerCommand('q4-emulate-media', { features: [{ name: 'forced-colors', value: 'active' }] })`:
 * media emulation through CDP, since puppeteer's own API does not know forced-colors.
 */
const cdpSessions = new WeakMap();
const cdp = async (session) => {
  const page = session.browser.getPage(session.id);
  // Emulation lasts as long as the CDP session that set it: keep one per page.
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
  return cdpSessions.get(page);
};
const emulateMediaPlugin = {
  name: 'q4-emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command === 'q4-emulate-media') {
      await (await cdp(session)).send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    }
    // The static profile page, as q4-render writes it (needs npm run build), with this server's addresses for the
    // widgets' script and the stylesheet, so a test can open it with and without script.
    if (command === 'q4-static-profile') {
      const { renderProfile } = await import('./packages/render/lib/render.mjs');
      const page = await renderProfile({
        ...payload,
        script: '/dist/cdn/q4-widgets.js',
        css: ['/packages/widgets/builder/page.css', '/packages/widgets/profile/profile.css'],
        today: '2026-12-07',
      });
      return page.html;
    }
    // The static site's index page (q4-render profile --all), for the given places, with its stylesheet from the
    // built profile page.
    if (command === 'q4-profile-index') {
      const { indexPage } = await import('./packages/render/lib/profile-site.mjs');
      return indexPage(payload.entries, payload.lang).replace('href="profile.css"', 'href="/dist/profile/profile.css"');
    }
    // What a screen reader is told: name and description of every figure in Chromium's accessibility tree.
    if (command === 'q4-ax-figures') {
      const { nodes } = await (await cdp(session)).send('Accessibility.getFullAXTree');
      return nodes.filter((n) => n.role?.value === 'figure' && !n.ignored).map((n) => ({ name: n.name?.value ?? '', description: n.description?.value ?? '' }));
    }
    // The test runner lets the browser cache every file for a year; the network-fault tests need real requests.
    if (command === 'q4-cache') {
      const client = await cdp(session);
      await client.send('Network.enable');
      await client.send('Network.setCacheDisabled', { cacheDisabled: !payload.enabled });
      // The browser may have stored the faulty answers meanwhile (the runner marks every file cacheable for a
      // year): forget them, or later test pages would get them.
      if (payload.enabled) await client.send('Network.clearBrowserCache');
      return true;
    }
    // The property-based tests' size: a fixed seed and a few runs in npm test; `npm run test:fuzz` sets more.
    if (command === 'q4-fuzz') {
      return { runs: Number(process.env.FC_RUNS ?? 12), seed: Number(process.env.FC_SEED ?? 20261202) };
    }
    // Static HTML from q4-render's renderer (Node, @lit-labs/ssr), for the tests of the fragment in the browser.
    if (command === 'q4-static') {
      const { renderStaticHtml } = await import('@q4/render');
      const { html, title, credit, alt } = await renderStaticHtml(payload.widget, payload.options ?? {});
      return { html, title, credit, alt };
    }
    // After a full garbage collection: live documents, DOM nodes (attached or detached) and JS event listeners.
    if (command === 'q4-dom-counters') {
      const client = await cdp(session);
      await client.send('HeapProfiler.collectGarbage');
      await client.send('HeapProfiler.collectGarbage');
      return client.send('Memory.getDOMCounters');
    }
    return undefined;
  },
};
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Pages under test/csp/ are served with a strict Content-Security-Policy, as a municipal site might set. */
const strictCsp = async (ctx, next) => {
  await next();
  if (ctx.path.startsWith('/packages/widgets/test/csp/')) {
    ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
  }
  // The builder page: no inline script or style either; images from blob: and data: URLs, which drawing the
  // newsletter PNG in the browser needs (the SVG is drawn through an <img> onto a canvas).
  // The profile page runs under the builder's policy.
  if (ctx.path.startsWith('/dist/builder/') || ctx.path.startsWith('/dist/profile/')) {
    ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self' blob:");
  }
};

/**
 * Network faults on demand, for the retry tests: `GET /__q4/fault?path=/dist/cdn/data/commuting-&kind=503&times=1`
 * makes the next request(s) under that path fail: an HTTP status (404, 503), `timeout` (no answer for 20 s, then
 * 503) or `truncated` (half the body, a module that does not parse).
 */
const faults = new Map();
const faultInjection = async (ctx, next) => {
  if (ctx.path === '/__q4/fault') {
    faults.set(String(ctx.query.path), { kind: String(ctx.query.kind ?? '503'), times: Number(ctx.query.times ?? 1) });
    ctx.body = 'ok';
    return;
  }
  const fault = [...faults].find(([prefix, f]) => ctx.path.startsWith(prefix) && f.times > 0)?.[1];
  if (!fault) {
    return next();
  }
  fault.times--;
  // "timeout": the server holds the request (20 s), as a CDN that stops answering; then it gives up with a 503.
  if (fault.kind === 'timeout') {
    await new Promise((resolve) => setTimeout(resolve, 20000));
    ctx.status = 503;
    ctx.body = 'gave up';
    return;
  }
  if (fault.kind !== 'truncated') {
    ctx.status = Number(fault.kind);
    ctx.body = 'unavailable';
    return;
  }
  // Half of the file, read here: the server's own pipeline (its transform cache) would otherwise serve it whole.
  const text = await readFile(join(process.cwd(), ctx.path), 'utf8');
  ctx.type = ctx.path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
  ctx.body = text.slice(0, Math.floor(text.length / 2));
};

/** @q4/* imports resolve to the packages' TypeScript (scripts/workspace-sources.mjs), so tests need no build. */
const sources = workspaceSources();
const workspaceSourcesPlugin = {
  name: 'q4-workspace-sources',
  resolveImport({ source }) {
    const file = sources.get(source);
    return file ? `/${relative(process.cwd(), file)}` : undefined;
  },
};

export default {
  files: ['packages/*/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [strictCsp, faultInjection],
  plugins: [
    workspaceSourcesPlugin,
    // Plot's interval-tree-1d is CommonJS; plugin-commonjs is pinned to 26.0.3 (29 breaks under fromRollup).
    commonjs({ include: ['**/node_modules/interval-tree-1d/**', '**/node_modules/binary-search-bounds/**'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    emulateMediaPlugin,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', // we run as root in CI
          '--disable-gpu',
          '--disable-dev-shm-usage',
          // Keep Chromium's background requests on the box (the machine has no internet).
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        ],
      },
    }),
  ],
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
};
