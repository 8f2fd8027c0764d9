import { expect, waitUntil } from '@open-wc/testing';
import { define, VERSION } from '../src/index.js';
import { staggerDefines } from '../src/define.js';

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

  it('while staggered, registers each element in a task of its own, in order, once turned off (lazy/all.js)', async () => {
    // A page-wide task counter: a message posted to itself, again and again.
    let tasks = 0;
    let counting = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      tasks++;
      if (counting) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    const tags = ['q4-test-later-a', 'q4-test-later-b', 'q4-test-later-c'];
    const at = new Map<string, number>();
    for (const tag of tags) void customElements.whenDefined(tag).then(() => at.set(tag, tasks));
    try {
      staggerDefines(true);
      for (const tag of tags) define(tag, class extends HTMLElement {});
      staggerDefines(false);
      const offAt = tasks;
      expect(tags.map((tag) => customElements.get(tag)), 'none registered at once').to.deep.equal([undefined, undefined, undefined]);
      await waitUntil(() => at.size === tags.length, 'all registered');
      const order = tags.map((tag) => at.get(tag)!);
      expect(order[0], 'the first in a later task').to.be.greaterThan(offAt);
      expect(order[1], 'the second in a task after the first').to.be.greaterThan(order[0]);
      expect(order[2], 'the third in a task after the second').to.be.greaterThan(order[1]);
      // Off again: at once.
      define('q4-test-now', class extends HTMLElement {});
      expect(customElements.get('q4-test-now')).to.not.equal(undefined);
    } finally {
      counting = false;
    }
  });

  it('has the version of package.json', async () => {
    const pkg = await (await fetch('/packages/core/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    const root = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(root.version);
  });
});
