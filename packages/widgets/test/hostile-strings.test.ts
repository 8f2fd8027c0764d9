// Hostile strings in every text field of every widget's data: shown as text everywhere (chart, caption, table,
// exported SVG), never parsed as HTML or run as script.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../src/index.js';

const H = '<img src=x onerror=window.__pwned=1>';
type Widget = HTMLElement & { data: unknown; exportSvg(): string | null; updateComplete: Promise<boolean> };

const cases: [string, Record<string, string>, unknown, Record<string, unknown>?][] = [
  [
    'q4-scorecard',
    { municipality: 'X' },
    {
      credit: H,
      rows: [
        { area: 'X', areaName: H, indicator: 'woning', value: 50 },
        { area: 'PV26', indicator: 'woning', value: 40 },
      ],
    },
  ],
  [
    'q4-commute-flows',
    { municipality: 'GM0355' },
    {
      credit: H,
      flows: [
        { from: 'GM0355', to: 'GM0344', jobs: 100, toName: H },
        { from: 'GM0355', to: 'X9', jobs: 50, toName: H },
      ],
    },
  ],
  [
    'q4-sector-bloem',
    {},
    {
      credit: H,
      sectors: [
        { label: H, value: 1.2 },
        { label: 'B', value: null },
      ],
    },
    { organisations: [{ name: H, link: 'https://example.org/?q=<script>' }] },
  ],
  [
    'q4-key-figures',
    {},
    {
      credit: H,
      figures: [
        { area: H, measure: H, value: 1, wording: H },
        { area: 'B', measure: H, value: 2 },
      ],
    },
  ],
  [
    'q4-land-use',
    {},
    {
      credit: H,
      rows: [
        { year: 2010, code: 'X', name: H, total: 10, traffic: 1, builtUp: 1, semiBuiltUp: 1, recreation: 1, agriculture: 1, forestNature: 1, innerWater: 1 },
      ],
    },
  ],
  ['q4-identity-shift', {}, { credit: H, pairs: [{ thick: H, thin: { nl: H, en: H } }] }],
  [
    'q4-competitiveness',
    { region: 'A1' },
    {
      credit: H,
      rows: [
        { code: 'A1', name: H, country: H, edition: 2020, score: 1 },
        { code: 'A2', name: 'B', edition: 2020, score: 0.5 },
      ],
    },
  ],
];

describe('hostile strings in data', () => {
  for (const [tag, attributes, data, properties] of cases) {
    it(`${tag}: every text field is shown as text, nowhere as HTML`, async () => {
      const el = await fixture<Widget>(html`<div style="width: 700px"></div>`).then((box) => {
        const w = document.createElement(tag) as Widget;
        for (const [k, v] of Object.entries(attributes)) w.setAttribute(k, v);
        Object.assign(w, properties ?? {}, { data });
        box.append(w);
        return w;
      });
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part=chart] svg') || root.querySelector('[role=alert]'), 'nothing drawn', { timeout: 5000 });
      expect(root.querySelector('[role=alert]'), root.querySelector('[role=alert]')?.textContent ?? '').to.equal(null);
      root.querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      await nextFrame();
      expect(root.querySelectorAll('img, script, iframe, object')).to.have.length(0);
      // A map keeps the credit its boundaries require after the page's own.
      expect(root.querySelector('.credit')!.textContent).to.equal(tag === 'q4-commute-flows' ? `${H} · Kaart: CBS/Kadaster, gemeentegrenzen 2025` : H);
      expect(root.textContent!.includes(H) || [...root.querySelectorAll('svg text')].some((t) => t.textContent!.includes(H))).to.equal(true);
      const svg = new DOMParser().parseFromString(el.exportSvg()!, 'image/svg+xml');
      expect(svg.querySelector('parsererror')).to.equal(null);
      expect(svg.querySelectorAll('img, script, foreignObject')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }
});
