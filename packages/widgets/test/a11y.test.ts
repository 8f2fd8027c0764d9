// Accessibility beyond axe, for every widget: one Tab stop into the chart and arrow keys through its marks,
// self-contained names, Escape, a visible focus ring at 3:1, what a screen reader is told, the table alternative,
// reduced motion, forced colours, text of at least 12 px and reflow at 320 CSS px (400% zoom of 1280 px).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { widgetNames } from '../src/generated/names.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; theme: string };

/** Each widget with its bundled data and no configuration. */
export const widgets = widgetNames;
/** Widgets whose marks carry numbers (the identity table pairs words). */
const numeric = new Set(widgets.filter((w) => w !== 'identity-shift'));

const drawn = (el: Widget) => el.shadowRoot!.querySelector('[part=chart] svg');

async function mount(name: string, attrs = '', width = 720): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><button id="before">before</button><q4-${name} style="width: ${width}px" ${attrs}></q4-${name}><button id="after">after</button></div>`,
  );
  const el = wrapper.querySelector<Widget>(`q4-${name}`)!;
  await waitUntil(() => drawn(el) || el.shadowRoot?.querySelector('[role=alert]'), `q4-${name} not drawn`, { timeout: 8000 });
  expect(el.shadowRoot!.querySelector('[role=alert]'), `q4-${name} shows an error`).to.equal(null);
  await el.updateComplete;
  return el;
}

/** The element that has focus, looking into the widget's shadow root. */
const active = (el: Widget) => (document.activeElement === el ? el.shadowRoot!.activeElement : null);
const inChart = (node: Element | null) => !!node?.closest('.chart');

/** Relative luminance contrast of two CSS colours as Chromium computes them (`rgb(…)`/`rgba(…)`). */
function rgb(color: string): [number, number, number, number] {
  const m = color.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`not an rgb colour: ${color}`);
  const [r, g, b, a = 1] = m[1]
    .split(/[ ,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = rgb(c)
      .slice(0, 3)
      .map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
/** The colour behind the widget: its own background, or the page's (white here). */
function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (rgb(bg)[3] > 0) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** Every element that shows text of its own, with the size it is drawn at (SVG text scaled by its CTM). */
function textSizes(el: Widget): { text: string; size: number }[] {
  const out: { text: string; size: number }[] = [];
  const visit = (node: Element) => {
    if (node instanceof HTMLElement && node.hidden) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const own = [...node.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()).map((c) => c.textContent!.trim());
    if (own.length && node.localName !== 'style' && node.localName !== 'title') {
      let scale = 1;
      if (node instanceof SVGGraphicsElement) {
        const m = node.getScreenCTM();
        if (m) scale = Math.hypot(m.a, m.b);
      }
      out.push({ text: own.join(' ').slice(0, 40), size: parseFloat(style.fontSize) * scale });
    }
    for (const child of node.children) visit(child);
  };
  for (const child of el.shadowRoot!.children) visit(child);
  return out;
}

async function openTable(el: Widget): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
  await el.updateComplete;
}

describe('accessibility of every widget, beyond axe', () => {
  for (const name of widgets) {
    describe(`<q4-${name}>`, () => {
      it('is one Tab stop into the chart; arrow keys move between marks with self-contained names', async () => {
        const el = await mount(name);
        const marks = [...el.shadowRoot!.querySelectorAll('.chart [tabindex]')];
        expect(marks.length, 'focusable marks').to.be.greaterThan(1);
        expect(
          marks.filter((m) => m.getAttribute('tabindex') === '0'),
          'tabindex=0',
        ).to.have.length(1);
        expect(marks.every((m) => ['0', '-1'].includes(m.getAttribute('tabindex')!))).to.equal(true);

        // Tab from the button before the widget to the one after it: the chart is visited exactly once.
        document.getElementById('before')!.focus();
        const stops: Element[] = [];
        for (let i = 0; i < 20 && document.activeElement?.id !== 'after'; i++) {
          await sendKeys({ press: 'Tab' });
          const now = active(el);
          if (inChart(now)) stops.push(now!);
        }
        expect(document.activeElement?.id, 'Tab leaves the widget').to.equal('after');
        expect(stops, 'Tab stops in the chart').to.have.length(1);

        // Into the chart again, then arrow keys.
        stops[0].closest<HTMLElement | SVGElement>('[tabindex]')!.focus();
        const first = active(el)!;
        let moved: Element | null = null;
        for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
          await sendKeys({ press: key });
          if (active(el) !== first) {
            moved = active(el);
            break;
          }
        }
        expect(inChart(moved), 'an arrow key moves to another mark').to.equal(true);
        expect(moved!.getAttribute('tabindex'), 'roving tabindex follows focus').to.equal('0');

        const names = marks.map((m) => m.getAttribute('aria-label') ?? '');
        expect(
          names.every((n) => n.trim().length > 5),
          `every mark is named: ${names.join(' | ')}`,
        ).to.equal(true);
        expect(new Set(names).size, 'names tell the marks apart').to.equal(names.length);
        if (numeric.has(name)) {
          const missing = /geen gegevens|geen cijfer|onbekend|geheim|niet beschikbaar|geen zuivere/i;
          const bare = names.filter((n) => !/\d/.test(n) && !missing.test(n));
          expect(bare, 'names without their value').to.deep.equal([]);
        }
      });

      it('shows the focused mark in the readout; Escape hides it and closes the download menu', async () => {
        const el = await mount(name);
        const root = el.shadowRoot!;
        root.querySelector<HTMLElement | SVGElement>('.chart [tabindex="0"]')!.focus();
        await el.updateComplete;
        const readout = root.querySelector('.readout')!;
        expect(readout.textContent!.trim()).to.not.equal('');
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(readout.textContent!.trim()).to.equal('');
        expect(inChart(active(el)), 'focus stays on the mark').to.equal(true);

        // Pointer readout too: Escape hides it wherever focus is.
        const mark = root.querySelector('.chart [data-key][aria-label]');
        if (mark) {
          mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
          await el.updateComplete;
          expect(readout.textContent!.trim()).to.not.equal('');
          document.getElementById('after')!.focus();
          await sendKeys({ press: 'Escape' });
          await el.updateComplete;
          expect(readout.textContent!.trim()).to.equal('');
        }

        const menu = root.querySelector<HTMLDetailsElement>('details.downloads')!;
        menu.querySelector('summary')!.focus();
        await sendKeys({ press: 'Enter' });
        expect(menu.open).to.equal(true);
        await sendKeys({ press: 'Escape' });
        expect(menu.open).to.equal(false);
        expect(active(el)).to.equal(menu.querySelector('summary'));
      });

      for (const theme of ['light', 'dark']) {
        it(`has a focus ring of at least 3:1 against its background (${theme})`, async () => {
          const el = await mount(name, `theme="${theme}"`);
          document.getElementById('before')!.focus();
          for (let i = 0; i < 20 && !inChart(active(el)); i++) await sendKeys({ press: 'Tab' });
          const mark = active(el)!;
          expect(inChart(mark)).to.equal(true);
          expect(mark.matches(':focus-visible')).to.equal(true);
          const background = backgroundOf(el);
          for (const target of [mark, el.shadowRoot!.querySelector('.table-toggle')!]) {
            if (target !== mark) (target as HTMLElement).focus();
            const style = getComputedStyle(target);
            expect(style.outlineStyle, `${target.localName} outline`).to.not.equal('none');
            expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
            expect(contrast(style.outlineColor, background), `${style.outlineColor} on ${background}`).to.be.at.least(3);
          }
        });
      }

      it('gives screen readers the visible title as the figure name and the summary as its description', async () => {
        const el = await mount(name);
        const root = el.shadowRoot!;
        const title = root.querySelector('.title')!.textContent!.trim().replace(/\s+/g, ' ');
        const summary = root.querySelector('#summary')!.textContent!.trim().replace(/\s+/g, ' ');
        const figures = (await executeServerCommand('q4-ax-figures')) as { name: string; description: string }[];
        const figure = figures.find((f) => f.name === title);
        expect(figure, `a figure named "${title}" in ${JSON.stringify(figures)}`).to.exist;
        expect(figure!.description).to.equal(summary);

        await openTable(el);
        const table = root.querySelector('table')!;
        expect(table.caption?.textContent?.trim()).to.not.equal('');
        const headers = [...table.querySelectorAll('th')];
        expect(headers.length).to.be.greaterThan(1);
        expect(headers.filter((th) => !['col', 'row', 'rowgroup', 'colgroup'].includes(th.getAttribute('scope') ?? ''))).to.deep.equal([]);
        expect(table.querySelectorAll('td').length).to.be.greaterThan(0);
      });

      it('keeps all text at 12 px or more, and reflows at 320 CSS px (400% zoom) with no horizontal scrolling', async () => {
        for (const width of [720, 320]) {
          document.querySelector(`q4-${name}`)?.parentElement?.remove();
          const el = await mount(name, '', width);
          await openTable(el);
          const small = textSizes(el).filter((t) => t.size < 11.95);
          expect(small, `text under 12 px at ${width} px`).to.deep.equal([]);
          const root = el.shadowRoot!;
          const figure = root.querySelector<HTMLElement>('.figure')!;
          expect(figure.scrollWidth, `figure at ${width} px`).to.be.at.most(width + 1);
          const chart = root.querySelector<HTMLElement>('.chart')!;
          expect(chart.scrollWidth, `chart scrolls sideways at ${width} px`).to.be.at.most(chart.clientWidth + 1);
          expect(el.getBoundingClientRect().width).to.be.at.most(width + 1);
        }
      });

      it('respects prefers-reduced-motion: no transition or animation, even one a theme adds', async () => {
        const style = document.createElement('style');
        style.textContent = `q4-${name}::part(figure), q4-${name}::part(chart) { transition: opacity 2s; animation: q4-spin 2s infinite; }
          @keyframes q4-spin { to { opacity: 0.5; } }`;
        document.head.append(style);
        try {
          const el = await mount(name);
          const part = el.shadowRoot!.querySelector('[part=chart]')!;
          expect(getComputedStyle(part).transitionDuration).to.equal('2s');
          await executeServerCommand('q4-emulate-media', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
          try {
            expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
            for (const node of [part, ...el.shadowRoot!.querySelectorAll('*')]) {
              const s = getComputedStyle(node);
              expect(
                s.transitionDuration.split(',').every((d) => parseFloat(d) === 0),
                `${node.localName} transition`,
              ).to.equal(true);
              expect(s.animationName, `${node.localName} animation`).to.equal('none');
            }
            expect(el.shadowRoot!.getAnimations()).to.have.length(0);
          } finally {
            await executeServerCommand('q4-emulate-media', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
          }
        } finally {
          style.remove();
        }
      });

      it('is readable in forced colours: chart text in system colours or on its own halo, marks outlined', async () => {
        await executeServerCommand('q4-emulate-media', { features: [{ name: 'forced-colors', value: 'active' }] });
        try {
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const el = await mount(name);
          const probe = document.createElement('div');
          probe.style.cssText = 'color: CanvasText; background: Canvas';
          document.body.append(probe);
          const canvas = getComputedStyle(probe).backgroundColor;
          probe.remove();
          const unreadable: string[] = [];
          for (const text of el.shadowRoot!.querySelectorAll<SVGTextElement>('.chart svg text')) {
            if (!text.textContent!.trim() || text.getBBox().width === 0) continue;
            const s = getComputedStyle(text);
            const onCanvas = contrast(s.fill, canvas);
            // Text drawn on a halo (stroke painted first) is read against the halo, not the canvas.
            const halo = s.stroke !== 'none' && s.paintOrder.startsWith('stroke') && parseFloat(s.strokeWidth) >= 2 ? contrast(s.fill, s.stroke) : 0;
            if (Math.max(onCanvas, halo) < 4.5) unreadable.push(`"${text.textContent}" ${s.fill} on ${canvas}${halo ? ` / halo ${s.stroke}` : ''}`);
          }
          expect(unreadable).to.deep.equal([]);
          // The marks a reader can step through stay visible: a fill or a stroke that differs from the canvas.
          const marks = [...el.shadowRoot!.querySelectorAll('.chart [tabindex]')];
          const invisible = marks.filter((m) => {
            const s = getComputedStyle(m);
            const shows = (c: string) => c !== 'none' && !c.startsWith('url') && rgb(c)[3] > 0 && contrast(c, canvas) >= 1.5;
            return m instanceof SVGElement && !m.querySelector('text') && !shows(s.fill) && !shows(s.stroke);
          });
          expect(invisible.map((m) => m.getAttribute('aria-label'))).to.deep.equal([]);
          // The HTML around the chart follows the system colours.
          expect(getComputedStyle(el.shadowRoot!.querySelector('.title')!).color).to.equal(getComputedStyle(document.body).color);
        } finally {
          await executeServerCommand('q4-emulate-media', { features: [{ name: 'forced-colors', value: 'none' }] });
        }
      });
    });
  }
});
