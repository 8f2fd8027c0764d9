import { executeServerCommand } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';
import { widgetNames } from '../src/generated/names.js';

// q4-widgets.js, the autoloader (packages/widgets/src/loader.ts, built by npm run build into dist/cdn): each widget's
// module arrives when its tag appears; Plot, Lit and core are shared chunks, loaded once.

/** Loads a plain HTML page in an iframe; returns its window. */
async function page(body: string, height = 900): Promise<Window> {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = `${height}px`;
  iframe.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>loader</title></head><body>${body}</body></html>`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe.contentWindow!;
}

const base = `${location.origin}/dist/cdn`;
const loader = `<script type="module" src="${base}/q4-widgets.js"></script>`;
const recordWarnings = `<script>window.q4Warnings = []; window.q4Errors = [];
  for (const level of ['warn', 'error']) { const log = console[level]; console[level] = (...a) => { (level === 'warn' ? q4Warnings : q4Errors).push(a.join(' ')); log(...a); }; }
  addEventListener('error', (e) => q4Errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => q4Errors.push(String(e.reason)));</script>`;
type Recorded = Window & { q4Warnings: string[]; q4Errors: string[] };
/** The JavaScript files a page has requested, relative to dist/cdn. */
const scripts = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((r) => r.name)
    .filter((n) => n.endsWith('.js'))
    .map((n) => n.replace(`${base}/`, ''));
const drawn = (el: Element) => el.shadowRoot?.querySelector('[part=chart] svg');
/** Of these files (relative to dist/cdn), those that carry Plot: its default class name is in its code once. */
const plotIn = async (files: string[]) => {
  const carry = await Promise.all(files.map(async (f) => (await (await fetch(`${base}/${f}`)).text()).includes('plot-d6a7b5')));
  return files.filter((_, i) => carry[i]);
};

describe('q4-widgets.js: the autoloader', () => {
  it("a page with only a scorecard loads the loader (which holds Plot, Lit and core) and the scorecard's module, and nothing else", async () => {
    const win = await page(`${loader}<q4-scorecard></q4-scorecard>`);
    const el = win.document.querySelector('q4-scorecard')!;
    await waitUntil(() => drawn(el), 'did not render', { timeout: 8000 });
    expect(el.shadowRoot!.querySelectorAll('.q4-cell rect')).to.have.length(47);
    expect(scripts(win).sort()).to.deep.equal(['lazy/scorecard.js', 'q4-widgets.js']);
    // The loader asked for the module with a preload link (and would for any chunk it imports, at once).
    const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href.replace(`${base}/`, ''));
    expect(preloads.sort()).to.deep.equal(['lazy/scorecard.js']);
    for (const other of ['q4-land-use', 'q4-commute-flows']) expect(win.customElements.get(other), other).to.equal(undefined);
  });

  it("with the README's preload hints, the loader adds no link of its own and each file is asked for once", async () => {
    const hints = `<link rel="modulepreload" href="${base}/lazy/scorecard.js">`;
    const win = await page(`${hints}${loader}<q4-scorecard></q4-scorecard>`);
    const el = win.document.querySelector('q4-scorecard')!;
    await waitUntil(() => drawn(el), 'did not render', { timeout: 8000 });
    const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href.replace(`${base}/`, ''));
    expect(preloads.sort()).to.deep.equal(['lazy/scorecard.js']);
    expect(scripts(win).sort()).to.deep.equal(['lazy/scorecard.js', 'q4-widgets.js']);
  });

  it('a page without widgets loads only the loader', async () => {
    const win = await page(`${loader}<p>Geen widgets hier.</p>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(scripts(win)).to.deep.equal(['q4-widgets.js']);
  });

  it('two widgets share one Plot: every chunk is requested once', async () => {
    const win = await page(`${loader}<q4-scorecard></q4-scorecard><q4-identity-shift></q4-identity-shift>`);
    const els = [...win.document.querySelectorAll('q4-scorecard, q4-identity-shift')];
    await waitUntil(() => els.every(drawn), 'did not render', { timeout: 8000 });
    const list = scripts(win);
    expect(new Set(list).size).to.equal(list.length);
    expect(await plotIn(list)).to.deep.equal(['q4-widgets.js']);
    expect(list).to.include('lazy/identity-shift.js');
  });

  it('a widget created later with createElement upgrades when its module arrives, keeping properties set before', async () => {
    const win = await page(`${recordWarnings}${loader}`);
    await new Promise((r) => setTimeout(r, 200));
    const el = win.document.createElement('q4-scorecard') as HTMLElement & { municipality?: string; lang: string };
    // Set before the class exists: Lit's upgrade keeps these instance properties.
    el.municipality = 'Bunnik';
    el.lang = 'en';
    el.setAttribute('loading', 'eager');
    win.document.body.append(el);
    await waitUntil(() => drawn(el), 'did not render', { timeout: 8000 });
    const title = el.shadowRoot!.querySelector('.title')!.textContent!;
    expect(title).to.contain('Bunnik');
    // Its texts are English: the table button's label is.
    expect(el.lang).to.equal('en');
    expect(el.shadowRoot!.textContent).to.contain('Source');
    expect((win as Recorded).q4Errors).to.deep.equal([]);
  });

  it('loaded three times and beside a per-widget file, each widget registers once, silently', async () => {
    const win = await page(
      `${recordWarnings}${loader}${loader}<script type="module" src="${base}/q4-widgets.js?copy=2"></script>` +
        `<script type="module" src="${base}/q4-scorecard.js"></script><q4-scorecard></q4-scorecard><q4-land-use></q4-land-use>`,
    );
    const els = [...win.document.querySelectorAll('q4-scorecard, q4-land-use')];
    await waitUntil(() => els.every(drawn), 'did not render', { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 300));
    const w = win as Recorded;
    expect(w.q4Warnings.filter((m) => m.includes('q4-'))).to.deep.equal([]);
    expect(w.q4Errors).to.deep.equal([]);
    expect(scripts(win).filter((f) => f === 'lazy/land-use.js')).to.have.length(1);
  });

  it('finds widgets in open shadow roots: one there before the loader ran, one added later, and through discover()', async () => {
    const win = await page(`${recordWarnings}<div id="a"></div><div id="b"></div>`);
    const a = win.document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<q4-identity-shift loading="eager"></q4-identity-shift>';
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = `${base}/q4-widgets.js`;
    win.document.head.append(script);
    const first = a.querySelector('q4-identity-shift')!;
    await waitUntil(() => drawn(first), 'the widget in a shadow root did not render', { timeout: 8000 });
    // Added later to a watched shadow root.
    a.append(Object.assign(win.document.createElement('q4-land-use'), { loading: 'eager' }));
    await waitUntil(() => drawn(a.querySelector('q4-land-use')!), 'a widget added to a shadow root did not render', { timeout: 8000 });
    // A shadow root attached after its host was in the page: the page calls discover().
    const b = win.document.getElementById('b')!.attachShadow({ mode: 'open' });
    b.innerHTML = '<q4-competitiveness loading="eager"></q4-competitiveness>';
    const module = win.document.createElement('script');
    module.type = 'module';
    module.textContent = `import { discover } from '${base}/q4-widgets.js'; window.q4Discover = discover;`;
    win.document.head.append(module);
    const w = win as Recorded & { q4Discover?: (root: ShadowRoot) => Promise<void> };
    await waitUntil(() => w.q4Discover, 'discover() not exported', { timeout: 5000 });
    await w.q4Discover!(b);
    await waitUntil(() => drawn(b.querySelector('q4-competitiveness')!), 'discover() did not load the widget', { timeout: 8000 });
    expect((win as Recorded).q4Errors).to.deep.equal([]);
  });

  it('loading="lazy" loads the module at once but draws only near the viewport; loading="eager" draws at once', async () => {
    const win = await page(
      `${loader}<div style="height:3000px"></div><q4-scorecard id="lazy"></q4-scorecard><q4-land-use id="eager" loading="eager"></q4-land-use>`,
      600,
    );
    const lazy = win.document.getElementById('lazy')!;
    const eager = win.document.getElementById('eager')!;
    await waitUntil(() => drawn(eager), 'the eager widget did not render', { timeout: 8000 });
    expect(win.customElements.get('q4-scorecard')).to.exist;
    expect(drawn(lazy)).to.not.exist;
    lazy.scrollIntoView();
    await waitUntil(() => drawn(lazy), 'the lazy widget did not render after scrolling', { timeout: 8000 });
  });

  describe('one module of every widget (lazy/all.js) for a page that shows most of them', () => {
    const all = [...widgetNames];
    const tagsOf = (names: string[]) => names.map((n) => `<q4-${n} loading="eager"></q4-${n}>`).join('');
    /** The built loader's own figures: each widget module's files and every file's gzip size. */
    let deps: Record<string, string[]>;
    let sizes: Record<string, number>;
    before(async () => {
      const source = await (await fetch(`${base}/q4-widgets.js`)).text();
      const found = /\{\s*"\.\/lazy\/[\s\S]*?\]\s*\}/.exec(source);
      if (!found) throw new Error(`no preload map in q4-widgets.js: ${source.slice(0, 400)}`);
      deps = JSON.parse(found[0]);
      // The minifier writes the sizes' JSON in single or double quotes, whichever is shorter.
      const literal = /JSON\.parse\(('[^'\\]*'|"(?:[^"\\]|\\.)*")\)/.exec(source)![1];
      sizes = JSON.parse(literal.startsWith("'") ? literal.slice(1, -1) : JSON.parse(literal));
    });
    /** What the page's widgets weigh as separate modules, and as lazy/all.js. */
    const split = (names: string[]) => [...new Set(names.flatMap((n) => deps[`./lazy/${n}.js`]))].reduce((sum, f) => sum + sizes[f], 0);
    const code = (win: Window) => scripts(win).filter((f) => !f.startsWith('data/'));

    it('all seven: the loader and lazy/all.js only, because split they would weigh more; every widget draws', async () => {
      expect(split(all), 'seven split against all.js').to.be.greaterThan(sizes['./lazy/all.js']);
      expect(split(['scorecard', 'identity-shift']), 'two split against all.js').to.be.lessThan(sizes['./lazy/all.js']);
      const win = await page(`${recordWarnings}${loader}${tagsOf(all)}`, 4000);
      const els = all.map((n) => win.document.querySelector(`q4-${n}`)!);
      await waitUntil(() => els.every(drawn), 'not all drawn', { timeout: 15000 });
      expect(code(win).sort()).to.deep.equal(['lazy/all.js', 'q4-widgets.js']);
      expect((win as Recorded).q4Errors).to.deep.equal([]);
    });

    it('widgets added in one go to a page without any decide together; a page that chose split stays split', async () => {
      const win = await page(`${recordWarnings}${loader}`, 4000);
      await new Promise((r) => setTimeout(r, 200));
      win.document.body.insertAdjacentHTML('beforeend', tagsOf(all));
      const els = all.map((n) => win.document.querySelector(`q4-${n}`)!);
      await waitUntil(() => els.every(drawn), 'not all drawn', { timeout: 15000 });
      expect(code(win).sort()).to.deep.equal(['lazy/all.js', 'q4-widgets.js']);

      const one = await page(`${recordWarnings}${loader}${tagsOf(['scorecard'])}`, 4000);
      await waitUntil(() => drawn(one.document.querySelector('q4-scorecard')!), 'not drawn', { timeout: 8000 });
      one.document.body.insertAdjacentHTML('beforeend', tagsOf(all.slice(1)));
      const later = all.map((n) => one.document.querySelector(`q4-${n}`)!);
      await waitUntil(() => later.every(drawn), 'the widgets added later did not draw', { timeout: 15000 });
      const list = code(one);
      expect(list).to.not.include('lazy/all.js');
      expect(new Set(list).size).to.equal(list.length);
      expect(await plotIn(list)).to.deep.equal(['q4-widgets.js']);
      expect((one as Recorded).q4Errors).to.deep.equal([]);
    });

    it("the page's modulepreload hints decide: split modules named, split; lazy/all.js named, all", async () => {
      const hinted = await page(`${recordWarnings}<link rel="modulepreload" href="${base}/lazy/scorecard.js">${loader}${tagsOf(all)}`, 4000);
      const els = all.map((n) => hinted.document.querySelector(`q4-${n}`)!);
      await waitUntil(() => els.every(drawn), 'not all drawn', { timeout: 15000 });
      expect(code(hinted)).to.not.include('lazy/all.js');
      const two = await page(`${recordWarnings}<link rel="modulepreload" href="${base}/lazy/all.js">${loader}${tagsOf(['scorecard', 'land-use'])}`);
      await waitUntil(() => [...two.document.querySelectorAll('q4-scorecard, q4-land-use')].every(drawn), 'not drawn', { timeout: 8000 });
      expect(code(two).sort()).to.deep.equal(['lazy/all.js', 'q4-widgets.js']);
    });

    describe('when it fails to load', () => {
      before(() => executeServerCommand('q4-cache', { enabled: false }));
      after(() => executeServerCommand('q4-cache', { enabled: true }));
      it('every widget says so and fires q4-error (network); the retry button loads it anew and all draw', async () => {
        await fetch('/__q4/fault?path=/dist/cdn/lazy/all.js&kind=503&times=1');
        const win = await page(
          `${recordWarnings}<script>window.q4Codes = []; addEventListener('q4-error', (e) => q4Codes.push(e.detail.code));</script>${loader}${tagsOf(all)}`,
          4000,
        );
        const w = win as Recorded & { q4Codes: string[] };
        await waitUntil(() => w.q4Codes.length >= all.length, 'not every widget fired q4-error', { timeout: 8000 });
        expect(w.q4Codes).to.deep.equal(all.map(() => 'network'));
        const els = all.map((n) => win.document.querySelector(`q4-${n}`)!);
        expect(els.every((el) => el.querySelector('[role=alert]')?.textContent?.includes('Deze grafiek kon niet worden geladen.'))).to.equal(true);
        els[0].querySelector<HTMLButtonElement>('[role=alert] button')!.click();
        await waitUntil(() => els.every(drawn), 'not all drawn after the retry', { timeout: 15000 });
        // One retry loads every widget: all.js is shared, so the other widgets' alerts go too.
        expect(els.map((el) => el.querySelector('[role=alert]'))).to.deep.equal(all.map(() => null));
      });
    });
  });

  describe('a widget module that fails to load', () => {
    before(() => executeServerCommand('q4-cache', { enabled: false }));
    after(() => executeServerCommand('q4-cache', { enabled: true }));
    for (const kind of ['503', '404']) {
      it(`answers ${kind}: the widget fires q4-error (network), and a widget added after recovery draws`, async () => {
        await fetch(`/__q4/fault?path=/dist/cdn/lazy/identity-shift.js&kind=${kind}&times=1`);
        const win = await page(
          `${recordWarnings}<script>window.q4Codes = []; addEventListener('q4-error', (e) => q4Codes.push(e.detail.code));</script>${loader}<q4-identity-shift></q4-identity-shift>`,
        );
        const w = win as Recorded & { q4Codes: string[] };
        await waitUntil(() => w.q4Codes.length > 0, 'no q4-error', { timeout: 8000 });
        expect(w.q4Codes).to.deep.equal(['network']);
        // Said on the page, with a retry that loads the module again and draws this widget.
        const first = win.document.querySelector('q4-identity-shift')!;
        const alert = first.querySelector('[role=alert]')!;
        expect(alert.textContent).to.contain('Deze grafiek kon niet worden geladen.');
        alert.querySelector('button')!.click();
        await waitUntil(() => drawn(first), 'not drawn after the retry button', { timeout: 8000 });
        expect(first.querySelector('[role=alert]')).to.equal(null);
        first.remove();
        const later = win.document.createElement('q4-identity-shift');
        win.document.body.append(later);
        await waitUntil(() => drawn(later), 'not drawn after recovery', { timeout: 8000 });
      });
    }

    it("while its code is not there, a tag holds a chart's height, unless hidden or the page's own CSS says otherwise", async () => {
      await fetch('/__q4/fault?path=/dist/cdn/lazy/identity-shift.js&kind=503&times=1');
      const win = await page(
        `<style>.mine { display: inline }</style><script>window.q4Codes = []; addEventListener('q4-error', (e) => q4Codes.push(e.detail.code));</script>` +
          `${loader}<q4-identity-shift></q4-identity-shift><q4-identity-shift hidden></q4-identity-shift><q4-identity-shift class="mine"></q4-identity-shift>`,
      );
      await waitUntil(() => (win as Window & { q4Codes: string[] }).q4Codes.length === 3, 'no q4-error', { timeout: 8000 });
      const [shown, hidden, mine] = [...win.document.querySelectorAll('q4-identity-shift')];
      expect(shown.matches(':defined'), 'its code failed to load').to.equal(false);
      expect(shown.getBoundingClientRect().height).to.be.at.least(320);
      expect(hidden.getBoundingClientRect().height).to.equal(0);
      expect(win.getComputedStyle(mine).display, "the page's rule wins").to.equal('inline');
    });
  });
});
