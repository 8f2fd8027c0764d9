// A crowded page (issue 19): a municipal dashboard with seven of each widget (49) through the autoloader draws
// them all, with no error, and still answers the keyboard. How fast and how much memory: `npm run bench`.
import { expect, waitUntil } from '@open-wc/testing';
import { widgetNames } from '../src/generated/names.js';

const widgets = widgetNames;

describe('a crowded page of 49 widgets', () => {
  it('draws all 49, without an error, and a scorecard among them still answers the keyboard', async function () {
    this.timeout(60000);
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 820px; height: 900px';
    iframe.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>crowded</title><script>
      window.q4Problems = [];
      addEventListener('error', (e) => q4Problems.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => q4Problems.push(String(e.reason)));
      addEventListener('q4-error', (e) => q4Problems.push(e.detail.code));
    </script><script type="module" src="${location.origin}/dist/cdn/q4-widgets.js"></script></head>
      <body style="width: 800px">${widgets
        .map((w) => `<q4-${w} loading="eager"></q4-${w}>`)
        .join('')
        .repeat(7)}</body></html>`;
    document.body.append(iframe);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const doc = iframe.contentDocument!;
    const win = iframe.contentWindow as Window & { q4Problems: string[] };
    const all = [...doc.body.children];
    expect(all).to.have.length(49);
    await waitUntil(() => all.every((el) => el.shadowRoot?.querySelector('[part=chart] svg')), 'not all 49 drawn', { timeout: 45000 });
    const card = doc.querySelectorAll('q4-scorecard')[3];
    const cell = card.shadowRoot!.querySelector<SVGElement>('rect[data-key="GM0312|woning"]')!;
    cell.focus();
    const chosen = new Promise<{ code: string }>((ok) => card.addEventListener('q4-select', (e) => ok((e as CustomEvent).detail), { once: true }));
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await chosen).code).to.equal('GM0312');
    expect(win.q4Problems).to.deep.equal([]);
    iframe.remove();
  });
});
