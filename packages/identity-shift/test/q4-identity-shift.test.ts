import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { Q4IdentityShift } from '../src/q4-identity-shift.js';
import { identityShift } from '@q4/data';
import { identityChart } from '../src/identity-shift-chart.js';
import { messages } from '../src/messages.js';
import type { Q4ErrorDetail } from '@q4/core';

const root = (el: Q4IdentityShift) => el.shadowRoot!;
const mount = async (markup = html`<q4-identity-shift style="width: 720px"></q4-identity-shift>`) => {
  const el = await fixture<Q4IdentityShift>(markup);
  await waitUntil(() => root(el).querySelector('svg.q4-plot, [role=alert]'));
  return el;
};

describe('<q4-identity-shift>', () => {
  it('draws the 11 pairs of the report, thick left and thin right, with an arrow each', async () => {
    const el = await mount();
    expect(root(el).querySelectorAll('.q4-shift path')).to.have.length(11);
    const thick = [...root(el).querySelectorAll('.q4-thick text')].map((t) => t.textContent);
    const thin = [...root(el).querySelectorAll('.q4-thin text')].map((t) => t.textContent);
    expect(thick).to.deep.equal(identityShift.rows.map((p) => p.thick.nl));
    expect(thin).to.deep.equal(identityShift.rows.map((p) => p.thin.nl));
    expect(thick[0]).to.equal('Wortels in (lokale) geschiedenis');
    expect(thin[9]).to.equal('‘Governance’');
    expect(root(el).querySelector('.title')!.textContent!.trim()).to.equal('Identiteit verschuift van dik naar dun: 11 verschuivingen');
    expect(root(el).querySelector('.credit')!.textContent).to.equal('Bron: Stichting Q4, Regio Heuvelrug Kromme RijnStreek (2015)');
  });

  it('arrows go from the thick to the thin column', async () => {
    const el = await mount();
    const arrow = root(el).querySelector<SVGPathElement>('.q4-shift path')!.getBoundingClientRect();
    const thick = root(el).querySelector<SVGTextElement>('.q4-thick text')!.getBoundingClientRect();
    const thin = root(el).querySelector<SVGTextElement>('.q4-thin text')!.getBoundingClientRect();
    expect(thick.right).to.be.at.most(arrow.left + 1);
    expect(thin.left).to.be.at.least(arrow.right - 1);
    expect(Math.abs((thick.top + thick.bottom) / 2 - (arrow.top + arrow.bottom) / 2)).to.be.below(6);
  });

  it('is a list for screen readers (a read-only listbox once the keyboard can step through it), passes axe, and steps with the keyboard', async () => {
    const el = await mount();
    const list = root(el).querySelector('.q4-shift')!;
    expect(list.getAttribute('role')).to.equal('listbox');
    // Named by the figure's visible title once it is a listbox; the static chart's list keeps its own name.
    expect(list.getAttribute('aria-labelledby')).to.equal('title');
    expect(identityChart(identityShift.rows, { width: 720, lang: 'nl' }).querySelector('.q4-shift')!.getAttribute('aria-label')).to.equal(
      messages.nl.listLabel,
    );
    const items = [...list.querySelectorAll('[role=option]')];
    expect(items).to.have.length(11);
    expect(items[0].getAttribute('aria-label')).to.equal('van Wortels in (lokale) geschiedenis naar Inspelend op actualiteit');
    await expect(el).to.be.accessible();
    (items[0] as SVGPathElement).focus();
    items[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(root(el).activeElement).to.equal(items[1]);
  });

  it('speaks English with a faithful translation', async () => {
    const el = await mount(html`<q4-identity-shift style="width: 720px" lang="en"></q4-identity-shift>`);
    const thin = [...root(el).querySelectorAll('.q4-thin text')].map((t) => t.textContent);
    expect(thin[0]).to.equal('Responsive to current events');
    expect(root(el).querySelector('.q4-shift path')!.getAttribute('aria-label')).to.equal('from Roots in (local) history to Responsive to current events');
    expect(root(el).querySelector('.caption')!.textContent).to.contain('Translated from the Dutch');
  });

  it('shows the pairs as a table', async () => {
    const el = await mount();
    root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const rows = root(el).querySelectorAll('tbody tr');
    expect(rows).to.have.length(11);
    expect([...rows[10].querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['Sociale rechtvaardigheid', 'Economische doelmatigheid']);
  });

  it('takes your own pairs and rejects bad ones by row and field', async () => {
    const el = await mount();
    el.data = [{ thick: 'Dorp', thin: { nl: 'Netwerk', en: 'Network' } }];
    await el.updateComplete;
    expect(root(el).querySelectorAll('.q4-shift path')).to.have.length(1);
    setTimeout(() => (el.data = [{ thick: 'a', thin: '' }]));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.issues![0]).to.deep.include({ row: 0, field: 'thin' });
  });

  it('wraps long texts within the narrow column (pure chart)', () => {
    const svg = identityChart(identityShift.rows, { width: 320, lang: 'nl', document: document.implementation.createHTMLDocument('') });
    expect(svg.getAttribute('width')).to.equal('320');
    expect(svg.querySelectorAll('.q4-thick text tspan').length).to.be.greaterThan(11); // some lines wrapped
  });
});
