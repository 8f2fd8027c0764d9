import { fixture, html, expect, waitUntil, oneEvent, nextFrame } from '@open-wc/testing';
import '../src/define.js';
import type { Q4Scorecard } from '../src/q4-scorecard.js';
import { defaultScorecard } from '../src/scorecard-data.js';
import type { Q4ErrorDetail, Q4SelectDetail } from '@q4/core';
import { executeServerCommand } from '@web/test-runner-commands';

const root = (el: Q4Scorecard) => el.shadowRoot!;
const cells = (el: Q4Scorecard) => [...root(el).querySelectorAll<SVGRectElement>('.q4-cell rect')];
const missing = (el: Q4Scorecard) => [...root(el).querySelectorAll<SVGRectElement>('.q4-missing rect')];
const title = (el: Q4Scorecard) => root(el).querySelector('.title')!.textContent!.trim();
const ready = (el: Q4Scorecard) => waitUntil(() => root(el).querySelector('svg') || root(el).querySelector('[role=alert]'), 'nothing rendered');
const cellOf = (el: Q4Scorecard, area: string, indicator: string) =>
  root(el).querySelector<SVGRectElement>(`rect[data-area="${area}"][data-indicator="${indicator}"]`)!;

async function mount(markup = html`<q4-scorecard style="width: 720px"></q4-scorecard>`) {
  const el = await fixture<Q4Scorecard>(markup);
  await ready(el);
  return el;
}

describe('<q4-scorecard>', () => {
  describe('renders the bundled data', () => {
    it('draws one cell per present value and none for the missing one', async () => {
      const el = await mount();
      // 8 indicators x 6 areas = 48 printed cells, of which Bunnik's Geurhinder is "--".
      expect(cells(el)).to.have.length(47);
      expect(missing(el)).to.have.length(1);
      expect(missing(el)[0].dataset.area).to.equal('GM0312');
      expect(missing(el)[0].dataset.indicator).to.equal('geurhinder');
      expect(cellOf(el, 'GM0312', 'geurhinder').closest('.q4-cell')).to.equal(null);
      expect(root(el).querySelector('.q4-missing-text')!.textContent).to.contain('geen');
    });

    it('shows the values exactly as printed and compares them with the province', async () => {
      const el = await mount();
      const values = [...root(el).querySelectorAll('.q4-value text')].map((t) => t.textContent);
      expect(values).to.include('45% −'); // Zeist, Eenzaamheid: worse than 38%
      expect(values).to.include('88,0%'); // province, Woning, printed with one decimal
      expect(values).to.include('91,5% +'); // Utrechtse Heuvelrug, Groenvoorziening: better than 77,0%
      // Higher loneliness is worse, higher satisfaction is better.
      expect(cellOf(el, 'GM0355', 'eenzaamheid').dataset.comparison).to.equal('worse');
      expect(cellOf(el, 'GM1581', 'groenvoorziening').dataset.comparison).to.equal('better');
      expect(cellOf(el, 'GM0355', 'lichtemissie').dataset.comparison).to.equal('same');
      expect(cellOf(el, 'PV26', 'woning').dataset.comparison).to.equal('reference');
    });

    it('states the point in the title and credits the source', async () => {
      const el = await mount();
      expect(title(el)).to.equal('De 5 gemeenten scoren in 24 van de 39 vergelijkingen op 8 kenmerken beter dan de provincie Utrecht');
      expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: Staat van Utrecht, 2014');
      expect(root(el).querySelector('.caption')!.textContent).to.contain('Geen gegevens: Bunnik, Geurhinder');
    });

    it('draws at the width of its container and redraws when it changes', async () => {
      const el = await mount();
      expect(root(el).querySelector('svg')!.getAttribute('width')).to.equal('720');
      el.style.width = '600px';
      await waitUntil(() => root(el).querySelector('svg')!.getAttribute('width') === '600', 'no redraw at 600px');
      expect(cells(el)).to.have.length(47);
    });

    it('on a narrow screen shows the chosen municipality and the province, and says so', async () => {
      const el = await mount(html`<q4-scorecard style="width: 330px" municipality="Zeist"></q4-scorecard>`);
      expect(cells(el)).to.have.length(16);
      expect(root(el).querySelector('.chart-note')!.textContent).to.equal('Smal scherm: alleen Zeist en de provincie Utrecht. De tabel toont alle gebieden.');
      el.style.width = '720px';
      await waitUntil(() => cells(el).length === 47, 'not back to all areas');
      expect(root(el).querySelector('.chart-note')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    it('passes axe, with and without the table', async () => {
      const el = await mount(html`<q4-scorecard style="width: 720px" municipality="Zeist"></q4-scorecard>`);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('names the figure by its title and describes it by the summary', async () => {
      const el = await mount();
      const figure = root(el).querySelector('figure')!;
      expect(root(el).getElementById(figure.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(title(el));
      expect(root(el).getElementById(figure.getAttribute('aria-describedby')!)!.textContent).to.contain('De Bilt 5 van 8');
      expect(cellOf(el, 'GM0355', 'eenzaamheid').getAttribute('aria-label')).to.equal('Zeist, Eenzaamheid: 45%, slechter dan de provincie Utrecht (38%)');
    });

    it('shows the data as a table with a caption and scoped headers', async () => {
      const el = await mount();
      const toggle = root(el).querySelector<HTMLButtonElement>('.table-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const table = root(el).querySelector('table')!;
      expect(table.querySelector('caption')!.textContent).to.contain('provincie Utrecht');
      expect(table.querySelectorAll('thead th[scope=col]')).to.have.length(7);
      expect(table.querySelectorAll('tbody th[scope=row]')).to.have.length(8);
      const geur = [...table.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent === 'Geurhinder')!;
      expect([...geur.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal([
        '5,1% (beter)',
        'geen gegevens',
        '5,3% (beter)',
        '3,2% (beter)',
        '10,5% (slechter)',
        '7,5%',
      ]);
    });

    it('switches to system colours in forced-colours mode, keeping the symbols', async () => {
      await executeServerCommand('q4-emulate-media', { features: [{ name: 'forced-colors', value: 'active' }] });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await mount(html`<q4-scorecard style="width: 720px" municipality="Zeist"></q4-scorecard>`);
        const probe = document.createElement('div');
        probe.style.cssText = 'color: CanvasText; background: Canvas; border-color: Highlight';
        document.body.append(probe);
        const system = getComputedStyle(probe);
        const cell = getComputedStyle(cellOf(el, 'GM0355', 'eenzaamheid'));
        expect(cell.fill).to.equal(system.backgroundColor);
        expect(cell.stroke).to.equal(system.color);
        expect(getComputedStyle(root(el).querySelector('.q4-value text')!).fill).to.equal(system.color);
        expect(getComputedStyle(root(el).querySelector('.q4-highlight rect')!).stroke).to.equal(system.borderTopColor);
        probe.remove();
        const values = [...root(el).querySelectorAll('.q4-value text')].map((t) => t.textContent);
        expect(values).to.include('45% −');
      } finally {
        await executeServerCommand('q4-emulate-media', { features: [{ name: 'forced-colors', value: 'none' }] });
      }
    });

    it('is one Tab stop with arrow keys between cells', async () => {
      const el = await mount();
      const focusable = cells(el)
        .concat(missing(el))
        .filter((r) => r.getAttribute('tabindex') === '0');
      expect(focusable).to.have.length(1);
      const first = cellOf(el, 'GM0310', 'sociale-uitsluiting');
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      expect(root(el).activeElement).to.equal(cellOf(el, 'GM0312', 'sociale-uitsluiting'));
      (root(el).activeElement as SVGRectElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      expect(root(el).activeElement).to.equal(cellOf(el, 'GM0312', 'eenzaamheid'));
      await el.updateComplete;
      expect(root(el).querySelector('.readout')!.textContent).to.contain('Bunnik, Eenzaamheid: 39,5%');
    });
  });

  describe('attributes, properties and events', () => {
    it('highlights the chosen municipality by code or name', async () => {
      const el = await mount(html`<q4-scorecard style="width: 720px" municipality="GM0355"></q4-scorecard>`);
      const highlighted = [...root(el).querySelectorAll<SVGRectElement>('.q4-highlight rect')];
      expect(highlighted).to.have.length(8);
      expect(title(el)).to.equal('Zeist scoort op 4 van de 8 kenmerken beter dan de provincie Utrecht');
      expect(root(el).querySelector('text[data-area="GM0355"]')!.getAttribute('font-weight')).to.equal('bold');
      el.municipality = 'wijk bij duurstede';
      await el.updateComplete;
      expect(title(el)).to.equal('Wijk bij Duurstede scoort op 4 van de 8 kenmerken beter dan de provincie Utrecht');
    });

    it('shows one group', async () => {
      const el = await mount(html`<q4-scorecard style="width: 720px" group="milieuoverlast"></q4-scorecard>`);
      expect(cells(el)).to.have.length(23); // 4 indicators x 6 areas, less the missing one
      expect(missing(el)).to.have.length(1);
      el.group = 'cohesie';
      await el.updateComplete;
      expect(cells(el)).to.have.length(12);
      expect(missing(el)).to.have.length(0);
    });

    it('switches language completely', async () => {
      const el = await mount(html`<q4-scorecard style="width: 720px" municipality="Zeist"></q4-scorecard>`);
      el.lang = 'en';
      await el.updateComplete;
      expect(title(el)).to.equal('Zeist scores better than the province of Utrecht on 4 of 8 indicators');
      expect(root(el).querySelector('figure')!.getAttribute('lang')).to.equal('en');
      expect(root(el).querySelector('.credit')!.textContent).to.equal('Source: Staat van Utrecht, 2014');
      expect(cellOf(el, 'GM0355', 'eenzaamheid').getAttribute('aria-label')).to.equal('Zeist, Loneliness: 45%, worse than the province of Utrecht (38%)');
      const values = [...root(el).querySelectorAll('.q4-value text')].map((t) => t.textContent);
      expect(values).to.include('88.0%');
      expect(root(el).querySelector('.q4-missing-text')!.textContent).to.equal('no data');
      expect(root(el).querySelector('.table-toggle')!.textContent!.trim()).to.equal('Show as table');
    });

    it('emits q4-select on click and on Enter, and highlights the choice', async () => {
      const el = await mount();
      setTimeout(() => cellOf(el, 'GM1581', 'woning').dispatchEvent(new MouseEvent('click', { bubbles: true })));
      const click = (await oneEvent(el, 'q4-select')) as CustomEvent<Q4SelectDetail>;
      expect(click.detail).to.deep.equal({ code: 'GM1581', name: 'Utrechtse Heuvelrug' });
      await el.updateComplete;
      expect(el.municipality).to.equal('GM1581');

      const bunnik = cellOf(el, 'GM0312', 'woning');
      bunnik.focus();
      setTimeout(() => bunnik.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
      const enter = (await oneEvent(el, 'q4-select')) as CustomEvent<Q4SelectDetail>;
      expect(enter.detail.code).to.equal('GM0312');
      expect(enter.composed && enter.bubbles).to.equal(true);
      await el.updateComplete;
      await nextFrame();
      // Focus stays on the same cell after the redraw.
      expect(root(el).activeElement?.getAttribute('data-area')).to.equal('GM0312');
    });

    it('keeps the highlight when q4-select is cancelled; the province is not selectable', async () => {
      const el = await mount();
      el.addEventListener('q4-select', (e) => e.preventDefault());
      cellOf(el, 'GM0310', 'woning').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      cellOf(el, 'PV26', 'woning').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect(el.municipality).to.equal('');
    });

    it('takes your own data through the data property', async () => {
      const el = await mount();
      el.data = [
        { area: 'GM0355', indicator: 'woning', value: 80, decimals: 1 },
        { area: 'PV26', indicator: 'woning', value: 85.5 },
      ];
      await el.updateComplete;
      expect(cells(el)).to.have.length(2);
      expect(cellOf(el, 'GM0355', 'woning').dataset.comparison).to.equal('worse');
      expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: gegevens van deze pagina');
    });

    it('takes your own data from a src URL, with its credit', async () => {
      const el = await mount(html`<q4-scorecard style="width: 720px" src="/packages/scorecard/test/fixtures/own-data.json"></q4-scorecard>`);
      await waitUntil(() => cells(el).length === 3, 'own data not drawn');
      expect(cellOf(el, 'A1', 'eenzaamheid').dataset.comparison).to.equal('better');
      expect(cellOf(el, 'A2', 'eenzaamheid').getAttribute('aria-label')).to.equal('Dorp B, Eenzaamheid: 50%, slechter dan Regio (40%)');
      expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: eigen meting 2024');
    });

    it('prefers the data property over src', async () => {
      const el = await fixture<Q4Scorecard>(
        html`<q4-scorecard style="width: 720px" src="/does-not-exist.json" .data=${[
          { area: 'X', indicator: 'woning', value: 1 },
          { area: 'PV26', indicator: 'woning', value: 2 },
        ]}></q4-scorecard>`,
      );
      await ready(el);
      expect(cells(el)).to.have.length(2);
    });
  });

  describe('downloads', () => {
    it('names files after what they hold and puts the credit in the CSV', async () => {
      const el = await mount(html`<q4-scorecard style="width: 720px" municipality="Zeist"></q4-scorecard>`);
      expect(el.fileName('csv')).to.equal('q4-scorecard-zeist-2014.csv');
      el.municipality = 'Wijk bij Duurstede';
      await el.updateComplete;
      expect(el.fileName('png')).to.equal('q4-scorecard-wijk-bij-duurstede-2014.png');
      const lines = el.exportCsv()!.trim().split('\r\n');
      expect(lines[1]).to.equal('Kenmerk;De Bilt;Bunnik;Zeist;Utrechtse Heuvelrug;Wijk bij Duurstede;Provincie Utrecht');
      expect(lines).to.include('Geurhinder;5,1% (beter);geen gegevens;5,3% (beter);3,2% (beter);10,5% (slechter);7,5%');
      expect(lines.at(-1)).to.equal('Bron: Staat van Utrecht, 2014');
    });

    it('exports an SVG with every cell and a PNG that is not blank', async () => {
      const el = await mount();
      const doc = new DOMParser().parseFromString(el.exportSvg()!, 'image/svg+xml');
      expect(doc.querySelectorAll('.q4-cell rect')).to.have.length(47);
      expect(doc.querySelector('desc')!.textContent).to.equal('Bron: Staat van Utrecht, 2014');
      const bitmap = await createImageBitmap((await el.exportPng())!);
      expect(bitmap.width).to.equal(1440);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 97) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      expect(colours.size).to.be.greaterThan(5);
    });
  });

  describe('bad input', () => {
    it('shows an error and emits q4-error for a src that 404s', async () => {
      const el = document.createElement('q4-scorecard');
      el.src = '/packages/scorecard/test/fixtures/missing.json';
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('http');
      expect(event.detail.status).to.equal(404);
      await el.updateComplete;
      const alert = root(el).querySelector('[role=alert]')!;
      expect(alert.textContent).to.contain('foutcode 404');
      expect(alert.querySelector('button.retry')).to.not.equal(null);
      el.remove();
    });

    it('names the row and field of data with the wrong shape', async () => {
      const el = await mount();
      setTimeout(() => {
        el.data = [
          { area: 'GM0355', indicator: 'woning', value: 80 },
          { area: 'PV26', indicator: 'woning', value: 'veel' },
        ] as never;
      });
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('invalid-data');
      expect(event.detail.issues![0]).to.deep.include({ row: 1, field: 'value', received: '"veel"' });
      await el.updateComplete;
      expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('rij 2, veld "value"');
      expect(root(el).querySelector('svg')).to.equal(null);
    });

    it('rejects a src body of the wrong shape', async () => {
      const el = document.createElement('q4-scorecard');
      el.src = '/packages/scorecard/test/fixtures/wrong-shape.json';
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('invalid-data');
      el.remove();
    });

    it('reports an unknown municipality and recovers when it is corrected', async () => {
      const el = document.createElement('q4-scorecard');
      el.setAttribute('municipality', 'Utrecht');
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('unknown-municipality');
      await el.updateComplete;
      expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Geen scorecijfers voor "Utrecht"');
      el.municipality = 'Bunnik';
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector('svg'));
      expect(title(el)).to.contain('Bunnik scoort op 5 van de 7');
      el.remove();
    });

    it('never parses strings from data as HTML', async () => {
      const el = await mount();
      const hostile = '<img src=x onerror="window.__pwned=1">';
      el.data = {
        credit: hostile,
        rows: [
          { area: 'PV26', indicator: 'woning', value: 50 },
          { area: 'X', areaName: hostile, indicator: 'woning', value: 60 },
        ],
      };
      el.municipality = 'X';
      await el.updateComplete;
      await nextFrame();
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(root(el).querySelector('.credit')!.textContent).to.equal(hostile);
      expect(title(el)).to.contain(hostile);
    });

    it('does not touch the bundled data when given other data', () => {
      expect(defaultScorecard.values).to.have.length(48);
    });
  });
});

describe('<q4-scorecard> themes', () => {
  const fill = (el: Q4Scorecard) => el.shadowRoot!.querySelector('rect[data-comparison="better"]')!.getAttribute('fill');

  it('draws dark with theme="dark", and redraws its chart when the theme changes', async () => {
    const el = await fixture<Q4Scorecard>(html`<q4-scorecard style="width: 720px" municipality="Zeist"></q4-scorecard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'));
    expect(el.hasAttribute('data-q4-dark')).to.equal(false);
    expect(fill(el)).to.equal('#c6dbef');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.hasAttribute('data-q4-dark')).to.equal(true);
    expect(fill(el)).to.equal('#1f4e79');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(27, 27, 31)');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(fill(el)).to.equal('#c6dbef');
  });

  it('follows data-q4-theme on an ancestor, and auto follows prefers-color-scheme', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><q4-scorecard style="width: 720px"></q4-scorecard></div>`);
    const el = wrapper.querySelector('q4-scorecard')!;
    await waitUntil(() => el.shadowRoot!.querySelector('svg'));
    wrapper.setAttribute('data-q4-theme', 'dark');
    await waitUntil(() => fill(el) === '#1f4e79', 'did not follow the ancestor');
    wrapper.setAttribute('data-q4-theme', 'auto');
    await waitUntil(() => fill(el) === '#c6dbef', 'auto should be light here');
    await executeServerCommand('q4-emulate-media', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      await waitUntil(() => fill(el) === '#1f4e79', 'auto did not follow prefers-color-scheme');
    } finally {
      await executeServerCommand('q4-emulate-media', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
    }
    await waitUntil(() => fill(el) === '#c6dbef');
  });

  it('exports a dark image from a dark widget', async () => {
    const el = await fixture<Q4Scorecard>(html`<q4-scorecard style="width: 720px" theme="dark"></q4-scorecard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'));
    const doc = new DOMParser().parseFromString(el.exportSvg()!, 'image/svg+xml');
    expect(doc.querySelector('rect')!.getAttribute('fill')).to.equal('#1b1b1f');
  });
});
