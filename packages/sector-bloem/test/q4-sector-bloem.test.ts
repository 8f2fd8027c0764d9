import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define.js';
import type { Q4SectorBloem } from '../src/q4-sector-bloem.js';
import { loadSectors } from '@q4/data';
import { locationQuotients, lqText, roundLq, REGION } from '../src/sector-bloem-data.js';
import { messages } from '../src/messages.js';
import { fill, listFormat } from '@q4/core';
import type { Q4ErrorDetail } from '@q4/core';

const root = (el: Q4SectorBloem) => el.shadowRoot!;
const title = (el: Q4SectorBloem) => root(el).querySelector('.title')!.textContent!.trim();
const petal = (el: Q4SectorBloem, id: string) => root(el).querySelector<SVGPathElement>(`[data-key="sector:${id}"]`)!;
const petals = (el: Q4SectorBloem) => [...root(el).querySelectorAll<SVGPathElement>('.q4-petal path')];
const mount = async (markup = html`<q4-sector-bloem style="width: 640px"></q4-sector-bloem>`) => {
  const el = await fixture<Q4SectorBloem>(markup);
  await waitUntil(() => root(el).querySelector('svg.q4-plot, [role=alert]'), 'nothing drawn', { timeout: 5000 });
  return el;
};

describe('<q4-sector-bloem>', () => {
  it('sizes each petal by the location quotient of employee jobs 2010 (CBS 81402NED)', async () => {
    const { jobs } = await loadSectors();
    const v = (c: string, s: string) => jobs.get(2010, c, s)!.value as number;
    const regionTotal = REGION.reduce((s, c) => s + v(c, 'A-U'), 0);
    const zorg = REGION.reduce((s, c) => s + v(c, 'Q'), 0) / regionTotal / (v('NL01', 'Q') / v('NL01', 'A-U'));
    expect(zorg).to.be.closeTo(1.39, 0.005);
    const lq = locationQuotients(jobs);
    expect(lq.find((s) => s.id === 'zorg-welzijn')!.lq).to.be.closeTo(zorg, 1e-12);

    const el = await mount();
    expect(root(el).querySelectorAll('.q4-petal path')).to.have.length(5);
    expect(petal(el, 'zorg-welzijn').getAttribute('aria-label')).to.equal('Zorg & welzijn: locatiequotiënt 1,39 (Q)');
    // Petal lengths are proportional to the quotients.
    const len = (id: string) => Number(petal(el, id).dataset.length);
    const gast = lq.find((s) => s.id === 'gastvrijheidseconomie')!.lq!;
    expect(len('gastvrijheidseconomie') / len('zorg-welzijn')).to.be.closeTo(gast / zorg, 1e-9);
    // The title, from these quotients: how many are above 1 for certain (and possibly), and every sector whose highest
    // possible quotient reaches the best certain one, compared at two decimals with each bound rounded the safe way.
    const t = messages.nl;
    const scored = lq.filter((s) => s.lq !== null);
    const high = (s: (typeof scored)[number]) => (s.lowerBound ? (s.upper ?? Infinity) : s.lq!);
    const sure = scored.filter((s) => s.lq! > 1).length;
    const possible = scored.filter((s) => high(s) > 1).length;
    const best = Math.max(...scored.map((s) => roundLq(s.lq!, s.lowerBound ? 'down' : 'nearest')));
    const candidates = scored.filter((s) => high(s) === Infinity || roundLq(high(s), s.lowerBound ? 'up' : 'nearest') >= best).sort((a, b) => b.lq! - a.lq!);
    const items = candidates.map((s) => fill(t.topItem, { sector: s.label.nl.toLowerCase(), lq: lqText(s, 'nl') }));
    const open = candidates.some((s) => s.lowerBound);
    const strongest =
      candidates.length === 1
        ? fill(t.strongestOne, { top: items[0] })
        : open
          ? fill(candidates.length === 2 ? t.strongestOpen : t.strongestMany, { list: items.join(t.strongestOr) })
          : fill(t.strongestTie, { list: listFormat(items, 'nl') });
    expect(candidates.length, 'the data leave the strongest open between two').to.equal(2);
    expect(title(el)).to.equal(fill(sure === possible ? t.title : t.titleAtLeast, { count: sure, total: scored.length, strongest }));
  });

  it('keeps every petal label whole inside the chart at any width, in both languages, and fills the box', async () => {
    // Was: at 328 px "Consultancy & overige" and "Voeding & gezondheid" ran off the left edge.
    for (const lang of ['nl', 'en'])
      for (const place of ['', 'GM0355'])
        for (const width of [320, 360, 480, 640, 1280]) {
          const el = await mount(
            html`<q4-sector-bloem loading="eager" lang=${lang} municipality=${place || nothing} style=${`width: ${width}px`}></q4-sector-bloem>`,
          );
          const svg = root(el).querySelector<SVGSVGElement>('svg.q4-plot')!;
          const box = svg.getBoundingClientRect();
          for (const label of svg.querySelectorAll('.q4-petal-label text')) {
            const r = label.getBoundingClientRect();
            const what = `${lang} ${place || 'region'} ${width} px: "${label.textContent}"`;
            expect(r.left, `${what} starts inside`).to.be.at.least(box.left - 0.5);
            expect(r.right, `${what} ends inside`).to.be.at.most(box.right + 0.5);
            expect(r.top, `${what} inside at the top`).to.be.at.least(box.top - 0.5);
            expect(r.bottom, `${what} inside at the bottom`).to.be.at.most(box.bottom + 0.5);
          }
          // The flower and its labels take the box's height: no band of empty space above or below.
          const drawn = [...svg.querySelectorAll('.q4-petal path, .q4-petal-label text')].map((e) => e.getBoundingClientRect());
          const [top, bottom] = [Math.min(...drawn.map((r) => r.top)), Math.max(...drawn.map((r) => r.bottom))];
          expect(top - box.top + (box.bottom - bottom), `${lang} ${width} px: empty height`).to.be.below(0.12 * box.height);
        }
  });

  it('shows a lower bound where CBS keeps figures secret, and no proxy for voeding & gezondheid', async () => {
    const el = await mount();
    expect(petal(el, 'openbaar-bestuur-veiligheid').getAttribute('aria-label')).to.equal(
      'Openbaar bestuur & veiligheid: locatiequotiënt tussen 1,57 en 1,89 (O)',
    );
    expect(root(el).querySelectorAll('.q4-bound path')).to.have.length(1);
    expect(petal(el, 'voeding-gezondheid').getAttribute('aria-label')).to.equal('Voeding & gezondheid: geen zuivere SBI-tegenhanger');
    expect(petal(el, 'voeding-gezondheid').closest('.q4-petal--none')).to.exist;
    const caption = root(el).querySelector('.caption')!.textContent!;
    expect(caption).to.contain('de cijfers van Bunnik en Wijk bij Duurstede zijn geheim');
    expect(caption).to.contain('Gastvrijheidseconomie I+R');
    expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: CBS (81402NED), december 2010, voorlopig');
    root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const voeding = [...root(el).querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent === 'Voeding & gezondheid')!;
    expect(voeding.querySelector('td')!.textContent).to.equal('geen zuivere SBI-tegenhanger');
  });

  it('draws equal petals in mode="equal" and sorted bars in view="bars"', async () => {
    const el = await mount(html`<q4-sector-bloem style="width: 640px" mode="equal"></q4-sector-bloem>`);
    expect(root(el).querySelectorAll('.q4-petal path')).to.have.length(5);
    expect(root(el).querySelectorAll('.q4-petal--none path')).to.have.length(0);
    expect(title(el)).to.equal('De vijf leidende sectoren van Heuvelrug Kromme Rijnstreek');
    el.mode = 'data';
    el.view = 'bars';
    await el.updateComplete;
    const bars = [...root(el).querySelectorAll<SVGRectElement>('.q4-bar rect')];
    expect(bars.map((b) => b.dataset.key)).to.deep.equal([
      'sector:consultancy-overige-diensten',
      'sector:openbaar-bestuur-veiligheid',
      'sector:gastvrijheidseconomie',
      'sector:zorg-welzijn',
    ]);
    root(el).querySelector<HTMLButtonElement>('.view-toggle')!.click();
    await el.updateComplete;
    expect(el.view).to.equal('flower');
  });

  it('draws a wreath of your organisations with safe links, and rejects a javascript: link', async () => {
    const el = await mount();
    el.organisations = [
      { name: 'Hotel De Wereld', sector: 'gastvrijheidseconomie', link: 'https://example.org/hotel' },
      { name: 'Zorggroep', sector: 'Zorg & welzijn' },
      { name: 'Drukkerij', sector: 'onbekend' },
    ];
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.q4-wreath text')].map((t) => t.textContent).sort()).to.deep.equal(['Drukkerij', 'Hotel De Wereld', 'Zorggroep']);
    const link = root(el).querySelector<HTMLAnchorElement>('.wreath a')!;
    expect(link.href).to.equal('https://example.org/hotel');
    expect(root(el).querySelector('.wreath')!.textContent).to.contain('overig:');
    await expect(el).to.be.accessible();
    setTimeout(() => (el.organisations = [{ name: 'X', link: 'javascript:alert(1)' }]));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.issues![0]).to.deep.include({ row: 0, field: 'link' });
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('loads organisations from organisations-src', async () => {
    const el = await mount(
      html`<q4-sector-bloem style="width: 640px" organisations-src="/packages/sector-bloem/test/fixtures/organisations.json"></q4-sector-bloem>`,
    );
    await waitUntil(() => root(el).querySelectorAll('.q4-wreath text').length === 2, 'wreath not drawn');
  });

  it('passes axe, steps with the keyboard, and speaks English', async () => {
    const el = await mount(html`<q4-sector-bloem style="width: 640px" lang="en"></q4-sector-bloem>`);
    await expect(el).to.be.accessible();
    const first = root(el).querySelector<SVGPathElement>('[data-key][tabindex="0"]')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(root(el).activeElement).to.not.equal(first);
    expect(petal(el, 'zorg-welzijn').getAttribute('aria-label')).to.equal('Care & welfare: location quotient 1.39 (Q)');
    expect(title(el)).to.contain('4 of the 4 leading sectors with a figure');
  });

  it('takes your own quotients and rejects bad ones', async () => {
    const el = await mount();
    el.data = {
      credit: 'Bron: eigen analyse',
      sectors: [
        { label: 'Toerisme', value: 2.1 },
        { label: 'Bouw', value: null },
      ],
    };
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('svg.q4-plot'));
    expect(root(el).querySelectorAll('.q4-petal path')).to.have.length(2);
    expect(title(el)).to.equal('De sterkste sector is Toerisme (2,10×)');
    setTimeout(() => (el.data = [{ label: 'A', value: -1 }]));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.issues![0]).to.deep.include({ row: 0, field: 'value' });
  });

  describe('any municipality of today or of 2010, or a region of them', () => {
    /** The quotient of `sections` for the summed members, from the bundled table (not from the widget's function). */
    const quotient = async (members: string[], sections: string[]) => {
      const { jobs } = await loadSectors();
      const v = (c: string, s: string) => jobs.get(2010, c, s)!.value as number;
      const share = members.reduce((t, c) => t + sections.reduce((u, s) => u + v(c, s), 0), 0) / members.reduce((t, c) => t + v(c, 'A-U'), 0);
      return share / (sections.reduce((u, s) => u + v('NL01', s), 0) / v('NL01', 'A-U'));
    };
    const nl2 = (n: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

    it('shows a municipality from its attribute: petals, title, table and axe', async () => {
      const { jobs } = await loadSectors();
      const code = jobs.regions.find((r) => r.name === 'Amersfoort')!.code;
      const el = await mount(html`<q4-sector-bloem style="width: 480px" municipality="amersfoort" sectors="report"></q4-sector-bloem>`);
      const zorg = await quotient([code], ['Q']);
      expect(petal(el, 'zorg-welzijn').getAttribute('aria-label')).to.equal(`Zorg & welzijn: locatiequotiënt ${nl2(zorg)} (Q)`);
      expect(title(el)).to.contain('sectoren met een cijfer hebben in Amersfoort een groter aandeel dan landelijk');
      root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      const headers = [...root(el).querySelectorAll('table th')].map((th) => th.textContent!.trim());
      expect(headers).to.include('Aandeel Amersfoort');
      await expect(el).to.be.accessible();
      // Another municipality: the widget loads again and says so.
      el.municipality = 'GM0355';
      await waitUntil(() => title(el).includes('in Zeist'), 'Zeist shown', { timeout: 5000 });
      expect(petal(el, 'zorg-welzijn').getAttribute('aria-label')).to.equal(`Zorg & welzijn: locatiequotiënt ${nl2(await quotient(['GM0355'], ['Q']))} (Q)`);
    });

    it('shows a region of them with its name as text, in English too', async () => {
      const el = document.createElement('q4-sector-bloem') as Q4SectorBloem;
      el.setAttribute('lang', 'en');
      el.setAttribute('region', 'GM0344, Nieuwegein, houten');
      el.setAttribute('region-name', '<b>Lekstroom</b>');
      el.setAttribute('sectors', 'report');
      document.body.append(el);
      await oneEvent(el, 'q4-render');
      expect(title(el)).to.contain('a larger share in <b>Lekstroom</b> than nationally');
      expect(root(el).querySelector('b')).to.equal(null);
      const care = await quotient(['GM0344', 'GM0356', 'GM0321'], ['Q']);
      expect(petal(el, 'zorg-welzijn').getAttribute('aria-label')).to.equal(`Care & welfare: location quotient ${care.toFixed(2)} (Q)`);
      el.remove();
    });

    it("shows a place's own strongest sectors by default, from the national table: the five highest published quotients", async () => {
      const el = await mount(html`<q4-sector-bloem style="width: 640px" municipality="Amsterdam"></q4-sector-bloem>`);
      const { loadNationalSectors, loadAreaIndex, territoryIn } = await import('@q4/data');
      const [jobs, index] = await Promise.all([loadNationalSectors(), loadAreaIndex()]);
      // Amsterdam today is Amsterdam and Weesp of 2010 (Weesp went in whole in 2022).
      const parts = territoryIn(index, 'GM0363', 2010).parts;
      expect(parts.length).to.equal(2);
      const v = (c: string, s: string) => jobs.get(2010, c, s)?.value ?? null;
      const letters = jobs.sections.map((x) => x.code).filter((x) => /^[A-S]$/.test(x));
      const published = letters
        .filter((x) => parts.every((p) => v(p, x) !== null))
        .map((x) => ({
          x,
          lq: parts.reduce((t, p) => t + v(p, x)!, 0) / parts.reduce((t, p) => t + v(p, 'A-U')!, 0) / (v('NL01', x)! / v('NL01', 'A-U')!),
        }))
        .sort((a, b) => b.lq - a.lq);
      const five = published.slice(0, 5);
      expect(petals(el).map((p) => p.dataset.key)).to.have.members(five.map((f) => `sector:sbi-${f.x}`));
      expect(title(el)).to.contain(`(${nl2(five[0].lq)}×)`);
      await expect(el).to.be.accessible();
    });

    it('refuses a municipality whose territory is not a sum of whole municipalities of 2010, saying why (no-data)', async () => {
      const el = document.createElement('q4-sector-bloem') as Q4SectorBloem;
      el.municipality = 'Groningen';
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('no-data');
      await el.updateComplete;
      const alert = root(el).querySelector('[role=alert]')!.textContent!;
      expect(alert).to.contain('Geen cijfer voor Groningen in 2010');
      expect(alert).to.contain('niet te verdelen');
      el.remove();
    });
  });
});
