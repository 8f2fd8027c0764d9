import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';

/** Loads a stylesheet of the repository into this page. */
async function style(path: string) {
  const el = document.createElement('style');
  el.textContent = await (await fetch(path)).text();
  document.head.append(el);
  return el;
}

describe('q4-nlds.css (NL Design System theme mapping)', () => {
  it('gives the widgets the colours and font of the theme they stand in, and the defaults outside it', async () => {
    const sheets = [await style('/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'), await style('/packages/widgets/q4-nlds.css')];
    try {
      const wrapper = await fixture(html`<div>
        <div class="voorbeeld-theme"><q4-scorecard style="width: 700px"></q4-scorecard></div>
        <q4-scorecard style="width: 700px"></q4-scorecard>
      </div>`);
      const [themed, plain] = [...wrapper.querySelectorAll('q4-scorecard')];
      await waitUntil(() => themed.shadowRoot?.querySelector('svg') && plain.shadowRoot?.querySelector('svg'));
      const fill = (el: Element) => el.shadowRoot!.querySelector('rect[data-comparison="better"]')!.getAttribute('fill');
      expect(fill(themed)).to.equal('#ddf7e4'); // --basis-color-positive-bg-default of the example theme
      expect(fill(plain)).to.equal('#c6dbef'); // the widget's own default
      expect(getComputedStyle(themed).color).to.equal('rgb(0, 26, 64)'); // --basis-color-default-color-document
      expect(getComputedStyle(themed).fontFamily).to.contain('Noto Sans');
      await expect(themed).to.be.accessible();
    } finally {
      sheets.forEach((s) => s.remove());
    }
  });
});
