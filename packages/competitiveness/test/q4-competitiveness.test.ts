import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { Q4Competitiveness } from '../src/q4-competitiveness.js';
import type { Q4ErrorDetail } from '@q4/core';

// Test input only, never shown to users: the bundled data comes from @q4/data.
const rows = [
  { label: 'A', value: 3 },
  { label: 'B', value: null },
  { label: 'C', value: 5 },
];
const bars = (el: Q4Competitiveness) => el.shadowRoot!.querySelectorAll('.q4-bar rect');

describe('<q4-competitiveness>', () => {
  it('draws one bar per present value and none for a missing one', async () => {
    const el = await fixture<Q4Competitiveness>(html`<q4-competitiveness style="width: 600px" .data=${rows}></q4-competitiveness>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'));
    expect(bars(el)).to.have.length(2);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('C is het grootst (5)');
  });

  it('is accessible', async () => {
    const el = await fixture<Q4Competitiveness>(html`<q4-competitiveness style="width: 600px" .data=${rows}></q4-competitiveness>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'));
    await expect(el).to.be.accessible();
  });

  it('switches language', async () => {
    const el = await fixture<Q4Competitiveness>(html`<q4-competitiveness style="width: 600px" lang="en" .data=${rows}></q4-competitiveness>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'));
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('C is the largest (5)');
  });

  it('reports data of the wrong shape', async () => {
    const el = await fixture<Q4Competitiveness>(html`<q4-competitiveness></q4-competitiveness>`);
    setTimeout(() => (el.data = [{ label: 'A', value: 'x' }] as never));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.issues![0]).to.deep.include({ row: 0, field: 'value' });
  });
});
