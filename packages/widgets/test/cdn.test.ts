import { executeServerCommand } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';
import { widgetNames } from '../src/generated/names.js';

/** Loads a plain HTML page (only a script tag and the element) in an iframe; returns its window. */
async function page(body: string): Promise<Window> {
  // One page at a time, at the top of the test page: widgets start drawing only when near the viewport.
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = '900px';
  iframe.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>cdn</title></head><body>${body}</body></html>`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe.contentWindow!;
}

const base = `${location.origin}/dist/cdn`;
/** A first script for a test page: keeps its console warnings and errors in window.q4Warnings / q4Errors. */
const recordWarnings = `<script>window.q4Warnings = []; window.q4Errors = []; const warn = console.warn;
  console.warn = (...a) => { q4Warnings.push(a.join(' ')); warn(...a); };
  addEventListener('error', (e) => q4Errors.push(String(e.message)));</script>`;

describe('CDN bundles (dist/cdn, built by npm run build)', () => {
  it('q4-scorecard.js: one script tag shows the scorecard with no other file', async () => {
    const win = await page(`<script type="module" src="${base}/q4-scorecard.js"></script><q4-scorecard></q4-scorecard>`);
    const el = win.document.querySelector('q4-scorecard')!;
    await waitUntil(() => el.shadowRoot?.querySelector('svg'), 'did not render', { timeout: 5000 });
    expect(el.shadowRoot!.querySelectorAll('.q4-cell rect')).to.have.length(47);
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((n) => n.endsWith('.js'));
    expect(scripts).to.deep.equal([`${base}/q4-scorecard.js`]);
  });

  it('q4-commute-flows.js: one script tag shows the map, its data loaded on demand from next to the file', async () => {
    const win = await page(`<script type="module" src="${base}/q4-commute-flows.js"></script><q4-commute-flows></q4-commute-flows>`);
    const el = win.document.querySelector('q4-commute-flows')!;
    await waitUntil(() => el.shadowRoot?.querySelector('svg.q4-plot'), 'map not drawn', { timeout: 8000 });
    expect(el.shadowRoot!.querySelectorAll('.q4-flow path')).to.have.length(15);
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((r) => r.name.replace(base, ''))
      .filter((n) => n.endsWith('.js'));
    expect(scripts[0]).to.equal('/q4-commute-flows.js');
    expect(
      scripts
        .slice(1)
        .sort()
        .map((n) => n.replace(/-[^/-]{8}\.js$/, '').replace(/-[^/]{8}\.js$/, '')),
    ).to.deep.equal(['/data/boundaries-2025', '/data/commuting']);
  });

  // For any other municipality a widget imports its area code and the data that code reads first side by side: one
  // round trip before the area's own data, not two (on a phone network, a round trip is 150 ms or more).
  const firstReads: [string, string, string[], string][] = [
    ['commute-flows', 'commute-flows-area', ['areas', 'commuting-index', 'modules'], 'svg.q4-plot'],
    ['key-figures', 'key-figures-area', ['areas', 'population-nl', 'lisa-nl'], 'svg'],
    ['sector-bloem', 'sector-bloem-area', ['areas'], 'svg, [role=alert]'],
  ];
  for (const [name, code, reads, drawn] of firstReads) {
    it(`q4-${name}.js for Amsterdam asks for ${reads.join(', ')} before its area code has come in`, async () => {
      const win = await page(`<script type="module" src="${base}/q4-${name}.js"></script><q4-${name} municipality="Amsterdam"></q4-${name}>`);
      const el = win.document.querySelector(`q4-${name}`)!;
      await waitUntil(() => el.shadowRoot?.querySelector(drawn), `q4-${name} for Amsterdam: nothing shown`, { timeout: 8000 });
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const file = (chunk: string) => {
        const found = entries.find((e) => new RegExp(`/data/${chunk}-[^/]{8}\\.js$`).test(e.name));
        expect(found, `data/${chunk}-*.js was loaded`).to.not.equal(undefined);
        return found!;
      };
      const areaCode = file(code);
      for (const chunk of reads) expect(file(chunk).startTime, `data/${chunk} asked for before the area code came in`).to.be.below(areaCode.responseEnd);
    });
  }

  const widgets = [...widgetNames];

  it('q4-widgets.js registers every widget whose tag is on the page', async () => {
    const win = await page(`<script type="module" src="${base}/q4-widgets.js"></script>${widgets.map((w) => `<q4-${w}></q4-${w}>`).join('')}`);
    await waitUntil(() => widgets.every((name) => win.customElements.get(`q4-${name}`)), 'not registered', { timeout: 8000 });
  });

  for (const name of widgets) {
    it(`q4-${name}.js: its own file shows the widget from bundled data`, async () => {
      const win = await page(`<script type="module" src="${base}/q4-${name}.js"></script><q4-${name}></q4-${name}>`);
      const el = win.document.querySelector(`q4-${name}`)!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part=chart] svg'), `q4-${name} not drawn`, { timeout: 8000 });
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    });
  }

  // The CDN files leave out what of d3 and Plot no chart uses (scripts/slim-d3.mjs): every variant the stories
  // show draws from each widget's own file, with the same marks as the full build (q4-widgets.js keeps d3-geo).
  const variants: Record<string, string[]> = {
    scorecard: [
      'municipality="GM0355"',
      'group="milieuoverlast" municipality="Bunnik"',
      'lang="en" municipality="Utrechtse Heuvelrug"',
      'style="width:320px"',
      'theme="dark"',
    ],
    'commute-flows': ['municipality="GM0352" direction="in" top="10"', 'min-jobs="1000" top="60"', 'lang="en"', 'style="width:340px"'],
    'sector-bloem': ['view="bars"', 'mode="equal"', 'lang="en"'],
    'key-figures': ['municipality="GM0355"', 'lang="en"'],
    'land-use': ['year="1996"', 'areas="PV26,PV27,PV25"', 'lang="en"'],
    'identity-shift': ['lang="en"', 'style="width:320px"'],
    competitiveness: ['edition="2010"', 'region="NL33" edition="2013"', 'lang="en"'],
  };
  for (const [name, list] of Object.entries(variants)) {
    it(`q4-${name}.js draws every story variant like the full build, with no error`, async function () {
      this.timeout(20000);
      const marks = async (file: string) => {
        const win = await page(
          `${recordWarnings}<script type="module" src="${base}/${file}"></script>${list.map((a) => `<q4-${name} loading="eager" ${a}></q4-${name}>`).join('')}`,
        );
        const els = [...win.document.querySelectorAll(`q4-${name}`)];
        await waitUntil(() => els.every((el) => el.shadowRoot?.querySelector('[part=chart] svg, [role=alert]')), `${file}: not drawn`, { timeout: 10000 });
        expect(els.map((el) => el.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim() ?? '')).to.deep.equal(list.map(() => ''));
        expect(els.map((el) => (el as HTMLElement & { exportSvg(): string | null }).exportSvg()).every(Boolean), 'exports').to.equal(true);
        expect((win as Window & { q4Errors: string[] }).q4Errors).to.deep.equal([]);
        return els.map((el) => el.shadowRoot!.querySelectorAll('[part=chart] svg *').length);
      };
      const own = await marks(`q4-${name}.js`);
      const full = await marks('q4-widgets.js');
      expect(own).to.deep.equal(full);
      expect(own.every((n) => n > 5)).to.equal(true);
    });
  }

  it('a page that loads both bundles keeps working, with no error', async () => {
    const win = await page(
      `<script type="module" src="${base}/q4-scorecard.js"></script><script type="module" src="${base}/q4-widgets.js"></script><q4-scorecard municipality="Zeist"></q4-scorecard>`,
    );
    const errors: unknown[] = [];
    win.addEventListener('error', (e) => errors.push(e));
    const el = win.document.querySelector('q4-scorecard')!;
    await waitUntil(() => el.shadowRoot?.querySelector('svg'), 'did not render', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('Zeist');
    expect(errors).to.have.length(0);
  });

  it('linked widgets from separate bundles (two per-widget files, each with its own core) follow each other', async () => {
    const win = await page(
      `<script type="module" src="${base}/q4-scorecard.js"></script><script type="module" src="${base}/q4-key-figures.js"></script>
       <q4-scorecard link="pagina" loading="eager"></q4-scorecard><q4-key-figures link="pagina" loading="eager"></q4-key-figures>`,
    );
    const card = win.document.querySelector('q4-scorecard')!;
    const figures = win.document.querySelector('q4-key-figures')! as HTMLElement & { municipality: string };
    await waitUntil(() => card.shadowRoot?.querySelector('svg') && figures.shadowRoot?.querySelector('svg'), 'did not render', { timeout: 8000 });
    card.shadowRoot!.querySelector('rect[data-area="GM0312"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => figures.municipality === 'GM0312', 'the key figures did not follow', { timeout: 8000 });
  });

  it('two releases on one page: the first one registers, the other warns once, nothing throws', async () => {
    // Another release of the same file: the one-file bundle with its version changed.
    const source = await (await fetch(`${base}/q4-scorecard.js`)).text();
    const stamp = /(version\s*=\s*)"0\.1\.0"/;
    expect(stamp.test(source), 'the bundle carries its version').to.equal(true);
    const older = URL.createObjectURL(new Blob([source.replace(stamp, '$1"0.0.9"')], { type: 'text/javascript' }));
    const win = await page(
      `${recordWarnings}
      <script type="module" src="${base}/q4-scorecard.js"></script>
      <script type="module" src="${older}"></script>
      <script type="module" src="${base}/q4-widgets.js"></script>
      <q4-scorecard municipality="Zeist"></q4-scorecard><q4-land-use></q4-land-use>`,
    );
    const w = win as Window & { q4Warnings: string[]; q4Errors: string[] };
    const card = win.document.querySelector('q4-scorecard')!;
    const land = win.document.querySelector('q4-land-use')!;
    await waitUntil(() => card.shadowRoot?.querySelector('svg') && land.shadowRoot?.querySelector('svg'), 'did not render', { timeout: 8000 });
    expect((win.customElements.get('q4-scorecard') as unknown as { version: string }).version).to.equal('0.1.0');
    expect(w.q4Warnings).to.have.length(1);
    expect(w.q4Warnings[0]).to.contain('<q4-scorecard>').and.contain('0.1.0').and.contain('0.0.9');
    expect(w.q4Errors).to.deep.equal([]);
    URL.revokeObjectURL(older);
  });

  it('the npm packages and the CDN bundle on one page work together, silently', async () => {
    const win = await page(
      `${recordWarnings}
      <script type="module" src="/packages/scorecard/src/define.ts"></script>
      <script type="module" src="${base}/q4-widgets.js"></script>
      <q4-scorecard></q4-scorecard><q4-identity-shift></q4-identity-shift>`,
    );
    const w = win as Window & { q4Warnings: string[]; q4Errors: string[] };
    const els = [...win.document.querySelectorAll('q4-scorecard, q4-identity-shift')];
    await waitUntil(() => els.every((el) => el.shadowRoot?.querySelector('[part=chart] svg')), 'did not render', { timeout: 8000 });
    expect(els[0].shadowRoot!.querySelectorAll('.q4-cell rect')).to.have.length(47);
    expect(w.q4Warnings.filter((m) => m.includes('q4-'))).to.deep.equal([]);
    expect(w.q4Errors).to.deep.equal([]);
  });

  it('the scorecard carries no map geometry and no commuting table (those load on demand)', async () => {
    const source = await (await fetch(`${base}/q4-scorecard.js`)).text();
    expect(source).to.not.contain('"arcs"');
    expect(source).to.not.contain('Banen werknemers en afstand woon-werk');
    expect(source).to.contain('Bron: Staat van Utrecht, 2014');
  });

  // The page's first Intl formatter, collator or locale lookup costs 12-22 ms (docs/performance.md): our code formats
  // and orders by hand (core's i18n), and the Plot in these files makes its own formatter only when first used.
  const intlSpy = `<script>window.q4Intl = [];
    const note = (name) => q4Intl.push(name);
    for (const k of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'Segmenter', 'DisplayNames', 'Locale']) {
      if (Intl[k]) Intl[k] = new Proxy(Intl[k], { construct: (t, a) => (note('Intl.' + k), Reflect.construct(t, a)), apply: (t, self, a) => (note('Intl.' + k), Reflect.apply(t, self, a)) });
    }
    for (const [o, m] of [[String.prototype, 'localeCompare'], [String.prototype, 'toLocaleLowerCase'], [String.prototype, 'toLocaleUpperCase'], [Number.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString'], [Array.prototype, 'toLocaleString']]) {
      const f = o[m]; o[m] = function (...a) { note(m); return f.apply(this, a); };
    }</script>`;
  const pagesWithoutIntl: [string, string, string[]][] = [
    [
      'all seven through q4-widgets.js, in Dutch',
      `<script type="module" src="${base}/q4-widgets.js"></script>${widgets.map((w) => `<q4-${w} loading="eager"></q4-${w}>`).join('')}`,
      widgets,
    ],
    [
      'all seven through q4-widgets.js, in English',
      `<script type="module" src="${base}/q4-widgets.js"></script>${widgets.map((w) => `<q4-${w} lang="en" loading="eager"></q4-${w}>`).join('')}`,
      widgets,
    ],
    // Other municipalities (the bundled jobs by sector cover only the province of Utrecht: Houten there).
    [
      'Amsterdam and Houten, in English',
      `<script type="module" src="${base}/q4-widgets.js"></script>${[
        ['commute-flows', 'Amsterdam'],
        ['key-figures', 'Amsterdam'],
        ['sector-bloem', 'Houten'],
      ]
        .map(([w, m]) => `<q4-${w} lang="en" municipality="${m}" loading="eager"></q4-${w}>`)
        .join('')}`,
      ['commute-flows', 'key-figures', 'sector-bloem'],
    ],
    ['q4-scorecard.js alone', `<script type="module" src="${base}/q4-scorecard.js"></script><q4-scorecard></q4-scorecard>`, ['scorecard']],
  ];
  for (const [name, body, drawn] of pagesWithoutIntl) {
    it(`${name}: draws with no Intl formatter, collator or locale lookup`, async () => {
      const win = (await page(intlSpy + body)) as Window & { q4Intl: string[] };
      for (const w of drawn) {
        const el = win.document.querySelector(`q4-${w}`)!;
        await waitUntil(() => el.shadowRoot?.querySelector('svg.q4-plot, .chart svg, [role=alert]'), `q4-${w} not drawn`, { timeout: 10000 });
        expect(el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? null, `q4-${w} shows an error`).to.equal(null);
      }
      expect(win.q4Intl).to.deep.equal([]);
    });
  }

  it('uses the production build of Lit', async () => {
    for (const file of ['q4-scorecard.js', 'q4-widgets.js']) {
      const source = await (await fetch(`${base}/${file}`)).text();
      expect(source, file).to.not.contain('Lit is in dev mode');
    }
    expect(await (await fetch(`${base}/q4-widgets.js`)).text()).to.contain('/*! Q4 widgets 0.1.0 — loader of all widgets. MIT licence.');
  });

  it("q4-widgets.js runs the loader's code before it evaluates Plot and Lit, so a widget's module is on its way meanwhile", async () => {
    const source = await (await fetch(`${base}/q4-widgets.js`)).text();
    const loader = source.indexOf('q4-widgets.loader');
    for (const marker of ['plot-d6a7b5', 'reactiveElementVersions', 'litHtmlVersions']) {
      expect(source.indexOf(marker), marker).to.be.greaterThan(loader);
    }
    expect(loader).to.be.greaterThan(0);
  });
});

// A data module that fails to load (the CDN answering 404 or 503 for a minute, or a body cut off) gets an error
// with "Opnieuw proberen"; once the network is back, the button draws the chart, and so does a widget added later.
// The browser keeps a failed import() under its URL, so a retry must ask for a new URL (scripts/cdn-plugins.mjs).
describe('CDN bundles: lazily loaded data modules recover after a network fault', () => {
  // Real requests for every page (the test runner otherwise lets the browser cache each file for a year).
  before(() => executeServerCommand('q4-cache', { enabled: false }));
  after(() => executeServerCommand('q4-cache', { enabled: true }));
  // Key figures load population data only for a municipality or region (the report's view needs none).
  const cases: [string, string, string][] = [
    ['commute-flows', 'commuting', ''],
    ['land-use', 'land-use', ''],
    ['competitiveness', 'rci', ''],
    ['sector-bloem', 'sectors', ''],
    ['key-figures', 'population', ' municipality="Zeist"'],
  ];
  for (const [widget, chunk, attributes] of cases) {
    for (const kind of ['503', '404']) {
      it(`q4-${widget}: data/${chunk} answers ${kind}, then the retry button and a later widget draw`, async () => {
        await fetch(`/__q4/fault?path=/dist/cdn/data/${chunk}-&kind=${kind}&times=1`);
        const win = await page(
          `${recordWarnings}<script type="module" src="${base}/q4-${widget}.js"></script><q4-${widget} loading="eager"${attributes}></q4-${widget}>`,
        );
        const el = win.document.querySelector(`q4-${widget}`)!;
        await waitUntil(() => el.shadowRoot?.querySelector('[role=alert]'), 'no error shown', { timeout: 8000 });
        expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('De meegeleverde gegevens konden niet worden geladen');
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
        await waitUntil(() => el.shadowRoot?.querySelector('[part=chart] svg'), 'not drawn after retry', { timeout: 8000 });
        const later = win.document.createElement(`q4-${widget}`);
        later.setAttribute('loading', 'eager');
        if (attributes) later.setAttribute('municipality', 'Zeist');
        win.document.body.append(later);
        await waitUntil(() => later.shadowRoot?.querySelector('[part=chart] svg'), 'a later widget not drawn', { timeout: 8000 });
      });
    }
  }
});
