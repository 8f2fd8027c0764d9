import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { Q4KeyFigures } from '../src/q4-key-figures.js';
import { keyFigures, lisa2017, population } from '@q4/data';
import type { Q4ErrorDetail } from '@q4/core';

const root = (el: Q4KeyFigures) => el.shadowRoot!;
const title = (el: Q4KeyFigures) => root(el).querySelector('.title')!.textContent!.trim();
const mount = async (markup = html`<q4-key-figures style="width: 720px"></q4-key-figures>`) => {
  const el = await fixture<Q4KeyFigures>(markup);
  await waitUntil(() => root(el).querySelector('svg.q4-plot, [role=alert]'));
  return el;
};

describe('<q4-key-figures>', () => {
  it("compares the region with the city regions in the report's own wording", async () => {
    const el = await mount();
    const bars = [...root(el).querySelectorAll<SVGRectElement>('.q4-bar rect')];
    expect(bars).to.have.length(6); // inhabitants and jobs of three areas
    const values = [...root(el).querySelectorAll('.q4-value text')].map((t) => t.textContent);
    expect(values).to.have.members(['190.000', 'meer dan 550.000', '295.000', '87.000', 'bijna 340.000', 'bijna 145.000']);
    const utrecht = keyFigures.rows.find((f) => f.id === 'stadsregio-utrecht-inhabitants')!;
    const region = keyFigures.rows.find((f) => f.id === 'region-inhabitants')!;
    const width = (id: string) => root(el).querySelector(`rect[data-key="figure:${id}"]`)!.getBoundingClientRect().width;
    expect(width(utrecht.id) / width(region.id)).to.be.closeTo(utrecht.value / region.value, 0.02);
    expect(title(el)).to.equal('Heuvelrug Kromme Rijnstreek: 190.000 inwoners en 87.000 arbeidsplaatsen, tussen de stadsregio’s Utrecht en Amersfoort');
    const cards = [...root(el).querySelectorAll('.card dd')].map((d) => d.textContent);
    expect(cards).to.deep.equal(['bijna 20.000', 'circa 300', 'ongeveer 70%']);
    expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: Stichting Q4, Regio Heuvelrug Kromme RijnStreek (2015)');
  });

  it('keeps every name, number and the credit whole inside the chart and its image, at any width and in both languages', async () => {
    // Was: "Heuvelrug Kromme Rijnstreek" cut to "euvelrug…" at 600 px, "Kromme Rijnstreek" at 360 px, and the
    // image's credit running off its right edge.
    for (const lang of ['nl', 'en']) {
      for (const width of [320, 360, 600, 1280]) {
        const el = await fixture<Q4KeyFigures>(html`<q4-key-figures loading="eager" lang=${lang} style=${`width: ${width}px`}></q4-key-figures>`);
        await waitUntil(() => root(el).querySelector('svg.q4-plot'), `${lang} ${width} px: not drawn`, { timeout: 5000 });
        const svg = root(el).querySelector<SVGSVGElement>('svg.q4-plot')!;
        const box = svg.getBoundingClientRect();
        for (const text of svg.querySelectorAll('text')) {
          const r = text.getBoundingClientRect();
          expect(r.left, `${lang} ${width} px: "${text.textContent}" starts inside the chart`).to.be.at.least(box.left - 0.5);
          expect(r.right, `${lang} ${width} px: "${text.textContent}" ends inside the chart`).to.be.at.most(box.right + 0.5);
        }
        // The exported image, drawn on the page: title, legend, chart and credit inside its width.
        const holder = document.createElement('div');
        holder.append(document.importNode(new DOMParser().parseFromString(el.exportSvg()!, 'image/svg+xml').documentElement, true));
        document.body.append(holder);
        try {
          const image = holder.querySelector('svg')!;
          const frame = image.getBoundingClientRect();
          for (const text of image.querySelectorAll(':scope > text')) {
            const r = text.getBoundingClientRect();
            expect(r.right, `${lang} ${width} px, image: "${text.textContent}"`).to.be.at.most(frame.right + 0.5);
          }
        } finally {
          holder.remove();
        }
      }
    }
  });

  it('draws a municipality’s first and last values inside the chart and clear of the axis numbers, at any width, light and dark', async () => {
    // Was: Zwolle's last value cut to "132.4" at the right edge, and the first drawn over the axis's "122.000".
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const place of ['Zwolle', 'Groningen', 'Amsterdam', 'Vlieland'])
      for (const theme of ['light', 'dark'])
        for (const width of [320, 360, 640, 1280]) {
          const el = await fixture<Q4KeyFigures>(
            html`<q4-key-figures loading="eager" theme=${theme} municipality=${place} style=${`width: ${width}px`}></q4-key-figures>`,
          );
          await waitUntil(() => root(el).querySelector('svg.q4-plot .q4-point'), `${place} ${width} px: not drawn`, { timeout: 8000 });
          const svg = root(el).querySelector<SVGSVGElement>('svg.q4-plot')!;
          const box = svg.getBoundingClientRect();
          const values = [...svg.querySelectorAll<SVGTextElement>('.q4-value text')];
          const rows = [...svg.querySelectorAll('.q4-point circle')];
          const series = rows.map((c) => c.getAttribute('aria-label')!.replace(/.*: /, '').replace(' inwoners', ''));
          // The first and the last figure of the series, whole.
          expect(values.map((v) => v.textContent)).to.deep.equal([series[0], series.at(-1)]);
          const ticks = [...svg.querySelectorAll('[aria-label="y-axis tick label"] text')].map((t) => t.getBoundingClientRect());
          for (const v of values) {
            const r = v.getBoundingClientRect();
            const what = `${place} ${theme} ${width} px: "${v.textContent}"`;
            expect(r.left, `${what} starts inside the chart`).to.be.at.least(box.left - 0.5);
            expect(r.right, `${what} ends inside the chart`).to.be.at.most(box.right + 0.5);
            for (const tick of ticks) expect(overlap(r, tick), `${what} is clear of the axis's numbers`).to.equal(false);
          }
        }
  });

  it("shows a municipality's population (CBS) and, apart, its LISA jobs and establishments", async () => {
    const el = await mount(html`<q4-key-figures style="width: 720px" municipality="Zeist"></q4-key-figures>`);
    const zeist = population.rows.filter((r) => r.code === 'GM0355');
    const points = [...root(el).querySelectorAll<SVGCircleElement>('.q4-point circle')];
    expect(points).to.have.length(12);
    expect(points[3].getAttribute('aria-label')).to.equal('Zeist, 1 januari 2015: 61.641 inwoners');
    expect(zeist.find((r) => r.year === 2015)!.population).to.equal(61641);
    const lisa = lisa2017.rows.find((r) => r.code === 'GM0355')!;
    const cards = [...root(el).querySelectorAll('.card')].map((c) => `${c.querySelector('dt')!.textContent} ${c.querySelector('dd')!.textContent}`);
    expect(cards).to.deep.equal([
      `inwoners (CBS, 1 januari 2023) ${zeist.at(-1)!.population.toLocaleString('nl-NL')}`,
      `banen (LISA 2017) ${lisa.jobs.toLocaleString('nl-NL')}`,
      `vestigingen (LISA 2017) ${lisa.establishments.toLocaleString('nl-NL')}`,
    ]);
    expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: CBS (37259ENG), 2012-2023 · Bron: LISA 2017');
    // One series only: the chart has population and nothing from LISA.
    expect(root(el).querySelectorAll('.q4-line')).to.have.length(1);
    expect(title(el)).to.equal(`Zeist had op 1 januari 2023 ${zeist.at(-1)!.population.toLocaleString('nl-NL')} inwoners, 8,8% meer sinds 2012`);
  });

  it('passes axe in both views, with tables', async () => {
    for (const m of ['', 'GM0312']) {
      const el = await mount(html`<q4-key-figures style="width: 720px" municipality=${m}></q4-key-figures>`);
      root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('steps through the marks with the keyboard', async () => {
    const el = await mount(html`<q4-key-figures style="width: 720px" municipality="Bunnik"></q4-key-figures>`);
    const first = root(el).querySelector<SVGCircleElement>('circle[tabindex="0"]')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(root(el).activeElement!.getAttribute('aria-label')).to.match(/^Bunnik, 1 januari 2023:/);
  });

  it('speaks English', async () => {
    const el = await mount(html`<q4-key-figures style="width: 720px" lang="en"></q4-key-figures>`);
    const values = [...root(el).querySelectorAll('.q4-value text')].map((t) => t.textContent);
    expect(values).to.include('more than 550,000');
    expect(title(el)).to.contain('190,000 inhabitants and 87,000 jobs');
  });

  it('takes your own figures and rejects bad ones', async () => {
    const el = await mount();
    el.data = {
      credit: 'Bron: eigen telling',
      figures: [
        { area: 'Dorp A', measure: 'inwoners', value: 1200 },
        { area: 'Dorp B', measure: 'inwoners', value: 800, wording: 'circa 800' },
      ],
    };
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('svg.q4-plot'));
    expect(root(el).querySelectorAll('.q4-bar rect')).to.have.length(2);
    setTimeout(() => (el.data = [{ area: 'A', measure: 'inwoners', value: -3 }]));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.issues![0]).to.deep.include({ row: 0, field: 'value' });
  });

  it('reports an unknown municipality', async () => {
    const el = await mount(html`<q4-key-figures style="width: 720px" municipality="Atlantis"></q4-key-figures>`);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Onbekende gemeente "Atlantis"');
  });
});
