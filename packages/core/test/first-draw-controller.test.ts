import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { FirstDrawController } from '../src/first-draw-controller.js';
import { nextTask } from '../src/scheduler.js';

/** A host that draws its "chart" through the controller, as Q4Element does, and logs in which task each step ran. */
class Host extends LitElement {
  chartMade = false;
  log: string[] = [];
  readonly firstDraw = new FirstDrawController(this, { isStatic: () => false, near: () => true, holdingStatic: () => false, settled: () => false });
  protected override willUpdate(): void {
    this.firstDraw.willDraw();
  }
  protected override render() {
    if (
      this.firstDraw.step(
        () => this.chartMade,
        () => ((this.chartMade = true), this.log.push('chart')),
      )
    ) {
      this.log.push('wait');
      return html`<p>words</p>`;
    }
    this.chartMade = true;
    this.firstDraw.drawn = true;
    this.log.push('shown');
    return html`<p>words</p><p>chart</p>`;
  }
}
customElements.define('q4-test-first-draw-host', Host);

describe('FirstDrawController', () => {
  it('holds a pending height until the first update', async () => {
    const host = new Host();
    document.body.append(host);
    expect(host.hasAttribute('data-q4-pending')).to.equal(true);
    await host.updateComplete;
    while (!host.firstDraw.drawn) await nextTask();
    expect(host.hasAttribute('data-q4-pending')).to.equal(false);
    host.remove();
  });

  it('draws at once when alone, and in three steps while another widget has yet to draw', async () => {
    const alone = new Host();
    document.body.append(alone);
    await alone.updateComplete;
    expect(alone.log).to.deep.equal(['shown']);
    alone.remove();

    const [a, b] = [new Host(), new Host()];
    document.body.append(a, b);
    for (let i = 0; i < 10 && !(a.firstDraw.drawn && b.firstDraw.drawn); i++) await nextTask();
    // The first to update waits for a step (the other is drawing too), makes its chart in the next, shows it in a third.
    expect(a.log).to.deep.equal(['wait', 'chart', 'wait', 'shown']);
    expect(b.firstDraw.drawn).to.equal(true);
    // Drawn once: a redraw (a resize, a new option) is at once.
    a.log = [];
    a.requestUpdate();
    await a.updateComplete;
    expect(a.log).to.deep.equal(['shown']);
    a.remove();
    b.remove();
  });
});
