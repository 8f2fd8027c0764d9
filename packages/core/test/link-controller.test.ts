import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { coreMessages, fill } from '../src/i18n.js';
import { LinkController } from '../src/link-controller.js';
import type { OptionTable } from '../src/types.js';

/** A host with the place options of a widget; `known` are the codes it can show. */
class Host extends LitElement {
  static override properties = { link: {}, municipality: {}, region: {} };
  declare link: string;
  declare municipality: string;
  declare region: string;
  options: OptionTable = { municipality: { kind: 'area', default: '', place: 'municipality' }, region: { kind: 'area-list', default: '', place: 'region' } };
  known = new Set(['GM0355', 'GM0310']);
  readonly locale = 'nl' as const;
  readonly links = new LinkController(this, () => this.options);
  constructor() {
    super();
    this.link = '';
    this.municipality = 'GM0355';
    this.region = '';
  }
  protected override willUpdate(): void {
    if (this.known.has(this.municipality)) this.links.shown(this.locale);
    else if (this.links.refused('niet in de data.', this.locale)) this.willUpdate();
  }
  protected override render() {
    return this.links.render(html`<p>${this.municipality}</p>`);
  }
}
customElements.define('q4-test-link-host', Host);

const notice = (host: Host) => host.shadowRoot!.querySelector('[part="link-notice"]')?.textContent ?? null;
const t = coreMessages.nl;

describe('LinkController', () => {
  it('follows a place announced on its channel, says so in its live region, and ignores other channels', async () => {
    const a = await fixture<Host>(testHtml`<q4-test-link-host link="p"></q4-test-link-host>`);
    const b = await fixture<Host>(testHtml`<q4-test-link-host link="p"></q4-test-link-host>`);
    const c = await fixture<Host>(testHtml`<q4-test-link-host link="q"></q4-test-link-host>`);
    a.links.announce({ code: 'GM0310', name: 'De Bilt' });
    await b.updateComplete;
    expect(b.municipality).to.equal('GM0310');
    expect(notice(b)).to.equal(fill(t.linkFollowed, { name: 'De Bilt' }));
    expect(b.shadowRoot!.querySelector('[part="link-notice"]')!.getAttribute('role')).to.equal('status');
    expect(a.municipality, 'the announcer keeps its own').to.equal('GM0355');
    expect(c.municipality, 'another channel').to.equal('GM0355');
  });

  it('goes back to what it showed, and says why, when it cannot show the place', async () => {
    const host = await fixture<Host>(testHtml`<q4-test-link-host link="p"></q4-test-link-host>`);
    host.links.follow({ code: 'GM0363', name: 'Amsterdam' });
    await host.updateComplete;
    expect(host.municipality).to.equal('GM0355');
    expect(notice(host)).to.equal(fill(t.linkCannot, { name: 'Amsterdam', reason: 'niet in de data.' }));
  });

  it('says it cannot follow when its widget names no place', async () => {
    const host = await fixture<Host>(testHtml`<q4-test-link-host></q4-test-link-host>`);
    expect(notice(host), 'no live region for an unlinked widget that said nothing').to.equal(null);
    host.options = { year: { kind: 'integer', default: 0 } };
    host.links.follow({ code: 'GM0310', name: 'De Bilt' });
    await host.updateComplete;
    expect(notice(host)).to.equal(fill(t.linkCannot, { name: 'De Bilt', reason: t.linkNoPlace }));
  });
});
