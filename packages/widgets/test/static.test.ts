// Static HTML (q4-render --format html): a page made of the fragment shows the chart, its title, credit and table
// with JavaScript off; the widget's script then takes it over without moving the chart, and it works as usual.
// This file imports no widget: the fragment stands on its own until a test adds the script.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { widgetNames } from '../src/generated/names.js';

interface Static {
  html: string;
  title: string;
  credit: string;
  alt: string;
}
const fragment = (widget: string, options: Record<string, unknown> = {}) =>
  executeServerCommand<Static, { widget: string; options: Record<string, unknown> }>('q4-static', { widget, options });

/** A page of its own in an iframe; `scripts: false` is a sandbox without scripts (JavaScript off). */
async function frame(body: string, scripts: boolean): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 760px; height: 1400px; border: 0';
  iframe.setAttribute('sandbox', scripts ? 'allow-same-origin allow-scripts' : 'allow-same-origin');
  iframe.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>static</title></head><body style="margin: 0; font-family: sans-serif">${body}</body></html>`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe;
}
const boxOf = (el: Element) => {
  const r = el.shadowRoot!.querySelector('[part=chart] svg')!.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};

describe('static HTML fragment (q4-render --format html)', () => {
  for (const widget of widgetNames) {
    it(`${widget}: with JavaScript off, the page shows the chart, its title, credit and table`, async () => {
      const made = await fragment(widget, { width: 700 });
      const iframe = await frame(`<div style="width: 700px">${made.html}</div>`, false);
      try {
        const host = iframe.contentDocument!.querySelector(`q4-${widget}`)!;
        const root = host.shadowRoot!;
        expect(root, 'the declarative shadow root is attached by the parser').to.exist;
        expect(customElements.get(`q4-${widget}`)).to.equal(undefined);
        const svg = root.querySelector('[part=chart] svg')!;
        expect(svg.getBoundingClientRect().width).to.be.within(200, 701); // at most the chosen width (the flower is narrower)
        expect(svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent ?? '').to.not.equal('');
        expect(root.querySelector('.title')!.textContent!.trim()).to.equal(made.title);
        expect(root.querySelector('.credit')!.textContent!.trim()).to.equal(made.credit);
        const details = root.querySelector('details.static-table') as HTMLDetailsElement;
        expect(details.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
        // The table opens without script.
        details.querySelector('summary')!.click();
        expect(details.open).to.equal(true);
        for (const control of root.querySelectorAll('button, select'))
          expect((control as HTMLButtonElement).disabled, `${control.localName} needs script: disabled`).to.equal(true);
      } finally {
        iframe.remove();
      }
    });
  }

  it('is axe-clean without the widget defined (the fragment on its own)', async () => {
    for (const widget of widgetNames) {
      const made = await fragment(widget, { width: 700 });
      const box = document.createElement('div');
      box.style.width = '700px';
      box.setHTMLUnsafe(made.html);
      document.body.append(box);
      try {
        expect(box.firstElementChild!.shadowRoot).to.exist;
        await expect(box).to.be.accessible();
      } finally {
        box.remove();
      }
    }
  });

  it('keeps hostile strings of own data as text', async () => {
    const hostile = '<img src=x onerror="window.parent.q4Hacked=1">';
    const made = await fragment('scorecard', {
      width: 700,
      data: {
        credit: `Bron: ${hostile} (fictief)`,
        rows: [
          { area: 'GM0355', areaName: hostile, indicator: 'woning', value: 80.1 },
          { area: 'PV26', indicator: 'woning', value: 88 },
        ],
      },
      municipality: 'GM0355',
    });
    const iframe = await frame(made.html, true);
    try {
      const root = iframe.contentDocument!.querySelector('q4-scorecard')!.shadowRoot!;
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('.credit')!.textContent).to.contain(hostile);
      expect((window as unknown as { q4Hacked?: number }).q4Hacked).to.equal(undefined);
    } finally {
      iframe.remove();
    }
  });

  it("the fragment stays on screen when the widget's code cannot load, and the page gets q4-error", async function () {
    this.timeout(20000);
    const made = await fragment('scorecard', { width: 700 });
    await fetch('/__q4/fault?path=/dist/cdn/lazy/scorecard.js&kind=503&times=1000');
    const iframe = await frame(
      `<script>window.q4Codes = []; addEventListener('q4-error', (e) => q4Codes.push(e.detail.code));</script><script type="module" src="${location.origin}/dist/cdn/q4-widgets.js?static-fault"></script><div style="width: 700px">${made.html}</div>`,
      true,
    );
    try {
      const win = iframe.contentWindow as Window & { q4Codes: string[] };
      await waitUntil(() => win.q4Codes.length > 0, 'no q4-error', { timeout: 10000 });
      expect(win.q4Codes).to.deep.equal(['network']);
      const root = iframe.contentDocument!.querySelector('q4-scorecard')!.shadowRoot!;
      expect(root.querySelector('[part=chart] svg'), 'the static chart is still there').to.exist;
      expect(root.querySelector('.title')!.textContent!.trim()).to.equal(made.title);
    } finally {
      await fetch('/__q4/fault?path=/dist/cdn/lazy/scorecard.js&kind=503&times=0');
      iframe.remove();
    }
  });

  it('the script takes the fragment over without moving the chart; then keyboard, readout, resize and q4-select work', async function () {
    this.timeout(30000);
    const made = await fragment('scorecard', { width: 700 });
    const iframe = await frame(`<div id="box" style="width: 700px">${made.html}</div>`, true);
    try {
      const doc = iframe.contentDocument!;
      const win = iframe.contentWindow! as Window & typeof globalThis;
      const host = doc.querySelector('q4-scorecard')!;
      const before = boxOf(host);
      const shifts: number[] = [];
      new win.PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = `${location.origin}/dist/cdn/q4-scorecard.js`;
      doc.head.append(script);
      await waitUntil(() => host.shadowRoot!.querySelector('.actions button.table-toggle'), 'not taken over', { timeout: 10000 });
      expect(host.shadowRoot!.querySelector('details.static-table'), 'the static table is replaced').to.equal(null);
      expect(host.shadowRoot!.querySelectorAll('[part=chart] svg')).to.have.length(1);
      const after = boxOf(host);
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(after[key], key).to.be.closeTo(before[key], 0.5);
      await new Promise((r) => setTimeout(r, 100));
      expect(
        shifts.reduce((a, b) => a + b, 0),
        'cumulative layout shift',
      ).to.be.below(0.001);
      expect(host.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(made.title);

      // Keyboard and q4-select on the element that took over.
      const cell = host.shadowRoot!.querySelector<SVGElement>('rect[data-key="GM0312|woning"]')!;
      cell.focus();
      await waitUntil(() => host.shadowRoot!.querySelector('.readout')!.textContent !== '', 'readout on focus');
      const chosen = new Promise<{ code: string }>((ok) => host.addEventListener('q4-select', (e) => ok((e as CustomEvent).detail), { once: true }));
      cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      expect((await chosen).code).to.equal('GM0312');
      // Downloads work on it.
      expect((host as unknown as { exportCsv(): string | null }).exportCsv()).to.contain(made.credit);
      // It resizes like any widget.
      doc.getElementById('box')!.style.width = '420px';
      await waitUntil(() => Math.abs(boxOf(host).width - 420) < 1, 'redrawn at 420 px', { timeout: 5000 });
    } finally {
      iframe.remove();
    }
  });
});
