// The profile page as a reader opens it (dist/profile/index.html, built by npm run build): under a strict CSP,
// axe-clean, printable, with all its data in one CSV.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { tableToCsv } from '@q4/core';
import { figures } from '../src/generated/figures.js';
import { citation, edition, planProfile, printFooterCss, profileCsv, readQuery, resolvePlace, stableLink, type Place } from '../src/profile-model/profile.js';
import { messages } from '../src/profile-model/profile-text.js';
import { ibmFindings } from './ibm-checker.js';
import { loadAreaIndex, suggest } from '@q4/data';

async function open(query = '') {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '900px';
  iframe.src = `/dist/profile/index.html${query ? `?${query}` : ''}`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const doc = () => iframe.contentDocument!;
  await waitUntil(() => doc().querySelector('#bronnen, [role=alert]'), 'the profile did not start', { timeout: 20000 });
  return { iframe, doc, win: () => iframe.contentWindow! as Window & typeof globalThis, done: () => iframe.remove() };
}

const placeOf = async (search: string): Promise<Place> => {
  const resolved = await resolvePlace(readQuery(search));
  if ('error' in resolved) throw new Error(resolved.error);
  return resolved.place;
};

/** Every button of the page and of the widgets' shadow roots. */
const buttons = (doc: Document) => [
  ...doc.querySelectorAll('button'),
  ...[...doc.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('button')] : [])),
];

describe('the profile page (dist/profile/index.html)', () => {
  it('runs under the builder’s strict CSP and is axe-clean, with one h1, landmarks and a skip link', async function () {
    this.timeout(40000);
    const csp = (await fetch('/dist/profile/index.html')).headers.get('content-security-policy')!;
    expect(csp).to.contain("script-src 'self'").and.to.contain("style-src 'self'").and.not.to.contain('unsafe-inline');
    const p = await open('municipality=GM0363');
    const violations: string[] = [];
    p.doc().addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    await waitUntil(() => p.doc().querySelector('q4-key-figures')?.shadowRoot?.querySelector('[part=chart] svg'), 'key figures drawn', { timeout: 15000 });
    expect(p.doc().documentElement.lang).to.equal('nl');
    expect(p.doc().querySelectorAll('h1').length).to.equal(1);
    expect(p.doc().querySelector('main')).to.exist;
    expect(p.doc().querySelector('a.skip')!.getAttribute('href')).to.equal('#main');
    const script = p.doc().createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    p.doc().head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    const axe = (p.win() as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(p.doc().body);
    expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
    p.done();
  });

  it('prints as a report: no buttons, each section on a new page, no chart cut, the page’s address in the footer', async function () {
    this.timeout(40000);
    const p = await open('');
    await waitUntil(() => p.doc().querySelector('q4-key-figures')?.shadowRoot?.querySelector('[part=chart] svg'), 'drawn', { timeout: 15000 });
    expect(buttons(p.doc()).filter((b) => b.getClientRects().length > 0).length, 'buttons on screen').to.be.greaterThan(0);
    // Every widget drawn (they start when they come near, as a reader scrolls), then on paper.
    for (const section of p.doc().querySelectorAll('section.profile-section')) {
      section.scrollIntoView();
      await waitUntil(() => section.querySelector(`q4-${section.id}`)?.shadowRoot?.querySelector('[part=chart] svg'), `${section.id} drawn`, {
        timeout: 15000,
      });
    }
    await executeServerCommand('q4-emulate-media', { media: 'print' });
    try {
      const shown = buttons(p.doc()).filter((b) => b.getClientRects().length > 0);
      expect(shown.map((b) => b.textContent!.trim())).to.deep.equal([]);
      expect(p.doc().querySelector('.profile-search')!.getClientRects().length).to.equal(0);
      for (const section of p.doc().querySelectorAll('section.profile-section')) {
        expect(getComputedStyle(section).breakBefore, section.id).to.equal('page');
        // Every section's widget has a chart on paper, and it is not cut by a page break.
        const chart = section.querySelector(`q4-${section.id}`)?.shadowRoot?.querySelector('.chart');
        expect(chart, section.id).to.exist;
        expect(getComputedStyle(chart!).breakInside, section.id).to.equal('avoid');
      }
      const footer = p.doc().querySelector('.profile-footer a')!;
      expect(footer.getClientRects().length).to.be.greaterThan(0);
      expect(footer.textContent).to.equal(p.win().location.href);
      // And on every sheet: the page's margin box (bottom left) holds the address, the page rule is in force.
      const pageRules = [...p.doc().adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r) => r instanceof p.win().CSSPageRule);
      expect(pageRules.length).to.equal(1);
      expect(pageRules[0].cssText).to.contain('@bottom-left').and.to.contain(`"${messages.nl.pageUrl} ${p.win().location.href}"`);
    } finally {
      await executeServerCommand('q4-emulate-media', { media: '' });
    }
    p.done();
  });

  it('the printed footer’s address is one CSS string, whatever the address holds', () => {
    const address = 'https://example.org/p?a="b"\\c</style>\n<b>d</b>';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${printFooterCss(address, 'en')} .after { color: red }`);
    // One page rule and the rule after it: the address ended neither the string nor the rule.
    expect([...sheet.cssRules].map((r) => r.constructor.name)).to.deep.equal(['CSSPageRule', 'CSSStyleRule']);
    // A margin rule (CSSMarginRule: its name and style; not in TypeScript's DOM types yet).
    type MarginRule = CSSRule & { name: string; style: CSSStyleDeclaration };
    const margin = [...(sheet.cssRules[0] as unknown as { cssRules: CSSRuleList }).cssRules].find(
      (r) => (r as MarginRule).name === 'bottom-left',
    ) as MarginRule;
    expect(margin.style.getPropertyValue('content')).to.equal(
      `"${messages.en.pageUrl} ${address.replace('\n', ' ').replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
    );
    expect(printFooterCss(address, 'en')).not.to.contain('</');
  });

  it('all data of the page in one CSV: each section’s table as its widget’s CSV, after the title and address', async () => {
    const place = await placeOf('?municipality=GM0363');
    const plan = await planProfile(place, 'nl');
    const csv = profileCsv('Titel; met puntkomma', 'https://example.org/p?municipality=GM0363', plan.sections, 'nl');
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('"Titel; met puntkomma"');
    expect(lines[1]).to.equal('https://example.org/p?municipality=GM0363');
    for (const section of plan.sections) {
      const figure = figures.find((f) => f.name === section.name)!;
      const options = { municipality: 'GM0363' };
      const model = figure.prepare(await figure.loadDefault(options), options, 'nl');
      const own = tableToCsv(figure.table(model, 'nl'), figure.describe(model, 'nl').credit, 'nl');
      expect(csv).to.contain(`${section.heading}\r\n${own}`);
    }
  });

  it('the citation names the edition (the newest year of its figures), every source, the stable link and the day', async () => {
    const place = await placeOf('?municipality=GM0363&lang=en');
    const plan = await planProfile(place, 'en');
    // Years in the credits' periods (a table id such as 81402NED holds digits too, but no year of its own).
    const years = plan.sections.flatMap((s) => (s.credit.match(/\b(19|20)\d\d\b/g) ?? []).map(Number));
    expect(years).to.include(2026);
    expect(edition(plan.sections)).to.equal(Math.max(...years));
    const query = readQuery('?municipality=GM0363&lang=en');
    const text = citation(place, plan.sections, query, '2026-12-07');
    expect(text).to.contain(`edition ${Math.max(...years)}`);
    for (const s of plan.sections) expect(text).to.contain(s.credit.replace(/^Source: /, ''));
    expect(text).to.contain(stableLink(query));
    expect(stableLink(query)).to.match(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/@q4\/widgets@\d+\.\d+\.\d+\/dist\/profile\/index\.html\?municipality=GM0363&lang=en$/,
    );
    expect(text).to.contain('7 December 2026');
    expect(messages.en.citation).to.contain('{url}');
  });
});

describe('the static profile page (q4-render profile)', () => {
  /** The static page in an iframe; `scripts: false` opens it as a reader without JavaScript would. */
  async function openStatic(options: Record<string, string>, scripts: boolean) {
    const html = (await executeServerCommand('q4-static-profile', options)) as string;
    const iframe = document.createElement('iframe');
    iframe.style.width = '1000px';
    iframe.style.height = '900px';
    if (!scripts) iframe.setAttribute('sandbox', 'allow-same-origin');
    iframe.srcdoc = html;
    document.body.append(iframe);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    return { iframe, doc: iframe.contentDocument!, done: () => iframe.remove() };
  }

  it('reads without JavaScript: the title, the sentences, and every widget’s chart and words from its declarative shadow root', async function () {
    this.timeout(40000);
    const p = await openStatic({ municipality: 'GM0363' }, false);
    expect(p.doc.querySelector('h1')!.textContent).to.match(/^Amsterdam: het Q4-profiel/);
    expect(p.doc.querySelector('#key-figures .profile-text')!.textContent).to.contain('941.927');
    for (const section of p.doc.querySelectorAll('section.profile-section')) {
      const widget = section.querySelector(`q4-${section.id}`)!;
      // No script ran: the element is not defined in the page; its shadow root came with the HTML.
      expect(p.iframe.contentWindow!.customElements.get(`q4-${section.id}`), section.id).to.equal(undefined);
      expect(widget.shadowRoot, section.id).to.exist;
      expect(widget.shadowRoot!.querySelector('[part=chart] svg'), section.id).to.exist;
      expect(widget.shadowRoot!.querySelector('.title')!.textContent!.length).to.be.greaterThan(20);
    }
    p.done();
  });

  it('the widgets take their fragments over when the script loads, and nothing on the page moves', async function () {
    this.timeout(60000);
    const p = await openStatic({ municipality: 'GM0363' }, true);
    const boxes = () =>
      [...p.doc.querySelectorAll('section.profile-section, #niet-voor-deze-plaats, #voetnoten')].map((s) => {
        const r = s.getBoundingClientRect();
        return `${s.id} ${Math.round(r.top + p.doc.documentElement.scrollTop)} ${Math.round(r.height)}`;
      });
    const before = boxes();
    const win = p.iframe.contentWindow! as Window & typeof globalThis;
    // Taken over: each element defined and its live template rendered (its own update, not the static markup).
    await waitUntil(
      () =>
        [...p.doc.querySelectorAll('section.profile-section')].every((s) => {
          const el = s.querySelector(`q4-${s.id}`) as (HTMLElement & { hasUpdated?: boolean }) | null;
          return win.customElements.get(`q4-${s.id}`) && el?.hasUpdated && el.shadowRoot?.querySelector('[part=chart] svg');
        }),
      'the widgets did not take over',
      { timeout: 40000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(boxes()).to.deep.equal(before);
    p.done();
  });
});

/** axe's violations on a page in an iframe, shadow roots included: axe runs in that page (same origin, under its CSP). */
async function axeFindings(doc: Document): Promise<string[]> {
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  const axe = (doc.defaultView as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
  const { violations } = await axe.run(doc.body);
  return violations.map((v) => `${v.id} (${v.nodes.length})`);
}

/** Brings each section's widget into view in turn and waits until it has drawn. */
async function drawAll(doc: Document): Promise<void> {
  for (const section of doc.querySelectorAll<HTMLElement>('section.profile-section')) {
    const widget = section.querySelector(`q4-${section.id}`)!;
    widget.scrollIntoView();
    await waitUntil(() => widget.shadowRoot?.querySelector('[part=chart] svg, [role=alert]'), `${section.id} drew nothing`, { timeout: 20000 });
  }
}

describe('the profile page is IBM-clean and axe-clean, live and static (the IBM Equal Access checker beside axe)', () => {
  for (const query of ['', 'municipality=GM0363', 'municipality=GM0363&lang=en', 'region=NL', 'municipality=GM0014&compare=GM0363']) {
    it(`live: ${query || 'the report’s region'}`, async function () {
      this.timeout(90000);
      const p = await open(query);
      await drawAll(p.doc());
      expect(p.doc().querySelectorAll('section.profile-section').length).to.be.at.least(2);
      expect(await ibmFindings(p.doc())).to.deep.equal([]);
      expect(await axeFindings(p.doc())).to.deep.equal([]);
      p.done();
    });
  }

  for (const lang of ['nl', 'en']) {
    it(`static, without JavaScript: Amsterdam (${lang})`, async function () {
      this.timeout(60000);
      const html = (await executeServerCommand('q4-static-profile', { municipality: 'GM0363', lang })) as string;
      const iframe = document.createElement('iframe');
      iframe.style.width = '1000px';
      iframe.style.height = '900px';
      // As a reader without JavaScript gets it: the widgets' script taken out (axe still has to run in the page).
      iframe.srcdoc = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
      document.body.append(iframe);
      await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      const doc = iframe.contentDocument!;
      expect(doc.documentElement.lang).to.equal(lang);
      expect(iframe.contentWindow!.customElements.get('q4-key-figures')).to.equal(undefined);
      expect(doc.querySelector('q4-key-figures')!.shadowRoot!.querySelector('[part=chart] svg')).to.exist;
      expect(await ibmFindings(doc)).to.deep.equal([]);
      expect(await axeFindings(doc)).to.deep.equal([]);
      iframe.remove();
    });
  }
});

describe('one place, everywhere on the page: the search box, a linked widget, and Back', () => {
  it('choosing a place in the search box or in a widget changes the whole profile, and the URL follows', async function () {
    this.timeout(90000);
    const p = await open('');
    const doc = p.doc;
    const h1 = () => doc().querySelector('h1')!.textContent!;
    const nameOf = async (code: string) => (await loadAreaIndex()).byCode.get(code)!.name;
    // 1. The search box (the builder's combobox): type, take the first suggestion with Enter.
    const field = doc().querySelector<HTMLInputElement>('#profile-municipality')!;
    field.value = 'Zwol';
    field.dispatchEvent(new Event('input'));
    const list = doc().querySelector<HTMLElement>('#profile-municipality-list')!;
    await waitUntil(() => !list.hidden, 'no suggestions');
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const first = suggest(await loadAreaIndex(), 'Zwol', 8)[0];
    await waitUntil(() => h1().startsWith(first.name), `the profile of ${first.name}`, { timeout: 20000 });
    expect(new URLSearchParams(p.win().location.search).get('municipality')).to.equal(first.code);
    await waitUntil(() => doc().querySelector('#bronnen'), 'the new profile’s sources', { timeout: 20000 });
    // 2. A linked widget: choose a municipality on the commuting map (Enter on one that is not this place).
    const map = doc().querySelector('q4-commute-flows')!;
    map.scrollIntoView();
    await waitUntil(() => map.shadowRoot?.querySelector('.q4-area path[role=button]'), 'the map drawn', { timeout: 20000 });
    const other = [...map.shadowRoot!.querySelectorAll<SVGElement>('.q4-area path[role=button]:not([aria-disabled])')].find(
      (a) => a.dataset.area !== first.code && a.dataset.area!.startsWith('GM'),
    )!;
    const code = other.dataset.area!;
    other.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const name = await nameOf(code);
    await waitUntil(() => h1().startsWith(name), `the profile of ${name}`, { timeout: 20000 });
    expect(new URLSearchParams(p.win().location.search).get('municipality')).to.equal(code);
    await waitUntil(() => doc().querySelector('#bronnen'), 'the new profile’s sources', { timeout: 20000 });
    // Every section's widget is about the new place.
    for (const section of doc().querySelectorAll<HTMLElement>('section.profile-section')) {
      const widget = section.querySelector(`q4-${section.id}`)!;
      expect(
        [...widget.attributes].some((a) => a.value.split(',').includes(code)),
        section.id,
      ).to.equal(true);
    }
    // 3. Back returns to the place before, the page with it.
    p.win().history.back();
    await waitUntil(() => h1().startsWith(first.name), 'Back to the place before', { timeout: 20000 });
    expect(new URLSearchParams(p.win().location.search).get('municipality')).to.equal(first.code);
    p.done();
  });
});

describe('the static site’s index page (q4-render profile --all) is IBM-clean and axe-clean', () => {
  for (const lang of ['nl', 'en']) {
    it(`with and without JavaScript (${lang})`, async function () {
      this.timeout(30000);
      const entries = [
        { code: 'GM0363', name: 'Amsterdam' },
        { code: 'GM0014', name: 'Groningen' },
        { code: 'GM1961', name: 'Vijfheerenlanden' },
      ];
      const html = (await executeServerCommand('q4-profile-index', { entries, lang })) as string;
      const iframe = document.createElement('iframe');
      iframe.style.width = '1000px';
      iframe.style.height = '900px';
      iframe.srcdoc = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
      document.body.append(iframe);
      await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      const doc = iframe.contentDocument!;
      expect(doc.querySelectorAll('#places a').length).to.equal(entries.length);
      expect(await ibmFindings(doc)).to.deep.equal([]);
      expect(await axeFindings(doc)).to.deep.equal([]);
      iframe.remove();
    });
  }
});

describe('the profile page at 320 px (a phone, or 400% zoom of 1280 px)', () => {
  it('needs no sideways scrolling: every section fits the width', async function () {
    this.timeout(40000);
    const iframe = document.createElement('iframe');
    iframe.style.width = '320px';
    iframe.style.height = '900px';
    iframe.src = '/dist/profile/index.html?municipality=GM0363';
    document.body.append(iframe);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const doc = iframe.contentDocument!;
    await waitUntil(() => doc.querySelector('#bronnen'), 'the profile', { timeout: 20000 });
    await waitUntil(() => doc.querySelector('q4-key-figures')?.shadowRoot?.querySelector('[part=chart] svg'), 'drawn', { timeout: 15000 });
    expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(320);
    iframe.remove();
  });
});

describe('the profile page when its second step (profile-heavy, the widgets and Plot) cannot be fetched', () => {
  const chunk = '/dist/profile/data/profile-heavy';
  before(() => executeServerCommand('q4-cache', { enabled: false }));
  after(async () => {
    await fetch(`/__q4/fault?path=${encodeURIComponent(chunk)}&times=0`);
    await executeServerCommand('q4-cache', { enabled: true });
  });

  for (const kind of ['503', 'truncated']) {
    it(`keeps its title, says so with a button to try again, and shows the profile after the retry (${kind})`, async function () {
      this.timeout(60000);
      await fetch(`/__q4/fault?path=${encodeURIComponent(chunk)}&kind=${kind}&times=1`);
      const p = await open('municipality=GM0363');
      const doc = p.doc();
      const alert = doc.querySelector('[role=alert]');
      expect(alert, 'a visible message').to.not.equal(null);
      expect(alert!.textContent).to.equal(messages.nl.failed);
      expect(doc.querySelector('h1')!.textContent, 'the title stays').to.match(/^Amsterdam/);
      expect(doc.querySelector('[role=status]'), 'no loading message left').to.equal(null);
      [...doc.querySelectorAll('button')].find((b) => b.textContent === messages.nl.retry)!.click();
      await waitUntil(() => doc.querySelector('#bronnen'), 'the profile after the retry', { timeout: 30000 });
      expect(doc.querySelector('[role=alert]')).to.equal(null);
      expect(doc.querySelectorAll('main section h2').length, 'sections').to.be.greaterThan(2);
      p.done();
    });
  }
});
