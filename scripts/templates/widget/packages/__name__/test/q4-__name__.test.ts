import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { renderFigure } from '@q4/core';
import '../src/define.js';
import type { Q4__Pascal__ } from '../src/q4-__name__.js';
import { __camel__Figure, default__Pascal__ } from '../src/index.js';

// Test input only, never shown to users.
const rows = [
  { label: 'A', value: 5 },
  { label: 'B', value: null },
  { label: 'C', value: 5 },
];
const bars = (el: Q4__Pascal__) => el.shadowRoot!.querySelectorAll('.q4-bar rect');

describe('<q4-__name__>', () => {
  it('draws one bar per present value and none for a missing one', async () => {
    const el = await fixture<Q4__Pascal__>(html`<q4-__name__ style="width: 600px" .data=${rows}></q4-__name__>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'));
    expect(bars(el)).to.have.length(2);
  });

  it('names every tie in its title', () => {
    const figure = renderFigure(__camel__Figure, { rows, credit: null }, {}, { width: 600, lang: 'nl' });
    expect(figure.title).to.equal('A en C zijn het grootst (5)');
  });

  it('draws the bundled figures with their credit', () => {
    const figure = renderFigure(__camel__Figure, default__Pascal__, {}, { width: 600, lang: 'en' });
    const max = Math.max(...default__Pascal__.rows.map((r) => r.value ?? -Infinity));
    expect(figure.title).to.contain(new Intl.NumberFormat('en-GB').format(max));
    expect(figure.credit).to.match(/^Source: CBS \(\w+\), 1 January \d{4}$/);
  });
});
