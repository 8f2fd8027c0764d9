import { expect } from '@open-wc/testing';
import { widgetNames } from '../src/generated/names.js';

describe('strict Content-Security-Policy', () => {
  it("every widget draws with no violation under default-src 'self'; script-src 'self'; style-src 'self'", async function () {
    this.timeout(20000);
    const iframe = document.createElement('iframe');
    iframe.style.width = '800px';
    iframe.style.height = '600px';
    const report = new Promise<{ drawn: boolean; violations: string[]; whiteSpace: string; state: string[] }>((resolve) => {
      window.addEventListener('message', function listen(e) {
        if (e.data?.source !== 'q4-csp') return;
        window.removeEventListener('message', listen);
        resolve(e.data);
      });
    });
    iframe.src = '/packages/widgets/test/csp/index.html';
    document.body.append(iframe);
    const result = await report;
    const csp = (await fetch('/packages/widgets/test/csp/index.html')).headers.get('content-security-policy');
    expect(csp).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
    expect(result.state.map((s) => s.split(':')[0])).to.deep.equal(widgetNames.map((n) => `q4-${n}`));
    expect(result.drawn).to.equal(true, result.state.join('; '));
    expect(result.violations).to.deep.equal([]);
    expect(result.whiteSpace).to.equal('pre'); // Plot's text rule, now from the adopted stylesheet
    iframe.remove();
  });
});
