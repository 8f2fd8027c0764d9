import { fixture, html, expect, waitUntil, oneEvent, nextFrame } from '@open-wc/testing';
import '../src/define.js';
import type { Q4CommuteFlows } from '../src/q4-commute-flows.js';
import { loadBoundaries, loadCommuting } from '@q4/data';
import { compareCodes, compareNames, type Q4ErrorDetail, type Q4SelectDetail } from '@q4/core';
import { executeServerCommand } from '@web/test-runner-commands';

const root = (el: Q4CommuteFlows) => el.shadowRoot!;
const areas = (el: Q4CommuteFlows) => [...root(el).querySelectorAll<SVGPathElement>('.q4-area path')];
const flows = (el: Q4CommuteFlows) => [...root(el).querySelectorAll<SVGPathElement>('.q4-flow path')];
const area = (el: Q4CommuteFlows, code: string) => root(el).querySelector<SVGPathElement>(`.q4-area path[data-area="${code}"]`)!;
const title = (el: Q4CommuteFlows) => root(el).querySelector('.title')!.textContent!.trim();
const drawn = (el: Q4CommuteFlows) =>
  waitUntil(() => root(el).querySelector('svg.q4-plot') || root(el).querySelector('[role=alert]'), 'nothing drawn', { timeout: 5000 });
const rgb = (color: string) => {
  const probe = document.createElement('div');
  probe.style.color = color;
  document.body.append(probe);
  const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
  probe.remove();
  return { r, g, b };
};
const REGION = ['GM0310', 'GM0312', 'GM1581', 'GM0352', 'GM0355'];

async function mount(markup = html`<q4-commute-flows style="width: 720px"></q4-commute-flows>`) {
  const el = await fixture<Q4CommuteFlows>(markup);
  await drawn(el);
  return el;
}

describe('<q4-commute-flows>', () => {
  describe('renders the bundled data', () => {
    it('draws the municipalities of the province and its neighbours, the five outlined', async () => {
      const el = await mount();
      expect(areas(el)).to.have.length((await loadBoundaries()).count);
      for (const code of [...REGION, 'GM0344', 'GM0307']) expect(area(el, code), code).to.exist;
      expect(root(el).querySelectorAll('.q4-region path')).to.have.length(5);
      const labels = [...root(el).querySelectorAll('.q4-label text')].map((t) => t.textContent);
      expect(labels).to.include.members(['Zeist', 'De Bilt', 'Bunnik', 'Utrechtse Heuvelrug', 'Wijk bij Duurstede', 'Utrecht']);
    });

    it("draws the region's 15 largest flows, widest for the largest, with their numbers", async () => {
      const el = await mount();
      const commuting = await loadCommuting();
      const expected = commuting.rows
        .filter((r) => r.from !== r.to && r.jobs > 0 && (REGION.includes(r.from) || REGION.includes(r.to)))
        .sort((a, b) => b.jobs - a.jobs);
      const paths = flows(el);
      expect(paths).to.have.length(15);
      expect(paths[0].getAttribute('data-key')).to.equal(`flow:${expected[0].from}>${expected[0].to}`);
      expect(paths[0].getAttribute('aria-label')).to.equal('Zeist → Utrecht: 5.300 banen');
      const widths = paths.map((p) => Number(p.getAttribute('stroke-width')));
      expect(widths[0]).to.equal(Math.max(...widths));
      expect(title(el)).to.equal('Van de banen van inwoners van de regio buiten de regio zijn de meeste in Utrecht (16.500 banen)');
      const toUtrecht = commuting.rows.filter((r) => REGION.includes(r.from) && r.to === 'GM0344').reduce((s, r) => s + r.jobs, 0);
      expect(toUtrecht).to.equal(16500);
    });

    it('colours Utrecht as a net destination (blue) and Wijk bij Duurstede as a net origin (red)', async () => {
      const el = await mount();
      const commuting = await loadCommuting();
      const utrecht = commuting.totals.get('GM0344')!;
      const wijk = commuting.totals.get('GM0352')!;
      expect(utrecht.jobs).to.be.greaterThan(utrecht.residents);
      expect(wijk.jobs).to.be.lessThan(wijk.residents);
      const blue = rgb(area(el, 'GM0344').getAttribute('fill')!);
      const red = rgb(area(el, 'GM0352').getAttribute('fill')!);
      expect(blue.b).to.be.greaterThan(blue.r + 40);
      expect(red.r).to.be.greaterThan(red.b + 40);
      expect(area(el, 'GM0344').getAttribute('aria-label')).to.equal(
        'Utrecht: 237.600 banen in de gemeente, 164.000 banen van inwoners; saldo +73.600 (+45%, meer banen dan de inwoners hadden)',
      );
    });

    it("states each municipality's numbers in the text alternative, computed from the data", async () => {
      const el = await mount();
      const commuting = await loadCommuting();
      const summary = root(el).querySelector('.summary')!.textContent!;
      for (const code of REGION) {
        const t = commuting.totals.get(code)!;
        const name = commuting.areas.find((a) => a.code === code)!.name;
        const share = Math.round((100 * t.internal) / t.residents);
        const n = (v: number) => v.toLocaleString('nl-NL');
        expect(summary).to.contain(`Van de ${n(t.residents)} banen van inwoners van ${name} zijn er ${n(t.internal)} (${share}%) in ${name} zelf`);
      }
      // Amsterdam ties with the third at the precision shown (1.000), so it is named too.
      expect(summary).to.contain('de meeste in Utrecht (5.300), Amersfoort (1.000), De Bilt (1.000) en Amsterdam (1.000)');
      expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: CBS (81251NED), december 2014 · Kaart: CBS/Kadaster, gemeentegrenzen 2025');
      expect(root(el).querySelector('.caption')!.textContent).to.contain('afgerond op 100');
    });

    it('shows an origin-destination table', async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" municipality="Bunnik" direction="out" top="3"></q4-commute-flows>`);
      root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      const table = root(el).querySelector('table')!;
      expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Woongemeente \\ werkgemeente', 'Utrecht', 'Zeist', 'Houten']);
      const row = table.querySelector('tbody tr')!;
      expect(row.querySelector('th')!.textContent).to.equal('Bunnik');
      expect([...row.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['1.900', '800', '400']);
    });
  });

  describe('accessibility and keyboard', () => {
    it('passes axe', async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" municipality="Zeist"></q4-commute-flows>`);
      await expect(el).to.be.accessible();
    });

    it('stays readable in forced colours: balance fills kept, flows in the system text colour', async () => {
      await executeServerCommand('q4-emulate-media', { features: [{ name: 'forced-colors', value: 'active' }] });
      try {
        const el = await mount();
        const probe = document.createElement('div');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        expect(getComputedStyle(flows(el)[0]).stroke).to.equal(canvasText);
        // Read the computed value itself: a probe element would be forced to a system colour too.
        const [r, , b] = getComputedStyle(area(el, 'GM0344')).fill.match(/\d+/g)!.map(Number);
        expect(b).to.be.greaterThan(r + 40);
      } finally {
        await executeServerCommand('q4-emulate-media', { features: [{ name: 'forced-colors', value: 'none' }] });
      }
    });

    it('steps through municipalities and flows with the arrow keys, and selects with Enter', async () => {
      const el = await mount();
      const stops = [...areas(el), ...flows(el)].filter((p) => p.getAttribute('tabindex') === '0');
      expect(stops).to.have.length(1);
      expect(stops[0]).to.equal(flows(el)[0]); // starts on the largest flow
      const key = (k: string) => (root(el).activeElement ?? stops[0]).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      stops[0].focus();
      key('ArrowRight');
      expect(root(el).activeElement).to.equal(flows(el)[1]);
      await el.updateComplete;
      expect(root(el).querySelector('.readout')!.textContent).to.equal(flows(el)[1].getAttribute('aria-label'));
      key('ArrowUp');
      expect(root(el).activeElement!.closest('.q4-area')).to.exist;
      key('Home');
      const first = root(el).activeElement!;
      expect(first.getAttribute('aria-label')).to.match(/^Amersfoort:/); // municipalities in alphabetical order
      // Move to Zeist and choose it.
      let guard = 0;
      while (root(el).activeElement?.getAttribute('data-area') !== 'GM0355' && guard++ < 60) key('ArrowRight');
      setTimeout(() => key('Enter'));
      const event = (await oneEvent(el, 'q4-select')) as CustomEvent<Q4SelectDetail>;
      expect(event.detail).to.deep.equal({ code: 'GM0355', name: 'Zeist' });
      await el.updateComplete;
      expect(el.municipality).to.equal('GM0355');
      await nextFrame();
      expect(root(el).activeElement?.getAttribute('data-area')).to.equal('GM0355');
    });

    it('makes every stop a button: Enter on a flow chooses its other end (WCAG 4.1.2: a Tab stop has a widget role)', async () => {
      const el = await mount();
      expect([...areas(el), ...flows(el)].filter((p) => p.getAttribute('role') !== 'button')).to.deep.equal([]);
      const flow = flows(el)[0];
      const [from, to] = flow.dataset.key!.replace('flow:', '').split('>');
      const other = REGION.includes(from) ? to : from;
      expect(REGION).not.to.include(other);
      flow.focus();
      setTimeout(() => flow.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
      const event = (await oneEvent(el, 'q4-select')) as CustomEvent<Q4SelectDetail>;
      expect(event.detail.code).to.equal(other);
      expect(event.detail.name).to.equal(area(el, other).getAttribute('aria-label')!.split(':')[0]);
    });
  });

  describe('attributes', () => {
    it('shows the inflows and outflows of one municipality, limited by top and min-jobs', async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" municipality="Zeist" top="5"></q4-commute-flows>`);
      expect(flows(el)).to.have.length(5);
      expect(flows(el).every((p) => /GM0355/.test(p.getAttribute('data-key')!))).to.equal(true);
      expect(title(el)).to.equal('40% van de banen van inwoners van Zeist is in de eigen gemeente; daarbuiten zijn de meeste in Utrecht (5.300 banen)');
      el.top = 100;
      el.minJobs = 1000;
      await el.updateComplete;
      const commuting = await loadCommuting();
      const big = commuting.rows.filter((r) => r.from !== r.to && r.jobs >= 1000 && (r.from === 'GM0355' || r.to === 'GM0355'));
      expect(flows(el)).to.have.length(big.length);
      expect(flows(el).every((p) => Number(p.dataset.jobs) >= 1000)).to.equal(true);
    });

    it('shows one direction', async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" municipality="GM0355" direction="in" top="50"></q4-commute-flows>`);
      expect(flows(el).every((p) => p.getAttribute('data-key')!.endsWith('>GM0355'))).to.equal(true);
      expect(title(el)).to.equal('Van de banen in Zeist met een woonplaats elders gaan de meeste naar inwoners van Utrecht (2.900 banen)');
      el.direction = 'out';
      await el.updateComplete;
      expect(flows(el).every((p) => p.getAttribute('data-key')!.startsWith('flow:GM0355>'))).to.equal(true);
    });

    it('speaks English', async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" lang="en"></q4-commute-flows>`);
      expect(title(el)).to.equal('Of the jobs held by the region’s residents outside the region, most are in Utrecht (16,500 jobs)');
      expect(flows(el)[0].getAttribute('aria-label')).to.equal('Zeist → Utrecht: 5,300 jobs');
      expect(root(el).querySelector('.credit')!.textContent).to.equal('Source: CBS (81251NED), December 2014 · Map: CBS/Kadaster, municipal boundaries 2025');
    });

    it('takes your own flows, computing balances from them', async () => {
      const el = await mount();
      el.data = {
        credit: 'Bron: eigen telling',
        flows: [
          { from: 'GM0355', to: 'GM0344', jobs: 100 },
          { from: 'GM0344', to: 'GM0355', jobs: 40 },
          { from: 'GM0355', to: 'GM0355', jobs: 60 },
        ],
      };
      await el.updateComplete;
      await drawn(el);
      expect(flows(el)).to.have.length(2);
      // Own flows on our map: the map's credit stays.
      expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: eigen telling · Kaart: CBS/Kadaster, gemeentegrenzen 2025');
      expect(root(el).querySelector('.caption')!.textContent).to.contain('Saldo berekend uit de gegeven stromen');
      expect(area(el, 'GM0344').getAttribute('aria-label')).to.contain('saldo +60');
      // Every municipality of the map but the two with flows has no figures of its own.
      expect(root(el).querySelectorAll('.q4-area--no-data path').length).to.equal(areas(el).length - 2);
    });
  });

  describe('any municipality and the whole country', () => {
    it("draws Amsterdam's map with every municipality in view (no holes between the map tiles)", async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" municipality="Amsterdam"></q4-commute-flows>`);
      await waitUntil(() => flows(el).length > 0, 'no flows', { timeout: 8000 });
      const { loadNationalCommuting } = await import('@q4/data');
      const { bounds } = await loadNationalCommuting();
      const ends = new Set(flows(el).flatMap((f) => f.dataset.key!.replace('flow:', '').split('>')));
      for (const code of ends) expect(area(el, code), `${code} on the map`).to.exist;
      // The view: the member and the ends of the drawn flows. Every municipality whose middle lies in it is drawn.
      const boxes = [...ends].map((c) => bounds.get(c)!);
      const [w, s, e, n] = [
        Math.min(...boxes.map((b) => b[0])),
        Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])),
        Math.max(...boxes.map((b) => b[3])),
      ];
      const { divided } = await loadNationalCommuting();
      const inView = [...bounds]
        .filter(([c]) => !divided.has(c))
        .filter(([, b]) => (b[0] + b[2]) / 2 > w && (b[0] + b[2]) / 2 < e && (b[1] + b[3]) / 2 > s && (b[1] + b[3]) / 2 < n)
        .map(([c]) => c);
      expect(inView.length).to.be.greaterThan(40);
      for (const code of inView) expect(area(el, code), `${code} in view`).to.exist;
      await expect(el).to.be.accessible();
    });

    it("draws Vijfheerenlanden as one municipality of today's map, with its flows of 2014 summed, and says both years", async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" municipality="Vijfheerenlanden"></q4-commute-flows>`);
      await waitUntil(() => flows(el).length > 0, 'no flows', { timeout: 8000 });
      const { loadNationalCommuting, loadAreaIndex, territoryIn } = await import('@q4/data');
      const index = await loadAreaIndex();
      // Its parts of 2014 (Leerdam, Vianen and Zederik, from CBS's record) are not on the map; it is, outlined.
      const parts = territoryIn(index, 'GM1961', 2014).parts;
      expect(parts.length).to.equal(3);
      for (const code of parts) expect(area(el, code), code).to.equal(null);
      expect(root(el).querySelector('.q4-focus path')).to.exist;
      expect(area(el, 'GM1961')).to.exist;
      // The jobs its residents held are the sum of its parts' in the national totals (each part's own, rounded cells).
      const national = await loadNationalCommuting();
      const caption = root(el).querySelector('.caption')!.textContent!;
      for (const code of parts) expect(caption).to.contain(index.byCode.get(code)!.name);
      expect(caption).to.contain('de gemeenten van 2025 met de stromen van december 2014');
      expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: CBS (81251NED), december 2014 · Kaart: CBS/Kadaster, gemeentegrenzen 2025');
      const residents = national.totals.get('GM1961')!.residents;
      expect(root(el).querySelector('.summary')!.textContent).to.contain(`${residents.toLocaleString('nl-NL')} banen van inwoners`);
      await expect(el).to.be.accessible();
    });

    it('loads an area once: a smaller top or another direction is drawn at once, a larger top only adds map tiles', async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" municipality="Deventer"></q4-commute-flows>`);
      await waitUntil(() => flows(el).length === 15, 'no flows', { timeout: 8000 });
      const modules = () => performance.getEntriesByType('resource').map((r) => r.name);
      const before = modules().length;
      // Fewer flows, then one direction: the area and the map it needs are loaded, so no loading state and no request.
      for (const [name, value] of [
        ['top', 5],
        ['direction', 'in'],
      ] as const) {
        (el as unknown as Record<string, unknown>)[name] = value;
        await el.updateComplete;
        expect(root(el).querySelector('[part=status]'), `${name}: loading state`).to.equal(null);
        expect(flows(el).length, name).to.be.within(1, 5);
      }
      expect(
        modules()
          .slice(before)
          .filter((m) => !m.includes('/__q4/')),
        'requests for a view of a loaded area',
      ).to.deep.equal([]);
      // More flows than were drawn: each end is on the map (its tiles were loaded).
      el.direction = 'both';
      el.top = 40;
      await waitUntil(() => flows(el).length === 40, 'no 40 flows', { timeout: 8000 });
      for (const code of new Set(flows(el).flatMap((f) => f.dataset.key!.replace('flow:', '').split('>'))))
        expect(area(el, code), `${code} on the map`).to.exist;
    });

    it('shows the national overview with every balance, reachable by keyboard with a readout, and axe-clean', async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" region="NL"></q4-commute-flows>`);
      await waitUntil(() => areas(el).length > 0, 'no map', { timeout: 8000 });
      const { loadNationalCommuting } = await import('@q4/data');
      const national = await loadNationalCommuting();
      // Today's municipalities (the 2025 map): the divided codes of 2014 have flows but no place on it.
      expect(areas(el)).to.have.length(national.areas.length - national.divided.size);
      expect(flows(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      const start = [...areas(el), ...flows(el)].find((p) => p.getAttribute('tabindex') === '0')!;
      const key = (k: string) => (root(el).activeElement ?? start).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      start.focus();
      key('ArrowUp');
      key('Home');
      const first = [...national.areas].sort((a, b) => a.name.localeCompare(b.name, 'nl'))[0];
      expect(root(el).activeElement!.getAttribute('data-area')).to.equal(first.code);
      key('ArrowRight');
      await el.updateComplete;
      expect(root(el).querySelector('.readout')!.textContent).to.equal(root(el).activeElement!.getAttribute('aria-label'));
    });
  });

  it('orders areas for the keyboard as Intl.Collator("nl") would, and ties by code as localeCompare would, without either', async () => {
    // compareNames and compareCodes spare the page its first collator (7-12 ms): the browser's own is the reference,
    // on every municipality name and code of 2012-2024 and every label and key the national map draws.
    const el = await mount(html`<q4-commute-flows style="width: 720px" region="NL"></q4-commute-flows>`);
    await waitUntil(() => areas(el).length > 0, 'no map', { timeout: 8000 });
    const { loadAreaIndex } = await import('@q4/data');
    const index = await loadAreaIndex();
    const names = [...index.municipalities.map((m) => m.name), ...areas(el).map((a) => a.getAttribute('aria-label')!)];
    expect(names.length).to.be.greaterThan(700);
    const collator = new Intl.Collator('nl');
    expect([...names].sort(compareNames)).to.deep.equal([...names].sort(collator.compare));
    // Each kind of code is sorted among its own kind: municipality codes, area keys, flow keys, dates.
    const kinds = [
      index.municipalities.map((m) => m.code),
      areas(el).map((p) => p.dataset.key!),
      flows(el).map((p) => p.dataset.key!),
      index.events.map((e) => e.date),
    ];
    for (const codes of kinds) expect([...codes].sort(compareCodes), codes[0]).to.deep.equal([...codes].sort((a, b) => a.localeCompare(b)));
    // The keyboard walks the areas in that order.
    const start = [...areas(el), ...flows(el)].find((p) => p.getAttribute('tabindex') === '0')!;
    const key = (k: string) => (root(el).activeElement ?? start).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    start.focus();
    key('ArrowUp');
    key('Home');
    const walked = [root(el).activeElement!.getAttribute('aria-label')!];
    for (let i = 0; i < 5; i++) {
      key('ArrowRight');
      walked.push(root(el).activeElement!.getAttribute('aria-label')!);
    }
    expect(walked).to.deep.equal(
      areas(el)
        .map((a) => a.getAttribute('aria-label')!)
        .sort(collator.compare)
        .slice(0, 6),
    );
  });

  describe('bad input', () => {
    it('shows a region from the region attribute, its name as text', async () => {
      const el = document.createElement('q4-commute-flows');
      el.setAttribute('region', 'GM0344,GM0307');
      el.setAttribute('region-name', '<b>Voorbeeld</b>');
      document.body.append(el);
      await oneEvent(el, 'q4-render');
      const title = root(el).querySelector('figcaption, h2, [id$=title]')?.textContent ?? root(el).textContent ?? '';
      expect(title).to.contain('<b>Voorbeeld</b>');
      expect(root(el).querySelector('b')).to.equal(null);
      el.remove();
    });

    it('reports an unknown municipality with the closest names (unknown-area)', async () => {
      const el = document.createElement('q4-commute-flows');
      el.municipality = 'Zeisst';
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('unknown-area');
      expect(event.detail.message).to.contain('Zeist (GM0355)');
      await el.updateComplete;
      expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Onbekende gemeente "Zeisst"');
      el.remove();
    });

    it('rejects a flow with a negative count, naming the row', async () => {
      const el = await mount();
      setTimeout(
        () =>
          (el.data = [
            { from: 'GM0355', to: 'GM0344', jobs: 10 },
            { from: 'GM0344', to: 'GM0355', jobs: -5 },
          ]),
      );
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('invalid-data');
      expect(event.detail.issues![0]).to.deep.include({ row: 1, field: 'jobs', received: '-5' });
      await el.updateComplete;
      expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('rij 2, veld "jobs"');
    });

    it('rejects an unknown direction and a negative top', async () => {
      const el = await mount(html`<q4-commute-flows style="width: 720px" direction="sideways"></q4-commute-flows>`);
      expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Onbekende richting "sideways"');
      el.direction = 'in';
      el.top = -1;
      await el.updateComplete;
      expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('voor top');
    });

    it('never parses names from data as HTML', async () => {
      const el = await mount();
      el.data = [{ from: 'X', to: 'GM0355', jobs: 5, fromName: '<img src=x onerror="window.__pwned=1">' }];
      el.municipality = 'X';
      el.direction = 'out';
      await el.updateComplete;
      await nextFrame();
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
