// Every lazily loaded module recovers from a network fault (issue 19): for each module a page loads through the
// autoloader (the widget's chunk, the data package's shared code, the data modules, the national files; Plot, Lit and
// core are in q4-widgets.js itself, which a page that runs the loader has), the CDN answers 404, 503, nothing (a
// timeout) or half a body; the widget says so with "Opnieuw proberen"; once the network is back the button draws the
// chart, and so does a widget added to the page afterwards.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { widgetNames } from '../src/generated/names.js';

const base = `${location.origin}/dist/cdn`;
const kinds = ['404', '503', 'timeout', 'truncated'];

/**
 * A plain page in an iframe: the loader and one widget; loads time out after 1.5 s (window.q4LoadTimeout). Each page
 * loads the loader with a query of its own, which the loader passes on to every module, so no page gets a module the
 * browser kept in memory from an earlier one (it does so even with its cache off).
 */
let pages = 0;
async function page(widget: string, attributes: string): Promise<Window & typeof globalThis & { q4Codes: string[]; q4Uncaught: string[] }> {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 900px';
  iframe.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>faults</title><script>
    window.q4LoadTimeout = 1500; window.q4Codes = []; window.q4Uncaught = [];
    addEventListener('q4-error', (e) => q4Codes.push(e.detail.code));
    addEventListener('error', (e) => q4Uncaught.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => q4Uncaught.push(String(e.reason)));
  </script><script type="module" src="${base}/q4-widgets.js?page=${++pages}"></script></head><body><q4-${widget} loading="eager"${attributes}></q4-${widget}></body></html>`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe.contentWindow as never;
}
const drawn = (el: Element) => el.shadowRoot?.querySelector('[part=chart] svg');
/** The visible error and its retry button: the loader's (in the element) or the widget's own (in its shadow root). */
const failure = (el: Element) => el.querySelector('[role=alert]') ?? el.shadowRoot?.querySelector('[role=alert]') ?? null;

// Every widget of the registry as a page would show it: the report's view, and for two of them a place that loads
// national data.
const places: Record<string, string> = { 'commute-flows': ' municipality="Amsterdam"', 'key-figures': ' municipality="Zeist"' };
const setups: [string, string][] = widgetNames.map((name) => [name, places[name] ?? '']);

describe('every lazily loaded module recovers from 404, 503, a timeout and a truncated body', () => {
  before(() => executeServerCommand('q4-cache', { enabled: false }));
  after(() => executeServerCommand('q4-cache', { enabled: true }));
  const tested = new Set<string>();
  let cases = 0;
  /** The module under a fault: cleared after each test, pass or fail, so no fault outlives its test. */
  let faulty = '';
  afterEach(async () => {
    if (faulty) await fetch(`/__q4/fault?path=${encodeURIComponent(faulty)}&times=0`);
    faulty = '';
  });
  after(() => console.log(`network faults: ${cases} cases over ${tested.size} modules`));

  for (const [widget, attributes] of setups) {
    it(`q4-${widget}: each module it loads fails once, then the retry button and a later widget draw`, async function () {
      this.timeout(180000);
      // The modules this page loads, on a clean load.
      const clean = await page(widget, attributes);
      const first = clean.document.querySelector(`q4-${widget}`)!;
      await waitUntil(() => drawn(first), 'not drawn on a clean load', { timeout: 10000 });
      const modules = clean.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/dist/cdn/') && p.endsWith('.js') && !p.endsWith('/q4-widgets.js'));
      expect(modules).to.include(`/dist/cdn/lazy/${widget}.js`);
      // Each module once across the widgets, in a fixed order: every module cut short (a cut that still parses is the
      // subtle case) and one of the other faults in turn; the first widget's module and the first data module with all four.
      const todo = [...new Set(modules)].filter((m) => !tested.has(m)).sort();
      for (const [i, module] of todo.entries()) {
        tested.add(module);
        const every = module.endsWith('/lazy/scorecard.js') || (module.includes('/data/') && ![...tested].some((t) => t !== module && t.includes('/data/')));
        for (const kind of every ? kinds : ['truncated', ['404', '503', 'timeout'][(i + widget.length) % 3]]) {
          // The CDN fails every request for the file (the preload hint's and the import's) until the network is back.
          await fetch(`/__q4/fault?path=${encodeURIComponent(module)}&kind=${kind}&times=1000`);
          faulty = module;
          const win = await page(widget, attributes);
          const el = win.document.querySelector(`q4-${widget}`)!;
          const what = `${module} ${kind}`;
          await waitUntil(() => failure(el), `${what}: no error shown`, { timeout: 10000 }).catch((e) => {
            const seen = win.performance
              .getEntriesByType('resource')
              .map((r) => `${new URL(r.name).pathname}:${(r as PerformanceResourceTiming).responseStatus}`);
            throw new Error(`${e.message}; requests ${seen.join(' ')}; drawn ${!!drawn(el)}; codes ${win.q4Codes.join(',')}`);
          });
          expect(win.q4Codes, `${what}: q4-error`).to.include('network');
          await fetch(`/__q4/fault?path=${encodeURIComponent(module)}&kind=${kind}&times=0`); // the network is back
          failure(el)!.querySelector('button')!.click();
          await waitUntil(() => drawn(el), `${what}: not drawn after "Opnieuw proberen"`, { timeout: 10000 });
          expect(failure(el), `${what}: the error is gone`).to.equal(null);
          const later = win.document.createElement(`q4-${widget}`);
          for (const attribute of clean.document.querySelector(`q4-${widget}`)!.getAttributeNames())
            later.setAttribute(attribute, first.getAttribute(attribute) ?? '');
          win.document.body.append(later);
          await waitUntil(() => drawn(later), `${what}: a widget added after the recovery did not draw`, { timeout: 10000 });
          expect(win.q4Uncaught, `${what}: nothing uncaught`).to.deep.equal([]);
          // The retried module asked for q4-widgets.js (its runtime) without the retry's query: one runtime per page.
          const runtimes = win.performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.endsWith('/q4-widgets.js'));
          expect(
            runtimes.map((r) => new URL(r.name).search),
            `${what}: q4-widgets.js once`,
          ).to.deep.equal([`?page=${pages}`]);
          cases++;
        }
      }
    });
  }
});
