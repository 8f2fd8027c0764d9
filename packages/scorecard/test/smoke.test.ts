import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { Q4Scorecard } from '../src/q4-scorecard.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<Q4Scorecard>(html`<q4-scorecard style="width: 640px"></q4-scorecard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('svg'), 'no svg');
    console.log(el.shadowRoot!.querySelectorAll('.q4-cell rect').length);
    console.log(el.shadowRoot!.querySelector('.title')!.textContent);
    console.log(el.shadowRoot!.querySelector('.summary')!.textContent);
  });
});
