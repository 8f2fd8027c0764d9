import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { Q4LandUse } from '../src/q4-land-use.js';
import { landUse } from '@q4/data';
import type { Q4ErrorDetail } from '@q4/core';

const root = (el: Q4LandUse) => el.shadowRoot!;
const title = (el: Q4LandUse) => root(el).querySelector('.title')!.textContent!.trim();
const bar = (el: Q4LandUse, code: string, cat: string) => root(el).querySelector<SVGRectElement>(`rect[data-key="bar:${code}:${cat}"]`)!;
const mount = async (markup = html`<q4-land-use style="width: 720px"></q4-land-use>`) => {
  const el = await fixture<Q4LandUse>(markup);
  await waitUntil(() => root(el).querySelector('svg.q4-plot, [role=alert]'));
  return el;
};
const row = (code: string, year: number) => landUse.rows.find((r) => r.code === code && r.year === year)!;

describe('<q4-land-use>', () => {
  it('compares the province of Utrecht with the Netherlands: 7 categories x 2 bars, shares from the data', async () => {
    const el = await mount();
    expect(root(el).querySelectorAll('.q4-bar rect')).to.have.length(14);
    const u = row('PV26', 2015);
    const nl = row('NL01', 2015);
    expect(Number(bar(el, 'PV26', 'builtUp').dataset.share)).to.be.closeTo(u.builtUp / u.total, 1e-12);
    expect(Number(bar(el, 'NL01', 'agriculture').dataset.share)).to.be.closeTo(nl.agriculture / nl.total, 1e-12);
    expect(Number(bar(el, 'PV26', 'water').dataset.share)).to.be.closeTo(u.innerWater / u.total, 1e-12); // no outer water figure
    expect(Number(bar(el, 'NL01', 'water').dataset.share)).to.be.closeTo((nl.innerWater + nl.outerWater!) / nl.total, 1e-12);
    // Built-up land is wider for Utrecht than for the Netherlands.
    expect(bar(el, 'PV26', 'builtUp').getBoundingClientRect().width).to.be.greaterThan(bar(el, 'NL01', 'builtUp').getBoundingClientRect().width);
    expect(title(el)).to.equal('In 2015 is in de provincie Utrecht naar verhouding meer bebouwd terrein dan in Nederland: 16% tegen 8,7% van de oppervlakte');
    expect(bar(el, 'PV26', 'builtUp').getAttribute('aria-label')).to.equal(
      `Provincie Utrecht, bebouwd terrein: 16% (${u.builtUp.toLocaleString('nl-NL')} ha), 2015`,
    );
    const caption = root(el).querySelector('.caption')!.textContent!;
    expect(caption).to.contain('Nederland is de som van de twaalf provincies');
    expect(caption).to.contain('geen cijfer voor buitenwater');
    expect(caption).to.contain('Gemeentelijke cijfers zitten niet in de meegeleverde gegevens');
    expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: CBS (70262NED), 2015');
  });

  it('changes the year with its selector', async () => {
    const el = await mount();
    const select = root(el).querySelector('select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['1996', '2000', '2003', '2006', '2008', '2010', '2012', '2015']);
    select.value = '1996';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.year).to.equal(1996);
    const u = row('PV26', 1996);
    expect(Number(bar(el, 'PV26', 'builtUp').dataset.share)).to.be.closeTo(u.builtUp / u.total, 1e-12);
    expect(title(el)).to.contain('In 1996');
  });

  it('passes axe, with a table in hectares', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const total = [...root(el).querySelectorAll('tbody tr')].at(-1)!;
    expect([...total.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['144.913 ha', '4.154.304 ha']);
  });

  it('steps through the bars with the keyboard', async () => {
    const el = await mount();
    const first = root(el).querySelector<SVGRectElement>('rect[tabindex="0"]')!;
    expect(first.dataset.key).to.equal('bar:PV26:builtUp');
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect((root(el).activeElement as SVGRectElement).dataset.key).to.equal('bar:NL01:builtUp');
  });

  it('speaks English', async () => {
    const el = await mount(html`<q4-land-use style="width: 720px" lang="en"></q4-land-use>`);
    expect(title(el)).to.equal('In 2015, the province of Utrecht has relatively more built-up land than the Netherlands: 16% against 8.7% of the area');
  });

  it("takes a municipality's own rows", async () => {
    const el = await mount();
    el.data = {
      credit: 'Bron: gemeente (voorbeeld)',
      rows: [
        {
          year: 2010,
          code: 'GM9999',
          name: 'Voorbeeld',
          total: 1000,
          traffic: 50,
          builtUp: 200,
          semiBuiltUp: 10,
          recreation: 40,
          agriculture: 500,
          forestNature: 180,
          innerWater: 20,
          outerWater: null,
        },
      ],
    };
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('svg.q4-plot'));
    expect(root(el).querySelectorAll('.q4-bar rect')).to.have.length(7);
    expect(Number(bar(el, 'GM9999', 'agriculture').dataset.share)).to.equal(0.5);
    expect(title(el)).to.equal('Landbouw is het grootste gebruik van de grond in Voorbeeld (50%, 2010)');
  });

  it('shows any province against the Netherlands with area (code or name), and refuses a municipality', async () => {
    const el = await mount(html`<q4-land-use style="width: 720px" area="groningen"></q4-land-use>`);
    const g = row('PV20', 2015);
    expect(Number(bar(el, 'PV20', 'agriculture').dataset.share)).to.be.closeTo(g.agriculture / g.total, 1e-12);
    expect(bar(el, 'NL01', 'agriculture')).to.exist;
    expect(root(el).querySelectorAll('.q4-bar rect')).to.have.length(14);
    expect(title(el)).to.contain(g.name.replace(/^Provincie /, ''));
    await expect(el).to.be.accessible();
    setTimeout(() => (el.area = 'Zeist'));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.code).to.equal('unknown-area');
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('eigen gegevens');
  });

  it('rejects bad rows, an unknown year and an unknown area', async () => {
    const el = await mount(html`<q4-land-use style="width: 720px" year="2011"></q4-land-use>`);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Geen gegevens voor het jaar "2011"');
    el.year = 2015;
    el.areas = 'PV26,GM0355';
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Onbekend gebied "GM0355"');
    setTimeout(
      () =>
        (el.data = [
          {
            year: 2010,
            code: 'A',
            name: 'A',
            total: 10,
            traffic: -1,
            builtUp: 1,
            semiBuiltUp: 1,
            recreation: 1,
            agriculture: 1,
            forestNature: 1,
            innerWater: 1,
          },
        ]),
    );
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.issues![0]).to.deep.include({ row: 0, field: 'traffic' });
  });

  // Odd attribute values end in a visible error that names the attribute, never in the loading state or a silent default.
  for (const [attribute, value] of [
    ['areas', ',,,'],
    ['year', 'NaN'],
    ['year', 'abc'],
    ['year', '2015.5'],
  ]) {
    it(`${attribute}="${value}": a clear error naming ${attribute}, and q4-error invalid-option`, async () => {
      const el = document.createElement('q4-land-use') as Q4LandUse;
      el.setAttribute('loading', 'eager');
      el.setAttribute(attribute, value);
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('invalid-option');
      await el.updateComplete;
      const alert = root(el).querySelector('[role=alert]')!.textContent!;
      expect(alert).to.contain(`voor het attribuut ${attribute}`);
      expect(root(el).querySelector('[part=status]')).to.equal(null);
      el.remove();
    });
  }
});
