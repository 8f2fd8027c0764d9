import { expect } from '@open-wc/testing';

interface State {
  tag: string;
  chartHeight: number;
  titleSize: number;
  buttonVisible: boolean;
}

describe('a host page with hostile global CSS', () => {
  it('does not break the widgets (svg/table/button hidden, 40px serif everywhere, big margins)', async function () {
    this.timeout(30000);
    const iframe = document.createElement('iframe');
    iframe.style.width = '900px';
    iframe.style.height = '700px';
    const report = new Promise<{ state: State[]; table: number }>((resolve) => {
      window.addEventListener('message', function listen(e) {
        if (e.data?.source !== 'q4-hostile') return;
        window.removeEventListener('message', listen);
        resolve(e.data);
      });
    });
    iframe.src = '/packages/widgets/test/hostile/index.html';
    document.body.append(iframe);
    const { state, table } = await report;
    expect(state).to.have.length(3);
    for (const s of state) {
      expect(s.chartHeight, `${s.tag} chart`).to.be.greaterThan(100);
      expect(s.titleSize, `${s.tag} title`).to.be.within(14, 24);
      expect(s.buttonVisible, `${s.tag} button`).to.equal(true);
    }
    expect(table).to.be.greaterThan(100);
    iframe.remove();
  });
});
