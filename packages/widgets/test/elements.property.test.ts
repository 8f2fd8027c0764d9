// Property-based tests of the elements (issue 19): random and hostile attribute values, random data of any shape
// (20,000-row lists included) and attributes changed while a widget loads. Every case must end, within the fetch
// timeout, drawn or with a visible error (or the empty-data message) and a q4-error, with no uncaught error, no
// unhandled rejection and no endless loading state. A fixed seed in npm test; `npm run test:fuzz` runs longer.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { readState, writeState } from '../builder/builder.js';
import '../src/index.js';
import { widgetNames } from '../src/generated/names.js';

const widgets = widgetNames;
const hostile = [
  '<img src=x onerror="window.q4Hacked=1">',
  '"><script>window.q4Hacked=1</script>',
  "' onmouseover='window.q4Hacked=1",
  '\u202e\u0000',
  '{{constructor}}',
  '💥'.repeat(30),
];
const codes = ['GM0355', 'GM0310', 'GM0312', 'GM1581', 'GM0352', 'GM0344', 'GM0363', 'GM9999', 'PV26', 'NL', 'Bunnik', 'zeist', 'Den Haag', 'Bergen', 'x'];

/** An attribute value: random, hostile, numeric edge cases, lists (empty, duplicated, long) and the right words. */
const value = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom(
    '',
    ' ',
    ',,,',
    'NaN',
    'Infinity',
    '-Infinity',
    '-1',
    '0',
    '0.5',
    '1e9',
    '1996',
    '2015',
    '2019',
    '2013',
    'en',
    'nl',
    'EN-gb',
    'dark',
    'auto',
    'light',
    'lazy',
    'eager',
    'bars',
    'flower',
    'equal',
    'data',
    'in',
    'out',
    'both',
    'all',
    'cohesie',
    'true',
    'false',
    'null',
    'undefined',
    ...hostile,
  ),
  fc.integer({ min: -100, max: 5000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.array(fc.constantFrom(...codes), { minLength: 0, maxLength: 100 }).map((list) => list.join(',')),
  fc.constantFrom(...codes),
);

/** 20,000 rows, made once: large own data of plausible and implausible shape. */
const big = Array.from({ length: 20000 }, (_, i) => ({
  area: `GM${String(i % 9999).padStart(4, '0')}`,
  indicator: 'woning',
  value: i % 97,
  from: 'GM0355',
  to: `GM${String(i % 500).padStart(4, '0')}`,
  jobs: i,
  year: 2015,
  code: 'PV26',
}));
const data = fc.option(
  fc.oneof(
    { weight: 4, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 6 }) },
    {
      weight: 2,
      arbitrary: fc.array(
        fc.dictionary(
          fc.constantFrom('area', 'areaName', 'indicator', 'value', 'from', 'to', 'jobs', 'code', 'name', 'year', 'category', 'hectares', 'credit'),
          fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.constantFrom(...codes, ...hostile), fc.constant(null)),
        ),
        { maxLength: 30 },
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(big, { rows: big }, { flows: big }, [], {}, { rows: [] }) },
  ),
  { freq: 2 },
);

let config = { runs: 12, seed: 20261202 };

/** Ends in one of the three final states, or the case fails. */
function finalState(el: Element): string | null {
  const root = el.shadowRoot;
  if (!root) return null;
  if (root.querySelector('[part=chart] svg')) return 'drawn';
  if (root.querySelector('[role=alert]')) return 'error';
  const status = root.querySelector('[part=status]');
  if (status && !status.textContent!.includes('laden') && !status.textContent!.includes('Loading')) return 'empty';
  return null;
}

describe('elements under random input (property-based, fast-check)', () => {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  before(async () => {
    config = (await executeServerCommand<typeof config, Record<string, never>>('q4-fuzz', {})) ?? config;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const widget of widgets) {
    it(`<q4-${widget}>: any attributes and data end drawn, in a visible error with q4-error, or empty; never stuck`, async function () {
      this.timeout(20000 + config.runs * 6000);
      const tag = `q4-${widget}`;
      const observed = ((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes ?? []).filter(
        (a) => !['loading', 'fetch-timeout'].includes(a),
      );
      const attributes = fc.dictionary(fc.constantFrom(...observed), value, { maxKeys: 4 });
      const later = fc.option(fc.tuple(fc.constantFrom(...observed), value), { freq: 3 });
      await fc.assert(
        fc.asyncProperty(attributes, data, later, async (attrs, own, change) => {
          const box = await fixture(html`<div style="width: 640px"></div>`);
          const el = document.createElement(tag) as HTMLElement & { data?: unknown };
          const errors: { code: string }[] = [];
          el.addEventListener('q4-error', (e) => errors.push((e as CustomEvent).detail));
          el.setAttribute('loading', 'eager');
          el.setAttribute('fetch-timeout', '3000');
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          if (own !== null) el.data = own;
          box.append(el);
          // An attribute changed while the widget loads.
          if (change) el.setAttribute(change[0], change[1]);
          const describe = () =>
            `${tag} ${JSON.stringify(attrs)} data ${own === big ? '20,000 rows' : JSON.stringify(own)?.slice(0, 120)} then ${JSON.stringify(change)}`;
          await waitUntil(() => finalState(el), `stuck loading: ${describe()}`, { timeout: 8000 });
          // A final state that lasts (not a frame between loading states).
          await new Promise((r) => setTimeout(r, 30));
          await waitUntil(() => finalState(el), `stuck loading: ${describe()}`, { timeout: 8000 });
          const state = finalState(el)!;
          if (state === 'error' || state === 'empty') {
            await waitUntil(() => errors.length > 0, `an error without q4-error: ${describe()}`, { timeout: 2000 });
            expect(errors.at(-1)!.code, describe()).to.be.a('string');
          }
          expect(el.shadowRoot!.querySelector('img, script'), `markup from a string: ${describe()}`).to.equal(null);
          expect((window as unknown as { q4Hacked?: number }).q4Hacked, describe()).to.equal(undefined);
          expect(uncaught, `uncaught: ${describe()}`).to.deep.equal([]);
          box.remove();
        }),
        { numRuns: config.runs, seed: config.seed + widget.length, endOnFailure: true },
      );
    });
  }

  it('the two defects found by hand: areas=",,," and year="NaN" give an error naming the attribute, never a hang or a silent default', async () => {
    for (const [attribute, bad] of [
      ['areas', ',,,'],
      ['year', 'NaN'],
      ['year', 'Infinity'],
      ['areas', ' , '],
    ]) {
      const el = await fixture<HTMLElement>(html`<q4-land-use loading="eager" style="width: 640px"></q4-land-use>`);
      const errors: { code: string; message: string }[] = [];
      el.addEventListener('q4-error', (e) => errors.push((e as CustomEvent).detail));
      el.setAttribute(attribute, bad);
      await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), `${attribute}="${bad}": no error`, { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent, `${attribute}="${bad}"`).to.contain(attribute);
      await waitUntil(() => errors.length > 0);
      expect(errors[0].code).to.equal('invalid-option');
      el.remove();
    }
  });

  it("the builder's URL state: any query string gives a valid state, and writing it and reading it back gives the same", () => {
    const key = fc.oneof(
      fc.constantFrom(
        'widget',
        'lang',
        'theme',
        'width',
        'link',
        'municipality',
        'region',
        'region-name',
        'year',
        'areas',
        'area',
        'top',
        'min-jobs',
        'direction',
        'mode',
        'view',
        'group',
        'edition',
      ),
      fc.string({ maxLength: 10 }),
    );
    const query = fc
      .array(fc.tuple(key, fc.oneof(value, fc.constantFrom(...widgets), fc.string({ minLength: 400, maxLength: 700 }))), { maxLength: 10 })
      .map((pairs) => new URLSearchParams(pairs).toString());
    fc.assert(
      fc.property(query, (q) => {
        const state = readState(q);
        expect(widgets).to.include(state.widget);
        expect(['nl', 'en']).to.include(state.lang);
        expect(['light', 'dark', 'auto', 'nlds']).to.include(state.theme);
        expect(state.link.length).to.be.at.most(500);
        for (const v of Object.values(state.attributes)) expect(v.length).to.be.within(1, 500);
        const again = readState(writeState(state));
        expect({ ...again, dropped: [] }).to.deep.equal({
          ...state,
          attributes: Object.fromEntries(
            Object.entries(state.attributes)
              .filter(([, v]) => v.trim())
              .map(([k, v]) => [k, v.trim()]),
          ),
          link: state.link.trim(),
          dropped: [],
        });
      }),
      { numRuns: config.runs * 25, seed: config.seed },
    );
  });
});
