// Each option is declared once, in its figure's option table, and `declareOptions` makes the element's properties from
// it. This checks what the element really has at run time against the table: attribute, type, reflection, default.
import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { optionName } from '@q4/core';
import '../src/index.js';
import { figures } from '../src/generated/figures.js';

describe('the element’s properties are its option table', () => {
  for (const figure of figures) {
    const tag = `q4-${figure.name}`;
    it(`<${tag}>: one property per option, with the table’s attribute, type, reflection and default`, async () => {
      const element = customElements.get(tag) as unknown as typeof ReactiveElement;
      const made = document.createElement(tag) as unknown as Record<string, unknown>;
      for (const [attribute, spec] of Object.entries(figure.attributes)) {
        const declared = element.elementProperties.get(optionName(attribute));
        expect(declared, `${tag} ${attribute}`).to.exist;
        expect(declared!.attribute).to.equal(attribute);
        expect(declared!.type).to.equal(spec.kind === 'integer' ? Number : spec.kind === 'boolean' ? Boolean : undefined);
        expect(!!declared!.reflect, `${tag} ${attribute} reflects`).to.equal(spec.reflect ?? true);
        expect(made[optionName(attribute)], `${tag} ${attribute} default`).to.equal(spec.default);
      }
    });
  }

  it('an attribute sets its property, a property set before the element is defined survives, and reflection follows the table', async () => {
    const flows = await fixture<HTMLElement & { top: number; direction: string }>(html`<q4-commute-flows top="7" hide-actions></q4-commute-flows>`);
    expect(flows.top).to.equal(7);
    flows.direction = 'in';
    flows.top = 9;
    await (flows as unknown as ReactiveElement).updateComplete;
    expect(flows.getAttribute('direction')).to.equal('in');
    expect(flows.getAttribute('top'), 'top is not reflected (reflect: false)').to.equal('7');

    const early = document.createElement('q4-later-scorecard') as HTMLElement & { group?: string };
    early.group = 'cohesie';
    document.body.append(early);
    const { Q4Scorecard } = await import('@q4/scorecard');
    customElements.define('q4-later-scorecard', class extends Q4Scorecard {});
    await (early as unknown as ReactiveElement).updateComplete;
    expect(early.group).to.equal('cohesie');
    expect(early.getAttribute('group')).to.equal('cohesie');
    early.remove();
  });
});
