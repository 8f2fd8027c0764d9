import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { Q4Competitiveness } from '../src/q4-competitiveness.js';
import { loadRci } from '@q4/data';
import { rankEdition, loadDefaultRci } from '../src/competitiveness-data.js';
import { compareCodes, type Q4ErrorDetail } from '@q4/core';

const root = (el: Q4Competitiveness) => el.shadowRoot!;
const title = (el: Q4Competitiveness) => root(el).querySelector('.title')!.textContent!.trim();
const mount = async (markup = html`<q4-competitiveness style="width: 720px"></q4-competitiveness>`) => {
  const el = await fixture<Q4Competitiveness>(markup);
  await waitUntil(() => root(el).querySelector('svg.q4-plot, [role=alert]'), 'nothing drawn', { timeout: 5000 });
  return el;
};

describe('<q4-competitiveness>', () => {
  it("gives Utrecht's rank per edition honestly: 1st, 1st, joint 2nd, 3rd", async () => {
    const data = await loadDefaultRci();
    const ranks = [2010, 2013, 2016, 2019].map((e) => rankEdition(data, e).find((r) => r.code === 'NL31')!.rank);
    expect(ranks).to.deep.equal([1, 1, 2, 3]);
    const tie = rankEdition(data, 2016)
      .filter((r) => r.rank === 2)
      .map((r) => r.code);
    expect(tie.sort()).to.deep.equal(['NL31', 'UKJ1']);
    const el = await mount();
    expect(title(el)).to.equal('Utrecht is 3e van 267 regio’s in 2019');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('Rang van Utrecht per editie: 2010: 1e, 2013: 1e, 2016: gedeeld 2e en 2019: 3e.');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('Hoger in 2019: Stockholm (1,08) en London and its commuting area (1,06)');
  });

  it('ranks every region of every edition as its definition says: 1 + the regions with a higher score at two decimals', async () => {
    const data = await loadDefaultRci();
    for (const edition of data.editions) {
      const rows = data.rows.filter((r) => r.edition === edition && r.level === 'region');
      const hundredths = (v: number | null) => Math.round((v as number) * 100);
      const ranked = rankEdition(data, edition);
      expect(ranked).to.have.length(rows.length);
      for (const r of ranked) {
        const expected = r.score === null ? null : 1 + rows.filter((o) => o.score !== null && hundredths(o.score) > hundredths(r.score)).length;
        expect(r.rank, `${r.code} in ${edition}`).to.equal(expected);
      }
    }
  });

  it('orders ties by code as localeCompare would, without a collator: every code of every edition and every key drawn', async () => {
    const rci = await loadRci();
    const codes = [...new Set(rci.rows.map((r) => r.code))];
    expect(codes.length).to.be.greaterThan(250);
    expect([...codes].sort(compareCodes)).to.deep.equal([...codes].sort((a, b) => a.localeCompare(b)));
    const el = await mount(html`<q4-competitiveness style="width: 720px" edition="2016"></q4-competitiveness>`);
    const keys = [...root(el).querySelectorAll<SVGCircleElement>('circle[data-key]')].map((c) => c.dataset.key!);
    expect([...keys].sort(compareCodes)).to.deep.equal([...keys].sort((a, b) => a.localeCompare(b)));
  });

  it('draws every scored region of the edition, Dutch regions and Utrecht highlighted', async () => {
    const el = await mount(html`<q4-competitiveness style="width: 720px" edition="2016"></q4-competitiveness>`);
    const rci = await loadRci();
    const regions = rci.rows.filter((r) => r.edition === 2016 && r.level === 'region' && r.score !== null);
    expect(root(el).querySelectorAll('circle[data-key]')).to.have.length(regions.length);
    expect(root(el).querySelectorAll('.q4-region--country circle')).to.have.length(regions.filter((r) => r.country === 'Netherlands').length - 1);
    const utrecht = root(el).querySelector('.q4-region--focus circle')!;
    expect(utrecht.getAttribute('aria-label')).to.equal('2. Utrecht (NL31, Nederland): 1,15');
    expect(title(el)).to.equal('Utrecht is gedeeld 2e van 259 regio’s in 2016');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('In 2016 gelijk op twee decimalen met Berkshire, Buckinghamshire and Oxfordshire.');
    expect(root(el).querySelector('.caption')!.textContent).to.contain('samengevoegd met hun forensengebied');
    expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: Europese Commissie, Regional Competitiveness Index 2016');
  });

  it('passes axe and steps through the ranking with the keyboard', async () => {
    const el = await mount(html`<q4-competitiveness style="width: 720px" edition="2010"></q4-competitiveness>`);
    await expect(el).to.be.accessible();
    const start = root(el).querySelector<SVGCircleElement>('circle[tabindex="0"]')!;
    expect(start.dataset.key).to.equal('region:NL31');
    start.focus();
    start.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(root(el).activeElement!.getAttribute('aria-label')).to.equal('2. Hovedstaden (DK01, Denemarken): 1,13');
  });

  it('speaks English and highlights another region', async () => {
    const el = await mount(html`<q4-competitiveness style="width: 720px" lang="en" edition="2016" region="UKJ1"></q4-competitiveness>`);
    expect(title(el)).to.equal('Berkshire, Buckinghamshire and Oxfordshire ranks joint 2nd of 259 regions in 2016');
    el.region = 'NL31';
    el.edition = 2019;
    await el.updateComplete;
    expect(title(el)).to.equal('Utrecht ranks 3rd of 267 regions in 2019');
  });

  it('shows the ranking as a table', async () => {
    const el = await mount(html`<q4-competitiveness style="width: 720px" edition="2013"></q4-competitiveness>`);
    root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const first = root(el).querySelector('tbody tr')!;
    expect(first.querySelector('th')!.textContent).to.equal('1');
    expect([...first.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['Utrecht (NL31)', 'Nederland', '1,36']);
  });

  it('reports an unknown edition, an unknown region and bad rows', async () => {
    const el = await mount(html`<q4-competitiveness style="width: 720px" edition="2015"></q4-competitiveness>`);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Onbekende editie "2015"');
    el.edition = 2019;
    el.region = 'XX99';
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Onbekende regio "XX99"');
    setTimeout(() => (el.data = [{ code: 'A1', name: 'A', edition: 2019, score: 'hoog' }] as never));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.issues![0]).to.deep.include({ row: 0, field: 'score' });
  });

  it('takes your own scores', async () => {
    const el = await mount();
    el.region = 'B';
    el.data = {
      credit: 'Bron: eigen index',
      rows: [
        { code: 'A', name: 'Alpha', edition: 2024, score: 0.5 },
        { code: 'B', name: 'Beta', edition: 2024, score: 0.9 },
      ],
    };
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('svg.q4-plot'));
    expect(title(el)).to.equal('Beta is 1e van 2 regio’s in 2024');
    expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: eigen index');
  });

  it('edition="abc": a clear error naming edition, not a silent latest edition', async () => {
    const el = document.createElement('q4-competitiveness') as HTMLElement & { updateComplete: Promise<boolean> };
    el.setAttribute('loading', 'eager');
    el.setAttribute('edition', 'abc');
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.code).to.equal('invalid-option');
    expect(event.detail.message).to.contain('voor het attribuut edition');
    el.remove();
  });
});
