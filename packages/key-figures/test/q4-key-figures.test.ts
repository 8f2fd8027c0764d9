import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { Q4KeyFigures } from '../src/q4-key-figures.js';
import { keyFigures, lisa2017, loadAreaIndex, loadNationalPopulation } from '@q4/data';
import type { Q4ErrorDetail } from '@q4/core';

const root = (el: Q4KeyFigures) => el.shadowRoot!;
const title = (el: Q4KeyFigures) => root(el).querySelector('.title')!.textContent!.trim();
const mount = async (markup = html`<q4-key-figures style="width: 720px"></q4-key-figures>`) => {
  const el = await fixture<Q4KeyFigures>(markup);
  await waitUntil(() => root(el).querySelector('svg.q4-plot, [role=alert]'), 'not drawn', { timeout: 8000 });
  return el;
};

describe('<q4-key-figures>', () => {
  it("shows the region's newest figures by default: the sum of its five on each 1 January, and what the report said", async () => {
    const el = await mount();
    const [{ years, values }, index] = await Promise.all([loadNationalPopulation(), loadAreaIndex()]);
    const five = ['GM0310', 'GM0312', 'GM1581', 'GM0352', 'GM0355'];
    const last = years.length - 1;
    const sum = five.reduce((t, c) => t + values[c][last]!, 0);
    expect(title(el)).to.equal(
      `Heuvelrug Kromme Rijnstreek had op 1 januari ${years[last]} ${sum.toLocaleString('nl-NL')} inwoners, ${(100 * (sum / five.reduce((t, c) => t + values[c][0]!, 0) - 1)).toFixed(1).replace('.', ',')}% meer sinds ${years[0]}`,
    );
    expect(root(el).querySelectorAll('.q4-point circle')).to.have.length(years.length);
    const caption = root(el).querySelector('.caption')!.textContent!;
    for (const c of five) expect(caption).to.contain(index.byCode.get(c)!.name);
    const said = keyFigures.rows.find((f) => f.id === 'region-inhabitants')!;
    expect(caption).to.contain(`Het rapport van mei 2015 noemde voor de regio ${said.wording.nl} inwoners`);
    expect(root(el).querySelector('.credit')!.textContent).to.equal(`Bron: CBS (37259ENG, 03759ned), 1 januari ${years[0]}-${years[last]} · Bron: LISA 2017`);
  });

  it("compares the region with the city regions in the report's own wording (view=report)", async () => {
    const el = await mount(html`<q4-key-figures style="width: 720px" view="report"></q4-key-figures>`);
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

  it('keeps the axis numbers whole and the years apart, for the country’s eight digits and on a phone', async () => {
    // Was: the country's "18.000.000" cut at the left edge, and the years run together at 320 px.
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const [region, place] of [
      ['NL', ''],
      ['', 'Amsterdam'],
    ])
      for (const width of [320, 360, 720]) {
        const el = await fixture<Q4KeyFigures>(
          html`<q4-key-figures loading="eager" region=${region} municipality=${place} style=${`width: ${width}px`}></q4-key-figures>`,
        );
        await waitUntil(() => root(el).querySelector('svg.q4-plot .q4-point'), `${region || place} ${width} px: not drawn`, { timeout: 8000 });
        const svg = root(el).querySelector<SVGSVGElement>('svg.q4-plot')!;
        const box = svg.getBoundingClientRect();
        const what = `${region || place} ${width} px`;
        for (const t of svg.querySelectorAll('[aria-label="y-axis tick label"] text'))
          expect(t.getBoundingClientRect().left, `${what}: "${t.textContent}" starts inside the chart`).to.be.at.least(box.left - 0.5);
        const years = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.getBoundingClientRect());
        expect(years.length, what).to.be.at.least(3);
        for (let i = 1; i < years.length; i++) expect(overlap(years[i - 1], years[i]), `${what}: years ${i} and ${i + 1} apart`).to.equal(false);
      }
  });

  it("shows a municipality's population (CBS) and, apart, its LISA jobs and establishments", async () => {
    const el = await mount(html`<q4-key-figures style="width: 720px" municipality="Zeist"></q4-key-figures>`);
    // Every year of CBS's population on 1 January (37259ENG to 2018, 03759ned from 2019), as the data module holds it.
    const national = await loadNationalPopulation();
    const zeist = national.years.map((year, i) => ({ year, population: national.values.GM0355[i]! }));
    const points = [...root(el).querySelectorAll<SVGCircleElement>('.q4-point circle')];
    expect(points).to.have.length(national.years.length);
    expect(points[3].getAttribute('aria-label')).to.equal(`Zeist, 1 januari ${zeist[3].year}: ${zeist[3].population.toLocaleString('nl-NL')} inwoners`);
    const lisa = lisa2017.rows.find((r) => r.code === 'GM0355')!;
    const cards = [...root(el).querySelectorAll('.card')].map((c) => `${c.querySelector('dt')!.textContent} ${c.querySelector('dd')!.textContent}`);
    expect(cards).to.deep.equal([
      `inwoners (CBS, 1 januari ${zeist.at(-1)!.year}) ${zeist.at(-1)!.population.toLocaleString('nl-NL')}`,
      `banen (LISA 2017) ${lisa.jobs.toLocaleString('nl-NL')}`,
      `vestigingen (LISA 2017) ${lisa.establishments.toLocaleString('nl-NL')}`,
    ]);
    expect(root(el).querySelector('.credit')!.textContent).to.equal(`${national.credit.nl} · Bron: LISA 2017`);
    expect(national.credit.nl).to.equal(`Bron: CBS (37259ENG, 03759ned), 1 januari ${zeist[0].year}-${zeist.at(-1)!.year}`);
    // One series only: the chart has population and nothing from LISA.
    expect(root(el).querySelectorAll('.q4-line')).to.have.length(1);
    const pct = ((100 * zeist.at(-1)!.population) / zeist[0].population - 100).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(title(el)).to.equal(
      `Zeist had op 1 januari ${zeist.at(-1)!.year} ${zeist.at(-1)!.population.toLocaleString('nl-NL')} inwoners, ${pct}% meer sinds ${zeist[0].year}`,
    );
  });

  it('never draws a boundary change as growth: Groningen broken and marked at its changes, Amsterdam on today’s boundaries', async () => {
    const national = await loadNationalPopulation();
    const last = national.years.at(-1)!;
    const nl = (v: number) => v.toLocaleString('nl-NL');
    // Groningen took part of Slochteren (2017), then Haren and Ten Boer (2019): the line breaks at each, and says so.
    // The years of those changes, as the area index has them from CBS's record.
    const index = await loadAreaIndex();
    const changed = [...new Set(index.events.filter((e) => e.to === 'GM0014').map((e) => e.year))].sort();
    const groningen = await mount(html`<q4-key-figures style="width: 720px" municipality="Groningen"></q4-key-figures>`);
    const svg = root(groningen).querySelector('svg.q4-plot')!;
    const marks = [...svg.querySelectorAll('.q4-boundary line, .q4-boundary path')].map((m) => m.getAttribute('aria-label'));
    expect(marks).to.deep.equal(changed.map((y) => `Grens gewijzigd op 1 januari ${y}: de lijn loopt niet door`));
    expect(svg.querySelectorAll('.q4-line path')).to.have.length(changed.length + 1);
    const points = [...svg.querySelectorAll('.q4-point circle')].map((c) => c.getAttribute('aria-label'));
    expect(points.at(-1)).to.equal(`Groningen, 1 januari ${last}: ${nl(national.values.GM0014.at(-1)!)} inwoners`);
    expect(title(groningen)).to.contain(`grenzen gewijzigd in ${changed.join(' en ')}`);
    // Amsterdam took in Weesp whole (24 March 2022): every year on today's boundaries, one unbroken line.
    const amsterdam = await mount(html`<q4-key-figures style="width: 720px" municipality="Amsterdam"></q4-key-figures>`);
    const a = root(amsterdam).querySelector('svg.q4-plot')!;
    expect(a.querySelectorAll('.q4-line path')).to.have.length(1);
    expect(a.querySelectorAll('.q4-boundary line, .q4-boundary path')).to.have.length(0);
    const sum = national.values.GM0363[0]! + national.values.GM0457[0]!;
    expect(a.querySelector('.q4-point circle')!.getAttribute('aria-label')).to.equal(`Amsterdam, 1 januari ${national.years[0]}: ${nl(sum)} inwoners`);
    const weesp = index.events.find((e) => e.from === 'GM0457' && e.to === 'GM0363')!;
    expect(root(amsterdam).querySelector('.caption')!.textContent).to.contain(
      `de cijfers van ${national.years[0]}-${weesp.year} zijn die van Amsterdam en Weesp samen`,
    );
  });

  it('passes axe in both views, with tables', async () => {
    for (const [m, view] of [
      ['', 'report'],
      ['', 'today'],
      ['GM0312', 'today'],
    ]) {
      const el = await mount(html`<q4-key-figures loading="eager" style="width: 720px" municipality=${m} view=${view}></q4-key-figures>`);
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
    const { years } = await loadNationalPopulation();
    expect(root(el).activeElement!.getAttribute('aria-label')).to.match(new RegExp(`^Bunnik, 1 januari ${years.at(-1)}:`));
  });

  it('speaks English', async () => {
    const el = await mount(html`<q4-key-figures style="width: 720px" lang="en" view="report"></q4-key-figures>`);
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
