import { expect, waitUntil } from '@open-wc/testing';
import { fill } from '@q4/core';
import { loadNationalPopulation } from '@q4/data';
import { commuteOptions } from '@q4/commute-flows';
import { rciOptions } from '@q4/competitiveness';
import { optionTexts } from '../src/generated/figures.js';
import { messages } from '../builder/builder-text.js';
import { widgetNames } from '../src/generated/names.js';

/** Opens the builder page (dist/builder) in an iframe, as a reader would open the link. */
async function open(query = '') {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1100px';
  iframe.style.height = '900px';
  iframe.src = `/dist/builder/index.html${query ? `?${query}` : ''}`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const doc = () => iframe.contentDocument!;
  await waitUntil(() => doc().querySelector('#widget'), 'the builder did not start', { timeout: 8000 });
  return { iframe, doc, win: () => iframe.contentWindow! as Window & typeof globalThis, done: () => iframe.remove() };
}

/** The form control named by its label's text, as a user finds it. */
function byLabel<T extends HTMLElement>(doc: Document, text: string): T {
  const label = [...doc.querySelectorAll('label')].find((l) => l.textContent!.trim() === text);
  if (!label) throw new Error(`no control labelled "${text}"`);
  return doc.getElementById(label.htmlFor) as T;
}

const drawn = (doc: Document, tag: string) =>
  waitUntil(() => doc.querySelector(tag)?.shadowRoot?.querySelector('[part=chart] svg, [role=alert]'), `${tag} not drawn`, { timeout: 10000 });

describe('the builder page (dist/builder/index.html)', () => {
  it('makes a commuting map of a municipality chosen by typing, with snippets that hold exactly those attributes', async () => {
    const b = await open();
    const widget = byLabel<HTMLSelectElement>(b.doc(), 'Widget');
    expect([...widget.options].map((o) => o.value)).to.deep.equal([...widgetNames]);
    widget.value = 'commute-flows';
    widget.dispatchEvent(new Event('change'));
    const place = byLabel<HTMLInputElement>(b.doc(), 'Gemeente of regio');
    expect(place.getAttribute('role')).to.equal('combobox');
    place.focus();
    place.value = 'Amster';
    place.dispatchEvent(new Event('input'));
    const list = b.doc().getElementById(place.getAttribute('aria-controls')!)!;
    await waitUntil(() => !list.hidden, 'no suggestions', { timeout: 5000 });
    expect(place.getAttribute('aria-expanded')).to.equal('true');
    place.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(place.getAttribute('aria-activedescendant')).to.equal(list.querySelector('[aria-selected=true]')!.id);
    expect(list.querySelector('[aria-selected=true]')!.textContent).to.equal('Amsterdam (GM0363)');
    place.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await drawn(b.doc(), 'q4-commute-flows');
    const map = b.doc().querySelector('q4-commute-flows')!;
    expect(map.getAttribute('municipality')).to.equal('GM0363');
    await waitUntil(() => map.shadowRoot!.querySelector('.title')?.textContent?.includes('Amsterdam'), 'Amsterdam not shown', { timeout: 10000 });
    const script = byLabel<HTMLTextAreaElement>(b.doc(), 'Met een scripttag').value;
    expect(script).to.contain('/dist/cdn/q4-commute-flows.js"></script>');
    expect(script).to.contain('<q4-commute-flows lang="nl" municipality="GM0363"></q4-commute-flows>');
    const iframe = byLabel<HTMLTextAreaElement>(b.doc(), 'Als iframe (waar scripts niet mogen; met hoogte-aanpassing)').value;
    expect(iframe).to.contain('widget=commute-flows&amp;lang=nl&amp;municipality=GM0363');
    expect(iframe).to.contain("d.type === 'q4-resize'");
    // The URL holds the choice: opening it gives the same chart and controls.
    const search = b.win().location.search;
    expect(new URLSearchParams(search).get('municipality')).to.equal('GM0363');
    b.done();
    const again = await open(search.slice(1));
    expect(byLabel<HTMLSelectElement>(again.doc(), 'Widget').value).to.equal('commute-flows');
    await drawn(again.doc(), 'q4-commute-flows');
    expect(again.doc().querySelector('q4-commute-flows')!.getAttribute('municipality')).to.equal('GM0363');
    await waitUntil(() => byLabel<HTMLInputElement>(again.doc(), 'Gemeente of regio').value === 'Amsterdam', 'the place shows its name', { timeout: 5000 });
    again.done();
  });

  it('makes the newsletter PNG (1200 px wide for 600 CSS px) with alt text holding the key number and a link back', async () => {
    const b = await open('widget=key-figures&municipality=GM0014&lang=nl&link=https%3A%2F%2Fexample.org%2Fgroningen');
    await drawn(b.doc(), 'q4-key-figures');
    // Served without inline script or style (web-test-runner.config.mjs sets the policy); drawing the PNG breaks none of it.
    const csp = (await fetch('/dist/builder/index.html')).headers.get('content-security-policy')!;
    expect(csp).to.contain("script-src 'self'").and.to.contain("style-src 'self'").and.not.to.contain('unsafe-inline');
    const violations: string[] = [];
    b.doc().addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const button = [...b.doc().querySelectorAll('button')].find((x) => x.textContent === 'Maak de afbeelding voor de nieuwsbrief')!;
    button.click();
    await waitUntil(() => b.doc().querySelector('.newsletter img'), 'no image', { timeout: 15000 });
    const img = b.doc().querySelector<HTMLImageElement>('.newsletter img')!;
    const bytes = new Uint8Array(await (await fetch(img.src)).arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect([...bytes.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).to.equal('PNG');
    expect(view.getUint32(16)).to.equal(1200); // IHDR width: 600 CSS px at 2x
    // The key number is the element's own: its population card for the last year.
    const el = b.doc().querySelector('q4-key-figures')!;
    const card = el.shadowRoot!.querySelector('.card dd')!.textContent!.trim();
    expect(img.alt).to.contain(card);
    const html = byLabel<HTMLTextAreaElement>(b.doc(), 'HTML voor uw mailprogramma').value;
    expect(html).to.match(/^<a href="https:\/\/example\.org\/groningen"><img src="q4-key-figures-[^"]+\.png" width="600" height="\d+" alt="[^"]+"/);
    expect(html).to.contain((await loadNationalPopulation()).credit.nl);
    expect(violations).to.deep.equal([]);
    b.done();
  });

  it('offers "HTML zonder script": the figure as a fragment that draws with scripts off', async () => {
    const b = await open('widget=scorecard&municipality=GM0355&lang=nl');
    await drawn(b.doc(), 'q4-scorecard');
    const violations: string[] = [];
    b.doc().addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const button = [...b.doc().querySelectorAll('button')].find((x) => x.textContent === 'Maak HTML zonder script')!;
    button.click();
    await waitUntil(() => b.doc().querySelector('#static-snippet'), 'no fragment', { timeout: 15000 });
    const fragment = b.doc().querySelector<HTMLTextAreaElement>('#static-snippet')!.value;
    expect(fragment).to.match(/^<q4-scorecard lang="nl" municipality="GM0355"><template shadowrootmode="open"><style>/);
    expect(fragment).to.not.contain('<script');
    const live = b.doc().querySelector('q4-scorecard')!.shadowRoot!;
    // The fragment on a page with scripts off: the same title and credit as the live preview, the chart and the table.
    const page = document.createElement('iframe');
    page.setAttribute('sandbox', 'allow-same-origin');
    page.style.cssText = 'width: 700px; height: 900px';
    page.srcdoc = `<!doctype html><html lang="nl"><body>${fragment}</body></html>`;
    document.body.append(page);
    await new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    const root = page.contentDocument!.querySelector('q4-scorecard')!.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal(live.querySelector('.title')!.textContent);
    expect(root.querySelector('.credit')!.textContent).to.equal(live.querySelector('.credit')!.textContent);
    expect(root.querySelector('[part=chart] svg')).to.exist;
    expect(root.querySelectorAll('details.static-table tbody tr').length).to.be.greaterThan(0);
    expect(violations).to.deep.equal([]);
    page.remove();
    b.done();
  });

  it('speaks English, keeps a hostile region name as text, and shows an unusable place as the widget’s error', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const b = await open(`widget=sector-bloem&lang=en&region=GM0344,GM0307&region-name=${encodeURIComponent(name)}`);
    expect(byLabel<HTMLInputElement>(b.doc(), 'Name of the region').value).to.equal(name);
    expect(b.doc().documentElement.lang).to.equal('en');
    await drawn(b.doc(), 'q4-sector-bloem');
    expect(b.doc().querySelector('img')).to.equal(null);
    expect(byLabel<HTMLTextAreaElement>(b.doc(), 'With a script tag').value).to.contain('region-name="&lt;img src=x onerror=alert(1)>"');
    b.done();
    const outside = await open('widget=sector-bloem&municipality=GM0014');
    await drawn(outside.doc(), 'q4-sector-bloem');
    expect(outside.doc().querySelector('q4-sector-bloem')!.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(
      'Geen cijfer voor Groningen in 2010',
    );
    outside.done();
  });

  it('offers each widget’s own options from its option table, labelled in words: a choice where it lists values', async () => {
    const b = await open('widget=commute-flows&municipality=GM0344');
    const words = optionTexts['commute-flows'].nl;
    const direction = byLabel<HTMLSelectElement>(b.doc(), words.direction.label);
    expect(direction.tagName).to.equal('SELECT');
    // The empty choice is the default, named; then the other values, each as the table's words name it.
    const { direction: spec } = commuteOptions;
    const others = spec.values.filter((v) => v !== spec.default);
    expect([...direction.options].map((o) => o.value)).to.deep.equal(['', ...others]);
    expect([...direction.options].map((o) => o.textContent)).to.deep.equal([
      fill(messages.nl.defaultIs, { value: words.direction.values![spec.default] }),
      ...others.map((v) => words.direction.values![v]),
    ]);
    expect(b.doc().getElementById(direction.getAttribute('aria-describedby')!)!.textContent).to.equal(words.direction.help);
    expect(byLabel<HTMLInputElement>(b.doc(), words.top.label).type).to.equal('number');
    direction.value = 'in';
    direction.dispatchEvent(new Event('change'));
    await waitUntil(() => b.doc().querySelector('q4-commute-flows')?.getAttribute('direction') === 'in', 'direction not applied');
    expect(byLabel<HTMLTextAreaElement>(b.doc(), 'Met een scripttag').value).to.contain('municipality="GM0344" direction="in"');
    b.done();
    // Competitiveness takes a NUTS region, not a municipality: no place field, its region as its own option.
    const c = await open('widget=competitiveness');
    expect(c.doc().getElementById('place')).to.equal(null);
    const rci = optionTexts.competitiveness.nl;
    expect(byLabel<HTMLInputElement>(c.doc(), rci.region.label).type).to.equal('text');
    const editions = rciOptions.edition.values.map(String);
    expect([...byLabel<HTMLSelectElement>(c.doc(), rci.edition.label).options].map((o) => o.value)).to.deep.equal(['', ...editions]);
    c.done();
  });

  it('offers only the municipalities a widget has figures for, and fits a 320 px screen', async () => {
    const b = await open('widget=scorecard');
    b.iframe.style.width = '320px';
    const place = byLabel<HTMLInputElement>(b.doc(), 'Gemeente of regio');
    place.focus();
    const list = b.doc().getElementById('place-list')!;
    await waitUntil(() => !list.hidden, 'no list on focus', { timeout: 5000 });
    const { scorecard } = await import('@q4/data');
    const five = scorecard.areas
      .filter((a) => a.code.startsWith('GM'))
      .map((a) => a.code)
      .sort();
    expect([...list.querySelectorAll('[role=option]')].map((o) => /\((GM\d{4})\)$/.exec(o.textContent!)![1]).sort()).to.deep.equal(five);
    place.value = 'Amsterdam';
    place.dispatchEvent(new Event('input'));
    await waitUntil(() => list.hidden, 'Amsterdam is not offered for the scorecard', { timeout: 5000 });
    // Nothing wider than the screen at 320 px (WCAG reflow).
    await waitUntil(() => b.doc().querySelector('q4-scorecard')?.shadowRoot?.querySelector('[part=chart] svg'), 'not drawn', { timeout: 10000 });
    expect(b.doc().documentElement.scrollWidth).to.be.at.most(320);
    b.done();
  });

  it('maps onto the NL Design System with the stylesheet, not an attribute, in the snippet and the preview', async () => {
    const b = await open('widget=land-use&theme=nlds');
    expect(byLabel<HTMLSelectElement>(b.doc(), 'Thema').value).to.equal('nlds');
    const script = byLabel<HTMLTextAreaElement>(b.doc(), 'Met een scripttag').value;
    expect(script.split('\n')[0]).to.equal('<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@q4/widgets/dist/cdn/q4-nlds.css" />');
    expect(script).to.contain('<q4-land-use lang="nl"></q4-land-use>');
    expect(b.doc().querySelector<HTMLLinkElement>('link#q4-nlds')!.sheet).to.exist;
    b.done();
  });

  it('says what a link held that it does not know, and shows the widget’s own error for a place it cannot show', async () => {
    const b = await open('widget=pie&municipality=GM0355');
    expect(b.doc().querySelector('.notice')!.textContent).to.contain('widget=pie');
    expect(byLabel<HTMLSelectElement>(b.doc(), 'Widget').value).to.equal('scorecard');
    b.done();
    const c = await open('widget=key-figures&municipality=GM9999&onclick=alert(1)');
    expect(c.doc().querySelector('.notice')!.textContent).to.contain('onclick=alert(1)');
    await drawn(c.doc(), 'q4-key-figures');
    expect(c.doc().querySelector('q4-key-figures')!.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('GM9999');
    c.done();
  });

  it('takes a typed place the widget has no figures for to the preview, as the widget’s own error, and keeps it for another widget', async () => {
    const b = await open('widget=sector-bloem');
    const place = byLabel<HTMLInputElement>(b.doc(), 'Gemeente of regio');
    const preview = () => b.doc().querySelector('#preview')!.firstElementChild!;
    place.focus();
    // Groningen's figures of 2010 cannot be given (part of Slochteren came in 2017): the field offers it not.
    place.value = 'Groningen';
    place.dispatchEvent(new Event('input'));
    place.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => preview().getAttribute('municipality') === 'Groningen', 'Enter on a place without suggestions changed nothing');
    await drawn(b.doc(), 'q4-sector-bloem');
    expect(preview().shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Geen cijfer voor Groningen in 2010');
    expect(byLabel<HTMLTextAreaElement>(b.doc(), 'Met een scripttag').value).to.contain('municipality="Groningen"');
    // Leaving the field takes what it holds, too.
    const again = byLabel<HTMLInputElement>(b.doc(), 'Gemeente of regio');
    again.value = 'Zwolle';
    again.dispatchEvent(new Event('change'));
    await waitUntil(() => preview().getAttribute('municipality') === 'Zwolle', 'leaving the field changed nothing');
    // Another widget that takes a place keeps the chosen one.
    const widget = byLabel<HTMLSelectElement>(b.doc(), 'Widget');
    widget.value = 'key-figures';
    widget.dispatchEvent(new Event('change'));
    await drawn(b.doc(), 'q4-key-figures');
    expect(preview().getAttribute('municipality')).to.equal('Zwolle');
    await waitUntil(() => preview().shadowRoot!.querySelector('.title')?.textContent?.startsWith('Zwolle'), 'the key figures are not Zwolle’s', {
      timeout: 10000,
    });
    expect(byLabel<HTMLInputElement>(b.doc(), 'Gemeente of regio').value).to.equal('Zwolle');
    b.done();
  });

  it('makes the newsletter image on the first click after the link was edited, and says where the image’s address goes', async () => {
    const b = await open('widget=scorecard&municipality=GM0355');
    await drawn(b.doc(), 'q4-scorecard');
    const make = [...b.doc().querySelectorAll('button')].find((x) => x.textContent === 'Maak de afbeelding voor de nieuwsbrief')!;
    const link = b.doc().querySelector<HTMLInputElement>('#link')!;
    link.value = 'https://example.org/zeist';
    link.dispatchEvent(new Event('change'));
    expect(make.isConnected, 'the button under the pointer is still the page’s').to.equal(true);
    make.click();
    await waitUntil(() => b.doc().querySelector('.newsletter img'), 'the first click was lost', { timeout: 15000 });
    const html = byLabel<HTMLTextAreaElement>(b.doc(), 'HTML voor uw mailprogramma');
    expect(html.value).to.contain('<a href="https://example.org/zeist">');
    const file = /<img src="([^"]+)"/.exec(html.value)![1];
    expect(b.doc().getElementById(html.getAttribute('aria-describedby')!)!.textContent).to.contain(`"${file}"`);
    expect(new URLSearchParams(b.win().location.search).get('link')).to.equal('https://example.org/zeist');
    b.done();
  });

  it('downloads the data as the widget’s own CSV: marked as UTF-8, in columns for Dutch Excel', async () => {
    const b = await open('widget=key-figures&municipality=GM0352');
    await drawn(b.doc(), 'q4-key-figures');
    const w = b.win();
    const files: Blob[] = [];
    w.URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:q4-test');
    w.HTMLAnchorElement.prototype.click = () => {};
    const button = [...b.doc().querySelectorAll('button')].find((x) => x.textContent === 'CSV')!;
    button.click();
    await waitUntil(() => files.length === 1, 'no CSV offered');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await files[0].arrayBuffer());
    const widget = b.doc().querySelector('q4-key-figures') as unknown as { exportCsv(): string };
    expect(text).to.equal(`\ufeff${widget.exportCsv()}`);
    expect(text.split('\r\n')[1].split(';')).to.have.length(2);
    b.done();
  });

  it('is axe-clean and every control has a label', async () => {
    const b = await open('widget=scorecard');
    await drawn(b.doc(), 'q4-scorecard');
    const controls = [...b.doc().querySelectorAll('input, select, textarea')];
    for (const c of controls) expect(b.doc().querySelector(`label[for="${c.id}"]`), c.id).to.exist;
    // axe in the page itself (it checks one document; the widgets' shadow roots included).
    const script = b.doc().createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    b.doc().head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    const axe = (b.win() as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const { violations } = await axe.run(b.doc().body);
    expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
    b.done();
  });
});
