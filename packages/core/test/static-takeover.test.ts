import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { StaticTakeover } from '../src/static-takeover.js';

/** A host that shows its live content once `ready` is set, as Q4Element does when its chart is ready. */
class Host extends LitElement {
  static override properties = { ready: { type: Boolean } };
  declare ready: boolean;
  readonly takeover = new StaticTakeover(this);
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.takeover.adopt(root);
    return root;
  }
  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.takeover.release(this.ready);
    super.update(changed);
  }
  protected override render() {
    return this.takeover.holding ? null : html`<p>live</p>`;
  }
}
customElements.define('q4-test-takeover-host', Host);

describe('StaticTakeover', () => {
  it('keeps a declarative shadow root on screen until the host is ready, then replaces it in one update', async () => {
    const wrapper = document.createElement('div');
    // A server render: the shadow root comes with the page (setHTMLUnsafe parses declarative shadow DOM).
    wrapper.setHTMLUnsafe('<q4-test-takeover-host><template shadowrootmode="open"><p>static</p></template></q4-test-takeover-host>');
    document.body.append(wrapper);
    const host = wrapper.firstElementChild as Host;
    await host.updateComplete;
    expect(host.takeover.holding).to.equal(true);
    expect(host.shadowRoot!.textContent).to.equal('static');
    host.ready = true;
    await host.updateComplete;
    expect(host.takeover.holding).to.equal(false);
    expect(host.shadowRoot!.textContent).to.equal('live');
    wrapper.remove();
  });

  it('holds nothing for a host whose shadow root is its own', async () => {
    const host = await fixture<Host>(testHtml`<q4-test-takeover-host></q4-test-takeover-host>`);
    expect(host.takeover.holding).to.equal(false);
    expect(host.shadowRoot!.textContent).to.equal('live');
  });
});
