import { fixture, html, expect, waitUntil, oneEvent, nextFrame, aTimeout } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import {
  IssueList,
  Q4Element,
  tableToCsv,
  wrapWords,
  type FigureDefinition,
  type FigureText,
  type Lang,
  type Q4ErrorDetail,
  type TableModel,
} from '../src/index.js';
import { NEAR_MARGIN } from '../src/visibility-controller.js';

/** A minimal widget: one rect per number. */
@customElement('q4-test-bars')
class TestBars extends Q4Element<number[], number[], Record<string, never>, number[]> {
  // These tests are about what happens once a widget works; lazy start has its own tests below.
  override loading: 'lazy' | 'eager' = 'eager';
  renders = 0;
  parses = 0;
  /** A page-wide task counter (see `taskClock`), read when the model is made, the chart built and the chart shown. */
  static clock?: () => number;
  stamps: { prepare?: number; chart?: number; titleBeforeChart?: boolean; heightBeforeChart?: number } = {};
  protected bundled(): number[] | Promise<number[]> {
    return [1, 2, 3];
  }
  protected drawBars(model: number[], width: number): Element {
    this.renders++;
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(barsHeight(model)));
    for (const v of model) {
      const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      r.setAttribute('height', String(v));
      svg.append(r);
    }
    return svg;
  }
  #figure?: FigureDefinition<number[], Record<string, never>, number[]>;
  protected get figure(): FigureDefinition<number[], Record<string, never>, number[]> {
    return (this.#figure ??= {
      name: 'test-bars',
      attributes: {},
      loadDefault: () => this.bundled(),
      parse: (input: unknown): number[] => {
        this.parses++;
        const issues = new IssueList();
        if (!Array.isArray(input)) issues.add({ expected: { nl: 'een lijst', en: 'a list' }, received: input });
        else input.forEach((v, row) => typeof v !== 'number' && issues.add({ row, expected: { nl: 'een getal', en: 'a number' }, received: v }));
        issues.throwIfAny();
        return input as number[];
      },
      isEmpty: (data) => data.length === 0,
      prepare: (data) => {
        this.stamps.prepare ??= TestBars.clock?.();
        return data;
      },
      describe: (model: number[], lang: Lang): FigureText => ({
        title: lang === 'en' ? `${model.length} bars` : `${model.length} staven`,
        summary: 'summary',
        credit: 'Bron: test',
      }),
      legend: () => '',
      table: (model: number[]): TableModel => ({
        caption: 'c',
        rowHeader: 'i',
        columns: [{ label: 'v', numeric: true }],
        sections: [{ rows: model.map((v, i) => ({ header: String(i), cells: [String(v)] })) }],
      }),
      fileParts: () => [],
      chartSize: (model, { width }) => ({ width, height: barsHeight(model) }),
      chart: (model, { width }) => {
        if (this.stamps.chart === undefined) {
          this.stamps.chart = TestBars.clock?.();
          this.stamps.titleBeforeChart = !!this.shadowRoot?.querySelector('.title');
          this.stamps.heightBeforeChart = this.getBoundingClientRect().height;
        }
        return this.drawBars(model, width);
      },
    });
  }
}

/** The test chart's height: 40 px a bar. */
const barsHeight = (model: number[]) => 40 * model.length;

const rects = (el: TestBars) => el.shadowRoot!.querySelectorAll('svg rect').length;

/**
 * Counts the page's tasks: a message posted to itself, again and again. Its next message is always posted before any
 * task that runs after one of its ticks, so two moments in different tasks read different counts.
 */
function taskClock(): { now: () => number; stop: () => void } {
  let count = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    count++;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return { now: () => count, stop: () => (running = false) };
}
const text = (el: TestBars, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.trim();

describe('Q4Element', () => {
  it('uses the bundled data without configuration', async () => {
    const el = await fixture<TestBars>(html`<q4-test-bars></q4-test-bars>`);
    expect(rects(el)).to.equal(3);
    expect(text(el, '.title')).to.equal('3 staven');
  });

  it('resolves data in order: data property, then src, then bundled', async () => {
    const el = await fixture<TestBars>(html`<q4-test-bars src="/packages/core/test/fixtures/five.json"></q4-test-bars>`);
    expect(text(el, '[part=status]')).to.equal('Gegevens laden…');
    await waitUntil(() => rects(el) === 5, 'src not used');
    el.data = [7];
    await el.updateComplete;
    expect(rects(el)).to.equal(1);
    el.data = undefined;
    await el.updateComplete;
    expect(rects(el)).to.equal(5);
    el.src = undefined;
    await el.updateComplete;
    expect(rects(el)).to.equal(3);
  });

  it('aborts the fetch when the element is removed, and fetches again when it returns', async () => {
    const seen: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init!.signal!);
      return new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    };
    try {
      const el = await fixture<TestBars>(html`<q4-test-bars src="/slow.json"></q4-test-bars>`);
      expect(seen).to.have.length(1);
      const parent = el.parentElement!;
      el.remove();
      expect(seen[0].aborted).to.equal(true);
      parent.append(el);
      await el.updateComplete;
      expect(seen).to.have.length(2);
      expect(seen[1].aborted).to.equal(false);
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('times out a slow src with a clear error', async () => {
    const realFetch = window.fetch;
    window.fetch = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    try {
      const el = document.createElement('q4-test-bars') as TestBars;
      el.fetchTimeout = 50;
      el.src = '/slow.json';
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('timeout');
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('refuses a src that is not http(s) or relative', async () => {
    const el = document.createElement('q4-test-bars') as TestBars;
    el.src = 'javascript:alert(1)';
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.code).to.equal('invalid-src');
    el.remove();
  });

  it('reports JSON that does not parse, and retries on request', async () => {
    const el = document.createElement('q4-test-bars') as TestBars;
    el.src = '/packages/core/test/fixtures/not-json.txt';
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.code).to.equal('invalid-json');
    await el.updateComplete;
    el.src = '/packages/core/test/fixtures/five.json';
    await waitUntil(() => rects(el) === 5);
    el.remove();
  });

  it('shows an empty state, and tells the page once with q4-error no-data', async () => {
    const codes: string[] = [];
    const el = await fixture<TestBars>(html`<q4-test-bars .data=${[]} @q4-error=${(e: CustomEvent) => codes.push(e.detail.code)}></q4-test-bars>`);
    expect(text(el, '[part=status]')).to.equal('Er zijn geen gegevens om te tonen.');
    await el.updateComplete;
    expect(codes).to.deep.equal(['no-data']);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '[part=status]')).to.equal('There is no data to show.');
    expect(codes).to.deep.equal(['no-data']);
  });

  it('emits q4-error once per problem, not on every redraw', async () => {
    const el = await fixture<TestBars>(html`<div style="width: 300px"><q4-test-bars></q4-test-bars></div>`);
    const bars = el.querySelector('q4-test-bars') as TestBars;
    let count = 0;
    bars.addEventListener('q4-error', () => count++);
    bars.data = ['x'] as never;
    await bars.updateComplete;
    el.style.width = '200px';
    await aTimeout(50);
    bars.lang = 'nl';
    await bars.updateComplete;
    expect(count).to.equal(1);
  });

  it('redraws at most once per frame while the container resizes, with no ResizeObserver loop error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"><q4-test-bars></q4-test-bars></div>`);
    const el = wrapper.querySelector('q4-test-bars') as TestBars;
    await el.updateComplete;
    const before = el.renders;
    for (const w of [380, 360, 340, 320, 300]) wrapper.style.width = `${w}px`;
    await nextFrame();
    await nextFrame();
    await nextFrame();
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('300');
    expect(el.renders - before).to.equal(1);
  });

  it('does not redraw the chart when only the table is toggled', async () => {
    const el = await fixture<TestBars>(html`<q4-test-bars></q4-test-bars>`);
    const svg = el.shadowRoot!.querySelector('svg');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')).to.equal(svg);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(3);
  });

  it('validates an input once, whatever else changes; a new array is validated again', async () => {
    const el = await fixture<TestBars>(html`<q4-test-bars></q4-test-bars>`);
    const data = [1, 2];
    el.data = data;
    await el.updateComplete;
    el.lang = 'en';
    el.headingLevel = 2;
    await el.updateComplete;
    el.style.width = '200px';
    await aTimeout(50);
    expect(el.parses).to.equal(1);
    el.data = [...data, 3];
    await el.updateComplete;
    expect(el.parses).to.equal(2);
    expect(rects(el)).to.equal(3);
  });

  it('on a page of several widgets draws a first chart in steps, each task short: model, then chart, then shown; alone, in one', async () => {
    const clock = taskClock();
    TestBars.clock = clock.now;
    try {
      const shownAt = new Map<Element, number>();
      const wrapper = document.createElement('div');
      wrapper.addEventListener('q4-render', (e) => shownAt.has(e.target as Element) || shownAt.set(e.target as Element, clock.now()));
      document.body.append(wrapper);
      wrapper.innerHTML = '<q4-test-bars style="width: 300px"></q4-test-bars>'.repeat(3);
      const els = [...wrapper.querySelectorAll<TestBars>('q4-test-bars')];
      await waitUntil(() => els.every((el) => shownAt.has(el)), 'all three drawn');
      // The first widget to update finds the two others waiting: three tasks. The figure's words show first, around an
      // empty box of the chart's size (chartSize), so the chart moves nothing when it comes.
      // (A widget under one that has yet to show its figure waits for it, so the first in the page's order steps.)
      const first = els[0];
      expect(first.stamps.chart).to.be.greaterThan(first.stamps.prepare!);
      expect(shownAt.get(first)).to.be.greaterThan(first.stamps.chart!);
      expect(first.stamps.titleBeforeChart, 'the words before the chart').to.equal(true);
      expect(first.getBoundingClientRect().height, 'the chart moved nothing').to.equal(first.stamps.heightBeforeChart);
      for (const el of els) expect(el.shadowRoot!.querySelector('.pending-chart'), 'the empty box replaced').to.equal(null);
      wrapper.remove();

      const alone = document.createElement('q4-test-bars') as TestBars;
      alone.style.width = '300px';
      const shown = new Promise<number>((resolve) => alone.addEventListener('q4-render', () => resolve(clock.now()), { once: true }));
      document.body.append(alone);
      const shownAt2 = await shown;
      expect([alone.stamps.chart, shownAt2], 'alone: model, chart and showing in one task').to.deep.equal([alone.stamps.prepare, alone.stamps.prepare]);
      alone.remove();
    } finally {
      clock.stop();
      TestBars.clock = undefined;
    }
  });

  it('takes the steps too while another q4-* tag on the page waits for its code (the autoloader loading the others)', async () => {
    const clock = taskClock();
    TestBars.clock = clock.now;
    const draw = async () => {
      const el = document.createElement('q4-test-bars') as TestBars;
      el.style.width = '300px';
      const shown = new Promise<number>((resolve) => el.addEventListener('q4-render', () => resolve(clock.now()), { once: true }));
      document.body.append(el);
      const at = await shown;
      el.remove();
      return { prepare: el.stamps.prepare!, chart: el.stamps.chart!, shown: at };
    };
    const waiting = document.createElement('q4-test-not-loaded-yet');
    const notOurs = document.createElement('x-not-loaded-yet');
    try {
      // A tag of someone else's that has no code yet is not a widget of ours: one task.
      document.body.append(notOurs);
      const alone = await draw();
      expect([alone.chart, alone.shown], 'alone: one task').to.deep.equal([alone.prepare, alone.prepare]);
      // A q4-* tag that has no code yet is a widget on its way: steps.
      document.body.append(waiting);
      const stepped = await draw();
      expect(stepped.chart, 'chart in a later task than the model').to.be.greaterThan(stepped.prepare);
      expect(stepped.shown, 'shown in a later task than the chart').to.be.greaterThan(stepped.chart);
    } finally {
      waiting.remove();
      notOurs.remove();
      clock.stop();
      TestBars.clock = undefined;
    }
  });

  it('makes the title a heading when asked', async () => {
    const el = await fixture<TestBars>(html`<q4-test-bars heading-level="3"></q4-test-bars>`);
    const title = el.shadowRoot!.querySelector('.title')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
  });
});

/** A widget whose bundled data loads on demand. */
@customElement('q4-test-lazy')
class TestLazy extends TestBars {
  static loads = 0;
  static fail = false;
  protected override bundled(): Promise<number[]> {
    TestLazy.loads++;
    return new Promise((resolve, reject) => setTimeout(() => (TestLazy.fail ? reject(new Error('chunk')) : resolve([4, 5])), 20));
  }
}

/** A widget whose bundled data take `delay` ms. */
@customElement('q4-test-slow')
class TestSlow extends TestBars {
  static delay = 200;
  protected override bundled(): Promise<number[]> {
    return new Promise((resolve) => setTimeout(() => resolve([4, 5]), TestSlow.delay));
  }
}

describe('Q4Element under a widget that has yet to show its figure', () => {
  const visible = (el: Element) => getComputedStyle(el).visibility === 'visible';
  const page = (delay: number) => {
    TestSlow.delay = delay;
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<q4-test-slow style="width: 300px"></q4-test-slow><q4-test-bars style="width: 300px"></q4-test-bars>';
    document.body.append(wrapper);
    return { wrapper, slow: wrapper.children[0] as TestSlow, below: wrapper.children[1] as TestBars };
  };

  it('waits, painting nothing, until the widget above shows its figure, then shows its own', async () => {
    const { wrapper, slow, below } = page(300);
    await waitUntil(() => below.hasUpdated && slow.hasUpdated);
    await aTimeout(100);
    // Its data are in, but the one above is loading: its loading box, hidden; the one above visible.
    expect(below.hasAttribute('data-q4-holding')).to.equal(true);
    expect(visible(below)).to.equal(false);
    expect(below.shadowRoot!.querySelector('.title')).to.equal(null);
    expect(visible(slow)).to.equal(true);
    await waitUntil(() => slow.shadowRoot!.querySelector('.title'), 'the slow one shows its figure', { timeout: 3000 });
    await waitUntil(() => rects(below) === 3, 'the one below draws', { timeout: 3000 });
    expect(visible(below)).to.equal(true);
    expect(below.hasAttribute('data-q4-holding')).to.equal(false);
    wrapper.remove();
  });

  it('waits at most a second after it arrived', async () => {
    const { wrapper, slow, below } = page(2500);
    const start = performance.now();
    await waitUntil(() => rects(below) === 3, 'the one below draws', { timeout: 2000 });
    expect(performance.now() - start).to.be.within(900, 1800);
    expect(visible(below)).to.equal(true);
    expect(slow.shadowRoot!.querySelector('.title'), 'the slow one is still loading').to.equal(null);
    wrapper.remove();
  });
});

describe('Q4Element with bundled data loaded on demand', () => {
  it('shows the loading state, then the chart', async () => {
    TestLazy.fail = false;
    const el = await fixture<TestLazy>(html`<q4-test-lazy></q4-test-lazy>`);
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent!.trim()).to.equal('Gegevens laden…');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('svg rect').length === 2, 'lazy data not drawn');
  });

  it('reports a failed load with a retry that loads again', async () => {
    TestLazy.fail = true;
    const el = document.createElement('q4-test-lazy') as TestLazy;
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.code).to.equal('network');
    await el.updateComplete;
    TestLazy.fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('svg rect').length === 2, 'not drawn after retry');
    el.remove();
  });
});

/** A widget whose chart function fails. */
@customElement('q4-test-broken')
class TestBroken extends TestBars {
  protected override drawBars(): Element {
    throw new Error('invalid anchor');
  }
}

describe('Q4Element when the chart cannot be drawn', () => {
  it('shows an error and emits q4-error with code render, once', async () => {
    const el = document.createElement('q4-test-broken') as TestBroken;
    let count = 0;
    el.addEventListener('q4-error', () => count++);
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.code).to.equal('render');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('De grafiek kon niet worden getekend (invalid anchor)');
    el.lang = 'nl';
    el.headingLevel = 2;
    await el.updateComplete;
    expect(count).to.equal(1);
    el.remove();
  });
});

/** A widget whose sentences cannot be made for its data (a bug, or data the figure did not foresee). */
@customElement('q4-test-bad-text')
class TestBadText extends TestBars {
  protected override get figure(): FigureDefinition<number[], Record<string, never>, number[]> {
    return {
      ...super.figure,
      describe: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'category')");
      },
    };
  }
}

describe('Q4Element when the figure throws', () => {
  it('shows an error and emits q4-error with code render, never staying in the loading state', async () => {
    const el = document.createElement('q4-test-bad-text') as TestBadText;
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.code).to.equal('render');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain("reading 'category'");
    expect(el.shadowRoot!.querySelector('[part=status]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('button.retry')).to.equal(null);
    el.remove();
  });
});

describe('Q4Element reader actions', () => {
  it('offers PNG, SVG and CSV downloads behind one disclosure, and hides them on request', async () => {
    const el = await fixture<TestBars>(html`<q4-test-bars></q4-test-bars>`);
    const details = el.shadowRoot!.querySelector('details.downloads')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Downloaden');
    expect([...details.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal(['Afbeelding (PNG)', 'Vectorafbeelding (SVG)', 'Gegevens (CSV)']);
    el.hideActions = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details.downloads')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.table-toggle')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('exports CSV with the caption first and the credit last', async () => {
    const el = await fixture<TestBars>(html`<q4-test-bars .data=${[4, 5]}></q4-test-bars>`);
    expect(el.exportCsv()).to.equal('c\r\ni;v\r\n0;4\r\n1;5\r\nBron: test\r\n');
    expect(el.fileName('csv')).to.equal('q4-test-bars.csv');
    const table = (caption: string, cells: string[]): TableModel => ({
      caption,
      rowHeader: 'x',
      columns: cells.map(() => ({ label: 'v' })),
      sections: [{ rows: [{ header: 'y', cells }] }],
    });
    expect(tableToCsv(table('a, "b"', []), 'Bron', 'nl').split('\r\n')[0]).to.equal('"a, ""b"""');
    // Dutch: ';' between fields, numbers without thousands grouping and with the decimal comma; other cells as shown.
    const cells = ['61.641', '-1.234.567,5', '5,1', '45%', 'a; b', 'geen gegevens'];
    expect(tableToCsv(table('c', cells), 'Bron', 'nl').split('\r\n')[2]).to.equal('y;61641;-1234567,5;5,1;45%;"a; b";geen gegevens');
    expect(tableToCsv(table('c', ['61,641', '-1,234,567.5', '5.1', 'a, b']), 'Bron', 'en').split('\r\n')[2]).to.equal('y,61641,-1234567.5,5.1,"a, b"');
  });

  it('downloads the CSV with a byte-order mark, so that Excel reads it as UTF-8', async () => {
    const el = await fixture<TestBars>(html`<q4-test-bars .data=${[4, 5]}></q4-test-bars>`);
    const files: Blob[] = [];
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:q4-test');
    HTMLAnchorElement.prototype.click = () => {};
    try {
      await el.download('csv');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    const bytes = new Uint8Array(await files[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(`\ufeff${el.exportCsv()}`);
  });

  it('exports a standalone SVG with title and credit, and a PNG of twice its size', async () => {
    const el = await fixture<TestBars>(html`<q4-test-bars style="width: 300px"></q4-test-bars>`);
    const svg = el.exportSvg()!;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).to.equal('3 staven');
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(['3 staven', 'Bron: test']);
    expect(wrapWords('een twee drie vier', 9)).to.deep.equal(['een twee', 'drie vier']);
    expect(doc.querySelectorAll('svg svg rect')).to.have.length(3);
    const png = (await el.exportPng())!;
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(600);
  });
});

describe('Q4Element themes', () => {
  it('takes the theme from an ancestor class and redraws when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><q4-test-bars></q4-test-bars></div>`);
    const el = wrapper.querySelector('q4-test-bars') as TestBars;
    await el.updateComplete;
    const before = el.renders;
    wrapper.classList.add('q4-theme-dark');
    await waitUntil(() => el.hasAttribute('data-q4-dark'), 'class on an ancestor did not switch the theme');
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
    wrapper.classList.replace('q4-theme-dark', 'q4-theme-light');
    await waitUntil(() => !el.hasAttribute('data-q4-dark'));
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.hasAttribute('data-q4-dark')).to.equal(true); // its own attribute wins
  });
});

describe('Q4Element fetch faults', () => {
  const withFetch = async (respond: () => Promise<Response>, run: () => Promise<void>) => {
    const real = window.fetch;
    window.fetch = () => respond();
    try {
      await run();
    } finally {
      window.fetch = real;
    }
  };
  const errorFor = async () => {
    const el = document.createElement('q4-test-bars') as TestBars;
    el.src = '/data.json';
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    await el.updateComplete;
    return { el, detail: event.detail };
  };

  // Every way fetching `src` can go wrong: a visible alert, a q4-error with its code, a retry button that
  // fetches again, and no unhandled promise rejection.
  const faults: { fault: string; code: string; respond: () => Promise<Response> }[] = [
    { fault: 'not found (404)', code: 'http', respond: async () => new Response('nope', { status: 404 }) },
    { fault: 'server error (500)', code: 'http', respond: async () => new Response('oops', { status: 500 }) },
    { fault: 'connection dropped', code: 'network', respond: () => Promise.reject(new TypeError('Failed to fetch')) },
    { fault: 'request aborted on the way', code: 'network', respond: () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')) },
    { fault: 'body that is not JSON', code: 'invalid-json', respond: async () => new Response('<html>not json</html>') },
    { fault: 'JSON of the wrong shape', code: 'invalid-data', respond: async () => new Response('{"rows": "no"}') },
    { fault: 'enormous body', code: 'too-large', respond: async () => new Response('[]', { headers: { 'content-length': '999999999' } }) },
    {
      fault: 'body cut off mid-stream',
      code: 'network',
      respond: async () => new Response(new ReadableStream({ pull: (c) => c.error(new TypeError('network error')) })),
    },
  ];
  for (const { fault, code, respond } of faults) {
    it(`a ${fault}: alert, q4-error "${code}", a retry that fetches again, no unhandled rejection`, async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
      window.addEventListener('unhandledrejection', onUnhandled);
      let calls = 0;
      try {
        await withFetch(
          () => (calls++, respond()),
          async () => {
            const { el, detail } = await errorFor();
            expect(detail.code).to.equal(code);
            const alert = el.shadowRoot!.querySelector('[role=alert]')!;
            expect(alert.textContent!.trim().length).to.be.greaterThan(20);
            const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry');
            expect(retry, 'retry button').to.exist;
            retry!.click();
            await waitUntil(() => calls === 2, 'retry did not fetch again');
            await aTimeout(20);
            el.remove();
          },
        );
        await aTimeout(20);
        expect(unhandled).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
    });
  }

  it('no retry button for an error in the options or in data given as a property', async () => {
    const el = document.createElement('q4-test-bars') as TestBars;
    el.data = ['x' as unknown as number];
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
    expect(event.detail.code).to.equal('invalid-data');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button.retry')).to.equal(null);
    el.remove();
  });

  it('reports a server error (500) with a retry button', async () => {
    await withFetch(
      async () => new Response('oops', { status: 500 }),
      async () => {
        const { el, detail } = await errorFor();
        expect(detail).to.include({ code: 'http', status: 500 });
        expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('foutcode 500');
        expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
        el.remove();
      },
    );
  });

  it('refuses an enormous body, declared or streamed, without reading it all', async () => {
    await withFetch(
      async () => new Response('[]', { headers: { 'content-length': '999999999' } }),
      async () => {
        const { el, detail } = await errorFor();
        expect(detail.code).to.equal('too-large');
        el.remove();
      },
    );
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1_000_000).fill(32));
      },
    });
    await withFetch(
      async () => new Response(endless),
      async () => {
        const { el, detail } = await errorFor();
        expect(detail.code).to.equal('too-large');
        expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('te groot');
        expect(pulled).to.be.below(30);
        el.remove();
      },
    );
  });
});

describe('Q4Element lazy start (loading="lazy", the default for widgets)', () => {
  const frames = async (n: number) => {
    for (let i = 0; i < n; i++) await nextFrame();
  };

  it('below the fold: no fetch and no drawing until it scrolls near, then it draws', async () => {
    const real = window.fetch;
    let fetched = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => (fetched++, real(...args));
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px"></div>
      <q4-test-bars loading="lazy" src="/packages/core/test/fixtures/five.json"></q4-test-bars>
      <q4-test-bars loading="lazy"></q4-test-bars>
    </div>`);
    try {
      const [withSrc, bundled] = [...wrapper.querySelectorAll<TestBars>('q4-test-bars')];
      await frames(5);
      expect(fetched, 'fetches').to.equal(0);
      expect(withSrc.renders + bundled.renders, 'charts drawn').to.equal(0);
      const placeholder = bundled.shadowRoot!.querySelector<HTMLElement>('.state--deferred')!;
      expect(placeholder.getBoundingClientRect().height, 'room kept for the chart').to.be.at.least(300);
      bundled.scrollIntoView();
      await waitUntil(() => rects(bundled) === 3 && rects(withSrc) === 5, 'not drawn after scrolling');
      expect(fetched).to.equal(1);
    } finally {
      window.fetch = real;
      window.scrollTo(0, 0);
    }
  });

  it('holds a chart’s height from its upgrade, before its first update, and while its data are on the way', async () => {
    class PendingBars extends TestBars {
      protected override bundled(): Promise<number[]> {
        return new Promise(() => {});
      }
    }
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><q4-test-pending loading="lazy"></q4-test-pending><q4-test-pending loading="eager"></q4-test-pending></div>`,
    );
    const [lazy, eager] = [...wrapper.querySelectorAll('q4-test-pending')];
    expect(eager.getBoundingClientRect().height, 'not yet a widget').to.equal(0);
    // A page's widgets upgrade together (one module through the loader); none has updated yet.
    customElements.define('q4-test-pending', PendingBars);
    for (const el of [lazy, eager]) expect(el.getBoundingClientRect().height, 'upgraded, before its first update').to.be.at.least(300);
    await frames(3);
    expect(eager.shadowRoot!.querySelector('[part=status]')!.textContent, 'the eager one is loading').to.contain('Gegevens laden');
    for (const el of [lazy, eager]) expect(el.getBoundingClientRect().height, 'placeholder and loading state').to.be.at.least(300);
    expect(lazy.hasAttribute('data-q4-pending')).to.equal(false);
  });

  it('stacked from the top of the page: the widgets beyond the first screen and the margin wait', async () => {
    // Each widget decides when it first updates, where it is then. Those above it hold a chart's height while their
    // own charts are on the way, so it sees where it will be, not where it would be under small loading boxes.
    const wrapper = await fixture<HTMLDivElement>(html`<div>${Array.from({ length: 12 }, () => html`<q4-test-bars loading="lazy"></q4-test-bars>`)}</div>`);
    const all = [...wrapper.querySelectorAll<TestBars>('q4-test-bars')];
    await waitUntil(() => rects(all[0]) === 3, 'the first did not draw');
    await frames(10);
    const drawn = all.filter((el) => rects(el) === 3);
    expect(drawn.length, 'widgets drawn at load').to.be.below(all.length);
    expect(all.slice(0, drawn.length), 'the drawn ones are the first').to.deep.equal(drawn);
    const firstWaiting = all[drawn.length].getBoundingClientRect().top;
    expect(firstWaiting, 'the first that waits is beyond the screen and the margin').to.be.above(innerHeight + parseFloat(NEAR_MARGIN));
  });

  it('in view: draws without being asked; eager: draws below the fold too; focus starts a lazy one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <q4-test-bars loading="lazy"></q4-test-bars>
      <div style="height: 3000px"></div>
      <q4-test-bars loading="eager"></q4-test-bars>
      <q4-test-bars loading="lazy"></q4-test-bars>
    </div>`);
    const [top, eager, lazy] = [...wrapper.querySelectorAll<TestBars>('q4-test-bars')];
    await waitUntil(() => rects(top) === 3 && rects(eager) === 3, 'in view or eager not drawn');
    await frames(3);
    expect(lazy.renders).to.equal(0);
    lazy.dispatchEvent(new FocusEvent('focusin'));
    await waitUntil(() => rects(lazy) === 3, 'focus did not start it');
  });
});
