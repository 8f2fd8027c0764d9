import { expect } from '@open-wc/testing';
import { define, VERSION } from '../src/index.js';

const warnings: unknown[][] = [];
const originalWarn = console.warn;

describe('define()', () => {
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers a tag once and is silent when called again with the same version', () => {
    class A extends HTMLElement {
      static version = '1.0.0';
    }
    class B extends HTMLElement {
      static version = '1.0.0';
    }
    define('q4-test-same', A);
    define('q4-test-same', A);
    define('q4-test-same', B);
    expect(customElements.get('q4-test-same')).to.equal(A);
    expect(warnings).to.have.length(0);
  });

  it('warns once, and never throws, when another version comes along', () => {
    class A extends HTMLElement {
      static version = '1.0.0';
    }
    class B extends HTMLElement {
      static version = '2.0.0';
    }
    define('q4-test-other', A);
    expect(() => {
      define('q4-test-other', B);
      define('q4-test-other', B);
    }).to.not.throw();
    expect(customElements.get('q4-test-other')).to.equal(A);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('1.0.0').and.contain('2.0.0');
  });

  it('has the version of package.json', async () => {
    const pkg = await (await fetch('/packages/core/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    const root = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(root.version);
  });
});
