import { expect, waitUntil } from '@open-wc/testing';
import { widgetNames } from '../src/generated/names.js';

interface EmbedMessage {
  source: string;
  id: string;
  type: string;
  height?: number;
  detail?: { code?: string; message?: string };
}

/** Opens the iframe embed with a query string; collects the messages it posts to this page. */
async function embed(query: string) {
  const messages: EmbedMessage[] = [];
  const iframe = document.createElement('iframe');
  iframe.style.width = '700px';
  iframe.style.height = '300px';
  const listener = (e: MessageEvent) => e.source === iframe.contentWindow && messages.push(e.data);
  window.addEventListener('message', listener);
  iframe.src = `/dist/embed/index.html?${query}`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return { iframe, messages, doc: () => iframe.contentDocument!, done: () => (window.removeEventListener('message', listener), iframe.remove()) };
}

describe('iframe embed (dist/embed/index.html)', () => {
  it('shows the widget with every attribute from the query string and reports its height', async () => {
    const e = await embed('widget=scorecard&municipality=GM0355&lang=en&embed-id=zeist');
    const el = e.doc().querySelector('q4-scorecard')!;
    await waitUntil(() => el.shadowRoot?.querySelector('svg'), 'not drawn', { timeout: 8000 });
    expect(el.getAttribute('municipality')).to.equal('GM0355');
    expect(e.doc().documentElement.lang).to.equal('en');
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('Zeist scores better');
    await waitUntil(() => e.messages.some((m) => m.type === 'q4-resize' && m.height! > 300), 'no height message', { timeout: 5000 });
    const resize = e.messages.filter((m) => m.type === 'q4-resize').at(-1)!;
    expect(resize).to.include({ source: 'q4-embed', id: 'zeist' });
    expect(resize.height).to.be.closeTo(e.doc().documentElement.getBoundingClientRect().height, 2);
    expect(e.messages.some((m) => m.type === 'q4-render')).to.equal(true);
    e.done();
  });

  it('passes on q4-select to the host page', async () => {
    const e = await embed('widget=scorecard');
    const el = e.doc().querySelector('q4-scorecard')!;
    await waitUntil(() => el.shadowRoot?.querySelector('svg'), 'not drawn', { timeout: 8000 });
    el.shadowRoot!.querySelector('rect[data-area="GM0312"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => e.messages.some((m) => m.type === 'q4-select'));
    expect(e.messages.find((m) => m.type === 'q4-select')!.detail).to.deep.equal({ code: 'GM0312', name: 'Bunnik' });
    e.done();
  });

  it('links two iframes with the few lines of host script the README gives', async () => {
    const card = await embed('widget=scorecard');
    const figures = await embed('widget=key-figures');
    // The README's host script: pass a choice in one iframe on to the others.
    const host = (e: MessageEvent) => {
      const d = e.data;
      if (!d || d.source !== 'q4-embed' || d.type !== 'q4-select') return;
      for (const f of document.querySelectorAll('iframe')) {
        if (f.contentWindow !== e.source) f.contentWindow!.postMessage({ source: 'q4-host', type: 'q4-follow', code: d.detail.code, name: d.detail.name }, '*');
      }
    };
    window.addEventListener('message', host);
    try {
      const el = card.doc().querySelector('q4-scorecard')!;
      const other = figures.doc().querySelector('q4-key-figures')! as HTMLElement & { municipality: string };
      await waitUntil(() => el.shadowRoot?.querySelector('svg') && other.shadowRoot?.querySelector('svg'), 'not drawn', { timeout: 8000 });
      el.shadowRoot!.querySelector('rect[data-area="GM0312"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(
        () => other.municipality === 'GM0312' && other.shadowRoot!.querySelector('.link-notice')!.textContent !== '',
        'the other iframe follows',
        { timeout: 8000 },
      );
      expect(other.shadowRoot!.querySelector('.link-notice')!.getAttribute('role')).to.equal('status');
      // The name the chosen cell's q4-select carried, as the other iframe's live region says it.
      const chosen = card.messages.find((m) => m.type === 'q4-select')!.detail as { code: string; name: string };
      expect(chosen.code).to.equal('GM0312');
      expect(other.shadowRoot!.querySelector('.link-notice')!.textContent).to.contain(chosen.name);
      // A message from anyone but the parent page is ignored.
      const stranger = document.createElement('iframe');
      document.body.append(stranger);
      (stranger.contentWindow as unknown as { target: Window }).target = figures.iframe.contentWindow!;
      (stranger.contentWindow as unknown as { eval(code: string): void }).eval(
        `target.postMessage({ source: 'q4-host', type: 'q4-follow', code: 'GM0355', name: 'Zeist' }, '*')`,
      );
      await new Promise((r) => setTimeout(r, 100));
      expect(other.municipality).to.equal('GM0312');
      stranger.remove();
    } finally {
      window.removeEventListener('message', host);
      card.done();
      figures.done();
    }
  });

  it('refuses an unknown widget or setting with a visible message, parsing nothing as HTML', async () => {
    const bad = await embed('widget=%3Cimg%20src=x%3E');
    const alert = bad.doc().querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Onbekende widget "<img src=x>"');
    expect(bad.doc().querySelector('img')).to.equal(null);
    await waitUntil(() => bad.messages.some((m) => m.type === 'q4-error'), 'no q4-error message');
    expect(bad.messages.find((m) => m.type === 'q4-error')!.detail!.code).to.equal('invalid-option');
    bad.done();
    const setting = await embed('widget=commute-flows&onclick=alert(1)');
    expect(setting.doc().querySelector('[role=alert]')!.textContent).to.contain('Onbekende instelling "onclick" voor q4-commute-flows');
    expect(setting.doc().querySelector('q4-commute-flows')).to.equal(null);
    setting.done();
  });

  it('shows each widget', async () => {
    for (const name of widgetNames.filter((n) => n !== 'scorecard')) {
      const e = await embed(`widget=${name}`);
      const el = e.doc().querySelector(`q4-${name}`)!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part=chart] svg'), `${name} not drawn`, { timeout: 8000 });
      e.done();
    }
  });

  it('takes any municipality or a named region from the query string, the name as text, and an unknown place as an error', async () => {
    const name = '<b>Voorbeeldregio</b> (fictief)';
    const region = await embed(`widget=commute-flows&region=GM0344,GM0307&region-name=${encodeURIComponent(name)}`);
    const map = region.doc().querySelector('q4-commute-flows')!;
    await waitUntil(() => map.shadowRoot?.querySelector('[part=chart] svg'), 'region not drawn', { timeout: 10000 });
    expect(map.getAttribute('region-name')).to.equal(name);
    expect(map.shadowRoot!.querySelector('.title')!.textContent).to.contain(name);
    expect(map.shadowRoot!.querySelector('b')).to.equal(null);
    region.done();
    const sectors = await embed('widget=sector-bloem&municipality=Amersfoort&lang=en');
    const flower = sectors.doc().querySelector('q4-sector-bloem')!;
    await waitUntil(() => flower.shadowRoot?.querySelector('[part=chart] svg'), 'Amersfoort not drawn', { timeout: 10000 });
    expect(flower.shadowRoot!.querySelector('.title')!.textContent).to.match(/\bin Amersfoort\b/i);
    sectors.done();
    const typo = await embed('widget=key-figures&municipality=Amsterdm');
    await waitUntil(() => typo.messages.some((m) => m.type === 'q4-error'), 'no q4-error message', { timeout: 10000 });
    expect(typo.messages.find((m) => m.type === 'q4-error')!.detail!.code).to.equal('unknown-area');
    const alert = typo.doc().querySelector('q4-key-figures')!.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Amsterdam (GM0363)');
    typo.done();
  });
});
