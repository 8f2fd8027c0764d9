// The conformance suite every Q4 widget runs, as Lion's shared test suites do: a widget's test calls
// `runWidgetSuite()` with its tag, its figure and a sample of its own data, and gets the same checks as every
// other widget without copying a helper. The generator stamps a call to it into each new widget's tests.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dsvFormat } from 'd3-dsv';
import { optionName, Q4Element, renderFigure, type FigureDefinition, type Lang, type OptionText, type Q4ErrorDetail } from '../src/index.js';

type Widget = HTMLElement & {
  data: unknown;
  lang: string;
  src?: string;
  updateComplete: Promise<boolean>;
  fileName(kind: 'png' | 'svg' | 'csv'): string | null;
  exportSvg(): string | null;
  exportCsv(): string | null;
};

export interface WidgetSuiteOptions {
  /** The tag, registered before the suite runs (`q4-scorecard`). */
  tag: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  figure: FigureDefinition<any, any, any>;
  /** Own data that draws, with `text` in a field that is shown (a name, a label or the credit). */
  ownData(text: string): unknown;
  /** Attributes to set with `ownData` (for instance the municipality the sample is about). */
  ownAttributes?: Record<string, string>;
  /** Whether the marks take arrow keys (false for a widget with a single mark). */
  keyboard?: boolean;
  /** The figure's options in words (the package's `…OptionText`). */
  optionText: OptionText;
}

/** Attributes every widget has: Q4Element's own, read from the class. With a widget's data sources (`-src`), not figure options. */
const COMMON = (Q4Element as unknown as { observedAttributes: string[] }).observedAttributes;

// Short enough for every widget's text fields (most take up to 60 characters).
const HOSTILE = '<img src=x onerror=window.__q4pwned=1>&amp;<b>"\'';

/** Mounts a widget between two buttons, eagerly, and waits until it drew or showed an error. */
async function mount(o: WidgetSuiteOptions, attributes: Record<string, string> = {}, properties: Record<string, unknown> = {}): Promise<Widget> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 720px"><button class="before">before</button></div>`);
  const el = document.createElement(o.tag) as Widget;
  el.setAttribute('loading', 'eager');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  Object.assign(el, properties);
  box.append(el);
  box.insertAdjacentHTML('beforeend', '<button class="after">after</button>');
  await waitUntil(() => el.shadowRoot?.querySelector('[part=chart] svg, [role=alert]'), `${o.tag} drew nothing`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/**
 * What is wrong with the roles of the chart's keyboard stops (WCAG 4.1.2, and the IBM Equal Access checker's
 * element_tabbable_role_valid, aria_child_tabbable and input_label_visible): each has a widget role, and each option's
 * listbox is named by visible text and holds the one Tab stop.
 */
function roleProblems(el: Widget): string[] {
  const chart = el.shadowRoot!.querySelector('[part=chart]')!;
  const stop = chart.querySelector('[tabindex="0"]');
  return [...chart.querySelectorAll('[tabindex]')].flatMap((s) => {
    const role = s.getAttribute('role');
    if (role === 'button') return [];
    if (role !== 'option') return [`${s.getAttribute('data-key')}: role ${role}`];
    const box = s.closest('[role=listbox]');
    const name = box && el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby') ?? '')?.textContent?.trim();
    if (!name) return [`${s.getAttribute('data-key')}: no listbox named by a visible text`];
    return stop && box.contains(stop) ? [] : [`${s.getAttribute('data-key')}: its listbox has no Tab stop`];
  });
}

const text = (el: Widget, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

/** Runs the shared checks for one widget. */
export function runWidgetSuite(o: WidgetSuiteOptions): void {
  describe(`<${o.tag}> conformance`, () => {
    it('draws its bundled data, with the figure’s title, summary and credit', async () => {
      const el = await mount(o);
      expect(text(el, '[role=alert]')).to.equal('');
      expect(el.shadowRoot!.querySelectorAll('[part=chart] svg [data-key]').length).to.be.greaterThan(0);
      const figure = renderFigure(o.figure, await o.figure.loadDefault(), {}, { width: 720, lang: 'nl' });
      expect(text(el, '.title')).to.equal(figure.title);
      expect(text(el, '.summary')).to.equal(figure.summary);
      expect(text(el, '.credit')).to.equal(figure.credit);
    });

    it('declares each option once: its element, its defaults and its words agree with the figure’s option table', () => {
      const table = o.figure.attributes;
      const Element = customElements.get(o.tag) as unknown as { observedAttributes: string[]; new (): HTMLElement };
      const own = Element.observedAttributes.filter((a) => !COMMON.includes(a) && !a.endsWith('-src'));
      expect(own.sort(), 'the element observes exactly the table’s options').to.deep.equal(Object.keys(table).sort());
      const el = new Element() as HTMLElement & Record<string, unknown>;
      for (const [attribute, spec] of Object.entries(table)) {
        const property = optionName(attribute);
        expect(el[property], `${attribute}: the property's default is the table's`).to.equal(spec.default);
        if (spec.kind === 'integer') {
          // Lit converts an observed attribute to its property at once, connected or not.
          el.setAttribute(attribute, '7');
          expect(el[property], `${attribute}: an integer option is a number property`).to.equal(7);
        }
        for (const lang of ['nl', 'en'] as const) {
          const words = o.optionText[lang][attribute];
          expect(words?.label, `${attribute}: a label in ${lang}`).to.be.a('string').and.not.equal('');
          expect(words?.help, `${attribute}: a help line in ${lang}`).to.be.a('string').and.not.equal('');
          for (const value of spec.kind === 'enum' ? (spec.values ?? []) : []) {
            expect(words?.values?.[String(value)], `${attribute}=${value}: a name in ${lang}`).to.be.a('string').and.not.equal('');
          }
        }
      }
      expect(Object.keys(o.optionText.nl).sort(), 'words only for options of the table').to.deep.equal(Object.keys(table).sort());
      expect(Object.keys(o.optionText.en).sort(), 'words only for options of the table').to.deep.equal(Object.keys(table).sort());
    });

    it('is accessible: axe finds nothing, the table alternative opens', async () => {
      const el = await mount(o);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('table th[scope]').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('has one Tab stop in the chart, and arrow keys move between marks', async () => {
      const el = await mount(o);
      const stops = el.shadowRoot!.querySelectorAll('[part=chart] [tabindex="0"]');
      expect(stops.length).to.equal(1);
      (stops[0] as SVGElement).focus();
      const first = el.shadowRoot!.activeElement;
      expect(first).to.equal(stops[0]);
      expect(roleProblems(el)).to.deep.equal([]);
      if (o.keyboard === false) return;
      await sendKeys({ press: 'ArrowRight' });
      if (el.shadowRoot!.activeElement === first) await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.not.equal(first);
      expect(el.shadowRoot!.activeElement?.closest('[part=chart]')).to.not.equal(null);
      expect(roleProblems(el)).to.deep.equal([]);
    });

    it('the open table is a Tab stop while it scrolls, and only then', async () => {
      const el = await mount(o);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
      const scrolls = () => wrap.scrollWidth > wrap.clientWidth || wrap.scrollHeight > wrap.clientHeight;
      expect(wrap.getAttribute('tabindex')).to.equal(scrolls() ? '0' : null);
      // Narrower: the widget draws again at the new width, and the table's stop follows.
      el.parentElement!.style.width = '160px';
      await waitUntil(() => el.shadowRoot!.querySelector('[part=chart] svg')?.getAttribute('width') !== String(720), 'no redraw at 160 px', { timeout: 5000 });
      await el.updateComplete;
      expect(wrap.getAttribute('tabindex')).to.equal(scrolls() ? '0' : null);
    });

    it('wrong data: a visible error and q4-error invalid-data', async () => {
      const el = document.createElement(o.tag) as Widget;
      el.setAttribute('loading', 'eager');
      el.data = { nothing: 'here' };
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('invalid-data');
      await el.updateComplete;
      expect(text(el, '[role=alert]')).to.contain(event.detail.message);
      el.remove();
    });

    it('a failed src: a visible error, q4-error http and a retry button', async () => {
      const el = document.createElement(o.tag) as Widget;
      el.setAttribute('loading', 'eager');
      el.src = '/no-such-file.json';
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'q4-error')) as CustomEvent<Q4ErrorDetail>;
      expect(event.detail.code).to.equal('http');
      await el.updateComplete;
      expect(text(el, '[role=alert]')).to.contain('404');
      expect(el.shadowRoot!.querySelector('button.retry')).to.not.equal(null);
      el.remove();
    });

    it('treats hostile strings in its data as text', async () => {
      const el = await mount(o, o.ownAttributes, { data: o.ownData(HOSTILE) });
      expect(text(el, '[role=alert]')).to.equal('');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('img, script, iframe, object')).to.have.length(0);
      const shown = el.shadowRoot!.textContent! + [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent).join(' ');
      expect(shown).to.contain(HOSTILE);
      expect((window as unknown as { __q4pwned?: number }).__q4pwned).to.equal(undefined);
    });

    it('switches language', async () => {
      const el = await mount(o);
      const nl = text(el, '.title');
      el.lang = 'en';
      await el.updateComplete;
      const figure = renderFigure(o.figure, await o.figure.loadDefault(), {}, { width: 720, lang: 'en' });
      expect(text(el, '.title')).to.equal(figure.title);
      expect(text(el, '.table-toggle')).to.equal('Show as table');
      if (o.figure.name !== 'identity-shift') expect(text(el, '.title')).to.not.equal(nl);
    });

    it('exports files named as the figure says, with its title, legend line and credit', async () => {
      const el = await mount(o);
      const figure = renderFigure(o.figure, await o.figure.loadDefault(), {}, { width: 720, lang: 'nl' });
      expect(el.fileName('png')).to.equal(`${figure.fileBase}.png`);
      expect(el.fileName('csv')).to.equal(`${figure.fileBase}.csv`);
      const svg = new DOMParser().parseFromString(el.exportSvg()!, 'image/svg+xml');
      const lines = [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' ');
      const words = (s: string) => s.replace(/\s+/g, ''); // lines wrap at spaces in the image
      expect(svg.querySelector('title')!.textContent).to.equal(figure.title);
      if (figure.legend) expect(words(lines)).to.contain(words(figure.legend));
      expect(words(lines)).to.contain(words(figure.credit));
      expect(el.exportCsv()!.trim().split(/\r?\n/).pop()).to.contain(figure.credit.split(',')[0]);
    });

    it('exports a CSV that a spreadsheet in Dutch or English reads back as the table, numbers as numbers', async () => {
      // Read back as Excel set to the language would: Dutch splits on ';' and reads '61641' and '5,1' as numbers.
      const read: Record<Lang, { separator: string; group: RegExp; decimal: string }> = {
        nl: { separator: ';', group: /\./g, decimal: ',' },
        en: { separator: ',', group: /,/g, decimal: '.' },
      };
      for (const lang of ['nl', 'en'] as const) {
        const el = await mount(o);
        el.lang = lang;
        await el.updateComplete;
        const { table, credit } = renderFigure(o.figure, await o.figure.loadDefault(), {}, { width: 720, lang });
        const rows = dsvFormat(read[lang].separator).parseRows(el.exportCsv()!.replace(/\r\n$/, ''));
        const expected = [[table.caption], [table.rowHeader, ...table.columns.map((c) => c.label)]];
        for (const section of table.sections) {
          if (section.label) expected.push([section.label]);
          for (const row of section.rows) expected.push([row.header, ...row.cells]);
        }
        expected.push([credit]);
        expect(rows.length, `${lang}: one line per table row`).to.equal(expected.length);
        const { group, decimal } = read[lang];
        const asNumber = (s: string) => (/^-?[\d.,]+$/.test(s) ? Number(s.replace(group, '').replace(decimal, '.')) : NaN);
        rows.forEach((fields, i) => {
          expect(fields.length, `${lang} line ${i + 1}: ${fields.join(' | ')}`).to.equal(expected[i].length);
          fields.forEach((field, j) => {
            const shown = expected[i][j];
            // A number the reader sees is a number in the file, without thousands grouping; other text as shown.
            if (i > 1 && j > 0 && Number.isFinite(asNumber(shown)) && /^-?\d{1,3}([.,]\d{3})*([.,]\d+)?$/.test(shown)) {
              expect(field, `${lang} line ${i + 1}: ${shown}`).to.match(new RegExp(`^-?\\d+(\\${decimal}\\d+)?$`));
              expect(asNumber(field)).to.equal(asNumber(shown));
            } else expect(field).to.equal(shown);
          });
        });
      }
    });
  });
}
