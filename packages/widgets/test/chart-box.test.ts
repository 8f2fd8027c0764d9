// Each figure gives its chart's size before it draws (`chartSize`, issue 36). On a page of several widgets a widget
// shows its words first, around an empty box of that size, and draws its chart into it in a later task: the chart
// moves nothing. Here a page of all seven, eager, one under another, through the autoloader (as the bench's page of
// seven), on a phone and on a desktop: every widget's height while it waits for its chart is its height with it.
import { expect, waitUntil } from '@open-wc/testing';
import { widgetNames } from '../src/generated/names.js';

interface Seen {
  tag: string;
  pending: boolean;
  chart: boolean;
  height: number;
}

/** The page of seven in a frame of `width`; every change in a widget's shadow root is recorded with its height. */
async function pageOfSeven(width: number): Promise<{ seen: Seen[]; doc: Document; remove: () => void }> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 900px`;
  iframe.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>seven</title><script>
    window.q4Seen = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      const host = this;
      new MutationObserver(() =>
        q4Seen.push({
          tag: host.localName,
          pending: !!root.querySelector('.pending-chart'),
          chart: !!root.querySelector('svg.q4-plot'),
          height: host.getBoundingClientRect().height,
        }),
      ).observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      return root;
    };
  </script><script type="module" src="${location.origin}/dist/cdn/q4-widgets.js"></script></head>
    <body style="margin: 0">${widgetNames.map((w) => `<q4-${w} loading="eager"></q4-${w}>`).join('')}</body></html>`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const doc = iframe.contentDocument!;
  const all = [...doc.body.children];
  await waitUntil(() => all.every((el) => el.shadowRoot?.querySelector('svg.q4-plot')), 'not all seven drawn', { timeout: 30000 });
  // A frame more, for the last records.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { seen: (iframe.contentWindow as Window & { q4Seen: Seen[] }).q4Seen, doc, remove: () => iframe.remove() };
}

describe('the chart box: a figure holds its chart size before it draws', () => {
  for (const width of [360, 800]) {
    it(`at ${width} px, every widget of a page of seven holds, while its chart is on its way, the height it has with it`, async function () {
      this.timeout(60000);
      const { seen, doc, remove } = await pageOfSeven(width);
      let waited = 0;
      for (const name of widgetNames) {
        const tag = `q4-${name}`;
        const own = seen.filter((s) => s.tag === tag);
        const drawn = own.find((s) => s.chart);
        expect(drawn, `${tag} drawn`).to.not.equal(undefined);
        const pending = own.filter((s) => s.pending);
        if (pending.length) waited++;
        for (const p of pending) expect(p.height, `${tag}: its height before the chart`).to.equal(drawn!.height);
        // The box is gone once the chart is in.
        expect(doc.querySelector(tag)!.shadowRoot!.querySelector('.pending-chart'), tag).to.equal(null);
      }
      // Through the autoloader the widgets draw in steps: most of them show their words before their chart.
      expect(waited, 'widgets that showed their words before their chart').to.be.greaterThan(3);
      remove();
    });
  }
});
