// The builder page: dist/builder/index.html. Anyone chooses a widget, a place, a language, a theme and the
// widget's own options with labelled form controls, sees the live widget, and takes away a script tag, an iframe,
// a newsletter PNG with its HTML, an SVG and the CSV. Every choice is in the page's URL. The page is made of the
// widgets themselves (the preview is the element; the newsletter image is the same pure figure q4-render draws),
// builds its DOM with textContent only (nothing typed or from a URL is parsed as HTML) and has no inline script
// or style, so it runs under a strict CSP.
import '../src/index.js';
import { download, fill, newsletterImage as coreNewsletterImage, optionName, renderFigure, svgToPng, type FigureDefinition, type Lang } from '@q4/core';
import { loadAreaIndex, loadSectors, scorecard, suggest, type Municipality } from '@q4/data';
import { figures, optionTexts } from '../src/generated/figures.js';
import { messages } from './builder-text.js';
import { widgetText } from '../src/generated/names.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFigure = FigureDefinition<any, any, any>;
/** Every widget, in the registry's order (widgets.json). */
const FIGURES: readonly AnyFigure[] = figures;
const CDN = 'https://cdn.jsdelivr.net/npm/@q4/widgets/dist';
const WIDTHS = { phone: 360, column: 600, full: 0 } as const;
type Width = keyof typeof WIDTHS;

/** The page's state, as the URL holds it. */
export interface BuilderState {
  widget: string;
  lang: Lang;
  theme: string;
  width: Width;
  link: string;
  /** The widget's attributes (place and own options), as typed. */
  attributes: Record<string, string>;
  /** What the link held that this page does not know (a widget or a setting), said above the form. */
  dropped?: string[];
}

/** The widget's option table (its figure's `attributes`). */
const table = (name: string) => FIGURES.find((f) => f.name === name)?.attributes ?? {};
/** Whether the widget takes a municipality (and then a region of municipalities). */
export const takesPlace = (name: string): boolean => Object.values(table(name)).some((o) => o.place === 'municipality');
const placeAttributes = (name: string): string[] => Object.keys(table(name)).filter((a) => table(name)[a].place);
/**
 * The municipalities a widget has figures for, so that the place field offers only those: the scorecard's five,
 * the sector flower's sixteen; null where every municipality works (commuting, key figures).
 */
export async function supported(name: string): Promise<Set<string> | null> {
  if (name === 'scorecard') return new Set(scorecard.areas.map((a) => a.code).filter((c) => c.startsWith('GM')));
  if (name === 'sector-bloem') return new Set((await loadSectors()).jobs.regions.map((r) => r.code).filter((c) => c.startsWith('GM')));
  return null;
}

/** The widget's own options: those of its option table that do not name a place. */
export const ownOptions = (name: string): string[] => Object.keys(table(name)).filter((a) => !table(name)[a].place);

/**
 * An option as the builder offers it, from the option table and its words: a choice where the table lists the values
 * (each named as a person would say it), a number field for an integer, else a text field; the label and help line
 * in the page's language.
 */
export function declared(
  name: string,
  attribute: string,
  lang: Lang,
): { number: boolean; label: string; help: string; values: [string, string][]; default: string } {
  const spec = table(name)[attribute];
  const words = optionTexts[name]?.[lang]?.[attribute];
  const values = (spec?.values ?? []).map((v): [string, string] => [String(v), words?.values?.[String(v)] ?? String(v)]);
  return { number: spec?.kind === 'integer', label: words?.label ?? attribute, help: words?.help ?? '', values, default: String(spec?.default ?? '') };
}

/** Reads the state from a query string; anything unknown is dropped, never guessed. */
export function readState(search: string): BuilderState {
  const q = new URLSearchParams(search);
  const asked = q.get('widget');
  const widget = FIGURES.some((f) => f.name === asked) ? (asked as string) : 'scorecard';
  const dropped: string[] = asked !== null && widget !== asked ? [`widget=${asked.slice(0, 40)}`] : [];
  const attributes: Record<string, string> = {};
  const known = [...placeAttributes(widget), ...ownOptions(widget)];
  for (const [k, v] of q) {
    if (['widget', 'lang', 'theme', 'width', 'link'].includes(k)) continue;
    if (known.includes(k) && v && v.length <= 500) attributes[k] = v;
    else if (widget === asked) dropped.push(`${k.slice(0, 40)}=${v.slice(0, 40)}`);
  }
  const width = (Object.keys(WIDTHS) as Width[]).find((w) => w === q.get('width')) ?? 'column';
  const link = q.get('link') ?? '';
  return {
    dropped,
    widget,
    lang: q.get('lang') === 'en' ? 'en' : 'nl',
    theme: ['light', 'dark', 'auto', 'nlds'].includes(q.get('theme') ?? '') ? (q.get('theme') as string) : 'light',
    width,
    link: link.length <= 500 ? link : '',
    attributes,
  };
}

/** The query string of a state: the builder's link, and the iframe's settings. */
export function writeState(s: BuilderState): string {
  const q = new URLSearchParams({ widget: s.widget, lang: s.lang, theme: s.theme, width: s.width });
  for (const [k, v] of Object.entries(s.attributes)) if (v.trim()) q.set(k, v.trim());
  if (s.link.trim()) q.set('link', s.link.trim());
  return q.toString();
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** ` name="value"` for each attribute, escaped. */
const attributeText = (list: [string, string][]) => list.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');

/** The widget's figure and its bundled data for the chosen attributes, as the snippets and images draw them. */
async function figureAndData(s: BuilderState): Promise<{ figure: AnyFigure; options: Record<string, string>; data: unknown }> {
  const figure = FIGURES.find((f) => f.name === s.widget)!;
  const options: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.attributes)) if (v.trim()) options[optionName(k)] = v.trim();
  return { figure, options, data: await figure.loadDefault(options) };
}
/** The attributes of the element, in a fixed order: lang, theme, then the widget's. */
function attributesOf(s: BuilderState): [string, string][] {
  const list: [string, string][] = [['lang', s.lang]];
  // The NL Design System mapping is a stylesheet, not an attribute: the widget keeps the light scheme under it.
  if (s.theme !== 'light' && s.theme !== 'nlds') list.push(['theme', s.theme]);
  for (const [k, v] of Object.entries(s.attributes)) if (v.trim()) list.push([k, v.trim()]);
  return list;
}

/** The script-tag snippet: one script and the element with exactly the chosen attributes. */
export function scriptSnippet(s: BuilderState): string {
  const attrs = attributeText(attributesOf(s));
  const nlds = s.theme === 'nlds' ? `<link rel="stylesheet" href="${CDN}/cdn/q4-nlds.css" />\n` : '';
  return `${nlds}<script type="module" src="${CDN}/cdn/q4-${s.widget}.js"></script>\n<q4-${s.widget}${attrs}></q4-${s.widget}>`;
}

/** The iframe snippet, with the listener that gives the iframe the height of its content. */
export function iframeSnippet(s: BuilderState, title: string): string {
  const id = `q4-${s.widget}-${Math.abs([...writeState(s)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)).toString(36)}`;
  const q = new URLSearchParams({ widget: s.widget });
  for (const [k, v] of attributesOf(s)) q.set(k, v);
  q.set('embed-id', id);
  return [
    `<iframe id="${id}" title="${escapeAttribute(title)}" loading="lazy" width="100%" height="600" style="border:0"`,
    `  src="${CDN}/embed/index.html?${escapeAttribute(q.toString())}"></iframe>`,
    `<script>`,
    `  addEventListener('message', function (e) {`,
    `    var d = e.data, f = d && d.source === 'q4-embed' && d.type === 'q4-resize' && document.getElementById(d.id);`,
    `    if (f && f.contentWindow === e.source) f.style.height = d.height + 'px';`,
    `  });`,
    `</script>`,
  ].join('\n');
}

/**
 * "HTML zonder script": the widget as a fragment that needs no script, as `q4-render --format html` makes it: the
 * element renders its static figure (data given, table in a `<details>`, no buttons) off screen at `width`, and its
 * shadow root is written out as a declarative shadow root with the widget's styles. The browser's serialiser escapes
 * every text and attribute value.
 */
export async function staticSnippet(s: BuilderState, width = 640): Promise<string> {
  const { data } = await figureAndData(s);
  const tag = `q4-${s.widget}`;
  const attributes = attributesOf(s).filter(([k]) => k !== 'theme');
  const element = document.createElement(tag) as HTMLElement & { staticFigure?: unknown; updateComplete: Promise<boolean> };
  for (const [k, v] of attributes) element.setAttribute(k, v);
  element.staticFigure = { data, width };
  const box = el('div', { 'aria-hidden': 'true' });
  box.style.cssText = `position: absolute; left: -10000px; top: 0; width: ${width}px`;
  box.append(element);
  document.body.append(box);
  try {
    await element.updateComplete;
    const styles = ((element.constructor as unknown as { elementStyles?: { cssText?: string }[] }).elementStyles ?? []).map((c) => c.cssText ?? '').join('\n');
    const inner = element.shadowRoot!.innerHTML.replace(/<!--\??(lit\$\d+\$)?-->/g, '');
    return `<${tag}${attributeText(attributes)}><template shadowrootmode="open"><style>${styles}</style>${inner.trim()}</template></${tag}>`;
  } finally {
    box.remove();
  }
}

/** The newsletter image: the widget's figure drawn 600 CSS px wide, as q4-render draws it, at 2x. */
export async function newsletterImage(
  s: BuilderState,
): Promise<{ png: Blob; svg: string; alt: string; html: string; fileName: string; width: number; height: number }> {
  const { figure, options, data } = await figureAndData(s);
  const drawn = renderFigure(figure, data, options, { width: 600, lang: s.lang, document });
  const { svg, width, height, html, fileName } = coreNewsletterImage(drawn, { lang: s.lang, link: s.link, format: 'png' });
  return { png: await svgToPng(svg, 2), svg, alt: drawn.alt, html, fileName, width, height };
}

// --- the page ---------------------------------------------------------------------------------

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
};

function start(root: HTMLElement): void {
  let state = readState(location.search);
  let t = messages[state.lang];
  let index: Awaited<ReturnType<typeof loadAreaIndex>> | null = null;
  const preview = el('div', { class: 'preview', id: 'preview' });

  /**
   * Takes a choice into the state and the URL, then redraws what depends on it: the whole page (`render`, for the
   * widget and the language), the preview and the outputs (`refresh`), or nothing (`url`: the newsletter's link,
   * read when the image is made, so that the button under the pointer is not replaced before its click).
   */
  const update = (next: Partial<BuilderState>, redraw: 'render' | 'refresh' | 'url' = 'refresh') => {
    state = { ...state, dropped: [], ...next };
    history.replaceState(null, '', `?${writeState(state)}`);
    if (redraw === 'render' || next.lang) render();
    else if (redraw === 'refresh') refresh();
  };

  /** The live widget, created anew from the state. */
  function showPreview(): void {
    const element = document.createElement(`q4-${state.widget}`);
    for (const [k, v] of attributesOf(state)) element.setAttribute(k, v);
    // Drawn at once, even below the form on a narrow screen: the preview is what the page is for.
    element.setAttribute('loading', 'eager');
    preview.replaceChildren(element);
    // The mapping onto NL Design System tokens, as the snippet loads it (a file next to this page: no inline style).
    const link = document.getElementById('q4-nlds');
    if (state.theme === 'nlds' && !link) document.head.append(el('link', { id: 'q4-nlds', rel: 'stylesheet', href: 'q4-nlds.css' }));
    if (state.theme !== 'nlds') link?.remove();
    preview.style.maxWidth = WIDTHS[state.width] ? `${WIDTHS[state.width]}px` : '';
    preview.dataset.width = state.width;
  }

  const outputs = el('section', { class: 'outputs', 'aria-labelledby': 'outputs-heading' });
  function showOutputs(): void {
    const title = `${widgetText[state.widget][state.lang].name} (Q4)`;
    const block = (id: string, label: string, text: string, hint?: string) => {
      const area = el('textarea', {
        id,
        readonly: '',
        rows: String(Math.min(10, text.split('\n').length + 1)),
        ...(hint ? { 'aria-describedby': `${id}-hint` } : {}),
      });
      area.value = text;
      const copy = el('button', { type: 'button' }, t.copy);
      copy.addEventListener('click', async () => {
        await navigator.clipboard?.writeText(text).catch(() => area.select());
        copy.textContent = t.copied;
      });
      return el('div', { class: 'output' }, el('label', { for: id }, label), ...(hint ? [el('p', { class: 'hint', id: `${id}-hint` }, hint)] : []), area, copy);
    };
    const linkField = el('input', { id: 'link', type: 'url', value: state.link, placeholder: 'https://' });
    linkField.addEventListener('change', () => update({ link: linkField.value }, 'url'));
    const make = el('button', { type: 'button', id: 'make-newsletter' }, t.makeNewsletter);
    const result = el('div', { class: 'newsletter', 'aria-live': 'polite' });
    make.addEventListener('click', async () => {
      result.replaceChildren(el('p', {}, t.working));
      try {
        const n = await newsletterImage(state);
        const img = el('img', { src: URL.createObjectURL(n.png), width: String(n.width), height: String(n.height), alt: n.alt, class: 'newsletter__image' });
        const save = el('button', { type: 'button' }, t.downloadPng);
        save.addEventListener('click', () => download(n.png, n.fileName, 'image/png'));
        // The snippet names the image by its file name: say where its address goes.
        result.replaceChildren(img, save, block('newsletter-html', t.newsletterHtml, n.html, fill(t.newsletterUpload, { file: n.fileName })));
      } catch (error) {
        result.replaceChildren(el('p', { role: 'alert' }, `${t.failed} ${(error as Error).message}`));
      }
    });
    // HTML zonder script: made on demand, since it loads the data and draws the figure once more.
    const makeStatic = el('button', { type: 'button', id: 'make-static' }, t.makeStatic);
    const staticResult = el('div', { class: 'static-html', 'aria-live': 'polite' });
    makeStatic.addEventListener('click', async () => {
      staticResult.replaceChildren(el('p', {}, t.working));
      try {
        staticResult.replaceChildren(block('static-snippet', t.staticSnippet, await staticSnippet(state)));
      } catch (error) {
        staticResult.replaceChildren(el('p', { role: 'alert' }, `${t.staticFailed} ${(error as Error).message}`));
      }
    });
    const staticBlock = el('div', { class: 'output' }, makeStatic, staticResult);
    // The element's own downloads: the same files, names and CSV (with its byte-order mark) as its download menu.
    const fileButton = (label: string, kind: 'png' | 'svg' | 'csv') => {
      const b = el('button', { type: 'button' }, label);
      b.addEventListener('click', () => void (preview.firstElementChild as { download(kind: 'png' | 'svg' | 'csv'): Promise<void> } | null)?.download(kind));
      return b;
    };
    outputs.replaceChildren(
      el('h2', { id: 'outputs-heading' }, t.takeAway),
      el('h3', {}, t.website),
      block('script-snippet', t.scriptSnippet, scriptSnippet(state)),
      block('iframe-snippet', t.iframeSnippet, iframeSnippet(state, title)),
      staticBlock,
      el('h3', {}, t.newsletter),
      el('div', { class: 'field' }, el('label', { for: 'link' }, t.link), linkField),
      make,
      result,
      el('h3', {}, t.image),
      el('div', { class: 'buttons' }, fileButton('PNG', 'png'), fileButton('SVG', 'svg')),
      el('h3', {}, t.data),
      el('div', { class: 'buttons' }, fileButton('CSV', 'csv')),
    );
  }

  function refresh(): void {
    showPreview();
    showOutputs();
  }

  /** A select with a label; `options` are [value, text]. */
  const select = (id: string, label: string, value: string, options: [string, string][], onChange: (v: string) => void, hint?: string) => {
    const s = el('select', { id, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) }, ...options.map(([v, text]) => el('option', { value: v }, text)));
    s.value = value;
    s.addEventListener('change', () => onChange(s.value));
    return el('div', { class: 'field' }, el('label', { for: id }, label), s, ...(hint ? [el('p', { class: 'hint', id: `${id}-hint` }, hint)] : []));
  };

  /** The place: a combobox over the area index (ARIA 1.2 combobox with a listbox), or a region. */
  function placeControls(): HTMLElement {
    const box = el('fieldset', { class: 'place' }, el('legend', {}, t.place));
    const input = el('input', {
      id: 'place',
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'place-list',
      autocomplete: 'off',
      value: state.attributes.municipality ?? '',
      'aria-describedby': 'place-hint',
    });
    const list = el('ul', { id: 'place-list', role: 'listbox', 'aria-label': t.placeSuggestions, hidden: '' });
    let options: Municipality[] = [];
    let active = -1;
    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    /** Sets the place: a municipality chosen from the list, the text as typed, or none (the report's region). */
    const choose = (m: Municipality | string | null) => {
      if (m !== null && typeof m !== 'string') input.value = m.name;
      else if (m === null) input.value = '';
      close();
      const attributes = { ...state.attributes };
      delete attributes.region;
      delete attributes['region-name'];
      if (m === null) delete attributes.municipality;
      else attributes.municipality = typeof m === 'string' ? m : m.code;
      update({ attributes });
    };
    /**
     * What the field holds when the reader leaves it or presses Enter with no suggestion: a typed place always
     * reaches the preview, as that place (the widget resolves a name or code itself) or as the widget's own
     * visible error ("Deventer" for the scorecard), never silently ignored.
     */
    const commitTyped = () => {
      const text = input.value.trim().slice(0, 60);
      const current = state.attributes.municipality;
      if (!text) return current ? choose(null) : close();
      if (current && (current === text || index?.byCode.get(current)?.name === text)) return close();
      const same = (a: string) => a.toLowerCase() === text.toLowerCase();
      const exact = options.find((m) => same(m.name) || same(m.code));
      choose(exact ?? text);
    };
    const show = async () => {
      // A suggestion list that cannot load stays closed: the field still takes a typed code or name.
      const loaded = await Promise.all([index ?? loadAreaIndex(), supported(state.widget)]).catch(() => null);
      if (!loaded) return close();
      index = loaded[0];
      const only = loaded[1];
      const text = input.value.trim();
      // Suggestions among the municipalities the widget has figures for: all of them when the field is empty.
      const pool = only ? { ...index, municipalities: index.municipalities.filter((m) => only.has(m.code)) } : index;
      options = text ? suggest(pool, text, 8) : only ? pool.municipalities : [];
      list.replaceChildren(
        ...options.map((m, i) => {
          const li = el('li', { id: `place-option-${i}`, role: 'option', 'aria-selected': 'false' }, `${m.name} (${m.code})`);
          li.addEventListener('mousedown', (e) => e.preventDefault());
          li.addEventListener('click', () => choose(m));
          return li;
        }),
      );
      list.hidden = options.length === 0;
      input.setAttribute('aria-expanded', String(options.length > 0));
    };
    const highlight = (i: number) => {
      active = i;
      [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
      if (i >= 0) input.setAttribute('aria-activedescendant', `place-option-${i}`);
      else input.removeAttribute('aria-activedescendant');
    };
    // A code from a shared link is shown by its name once the index is there.
    const code = state.attributes.municipality;
    if (code)
      void loadAreaIndex().then((i) => {
        index = i;
        const m = i.byCode.get(code);
        if (m && input.value === code) input.value = m.name;
      });
    input.addEventListener('input', () => void show());
    input.addEventListener(
      'focus',
      () =>
        void supported(state.widget)
          .then((only) => {
            if (only && !input.value) void show();
          })
          .catch(() => {}),
    );
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (list.hidden) void show();
        else highlight(Math.min(options.length - 1, active + 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        highlight(Math.max(0, active - 1));
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (active >= 0) choose(options[active]);
        else if (input.value.trim() && options.length && list.hidden === false) choose(options[0]);
        else commitTyped();
      } else if (e.key === 'Escape') close();
    });
    input.addEventListener('blur', () => close());
    input.addEventListener('change', commitTyped);
    const region = el('input', { id: 'region', type: 'text', value: state.attributes.region ?? '', 'aria-describedby': 'region-hint' });
    const regionName = el('input', { id: 'region-name', type: 'text', maxlength: '60', value: state.attributes['region-name'] ?? '' });
    const setRegion = () => {
      const attributes: Record<string, string> = { ...state.attributes, region: region.value, 'region-name': regionName.value };
      delete attributes.municipality;
      input.value = '';
      update({ attributes });
    };
    region.addEventListener('change', setRegion);
    regionName.addEventListener('change', setRegion);
    const reset = el('button', { type: 'button' }, t.reportRegion);
    reset.addEventListener('click', () => {
      input.value = '';
      region.value = '';
      regionName.value = '';
      const attributes = { ...state.attributes };
      for (const a of placeAttributes(state.widget)) delete attributes[a];
      update({ attributes });
    });
    box.append(
      el(
        'div',
        { class: 'field combobox' },
        el('label', { for: 'place' }, t.municipality),
        input,
        list,
        el('p', { class: 'hint', id: 'place-hint' }, t.placeHint),
      ),
      el('div', { class: 'field' }, el('label', { for: 'region' }, t.region), region, el('p', { class: 'hint', id: 'region-hint' }, t.regionHint)),
      el('div', { class: 'field' }, el('label', { for: 'region-name' }, t.regionName), regionName),
      reset,
    );
    return box;
  }

  /**
   * The widget's own options, from its declared attributes: a choice where the declaration lists the values, a
   * number field for a number, else a text field; the declaration's description as the hint.
   */
  function optionControls(): HTMLElement | null {
    const own = ownOptions(state.widget);
    if (!own.length) return null;
    return el(
      'fieldset',
      { class: 'options' },
      el('legend', {}, t.options),
      ...own.map((a) => {
        const d = declared(state.widget, a, state.lang);
        const id = `option-${a}`;
        const hint = d.help ? el('p', { class: 'hint', id: `${id}-hint` }, d.help) : null;
        const described = hint ? { 'aria-describedby': `${id}-hint` } : {};
        // The empty choice is the widget's default (no attribute in the snippet), named when it is one of the values.
        const fallback = d.values.find(([v]) => v === d.default);
        const choices = d.values.filter(([v]) => v !== d.default).map(([v, text]) => el('option', { value: v }, text));
        const control = d.values.length
          ? el('select', { id, ...described }, el('option', { value: '' }, fallback ? fill(t.defaultIs, { value: fallback[1] }) : t.default), ...choices)
          : el('input', { id, type: d.number ? 'number' : 'text', value: state.attributes[a] ?? '', ...described });
        control.value = state.attributes[a] ?? '';
        control.addEventListener('change', () => update({ attributes: { ...state.attributes, [a]: control.value } }));
        return el('div', { class: 'field' }, el('label', { for: id }, d.label), control, ...(hint ? [hint] : []));
      }),
    );
  }

  function render(): void {
    t = messages[state.lang];
    document.documentElement.lang = state.lang;
    document.title = t.pageTitle;
    document.getElementById('page-title')!.textContent = t.heading;
    document.getElementById('page-intro')!.textContent = t.intro;
    const widgets: [string, string][] = FIGURES.map((f) => {
      const { name, summary } = widgetText[f.name][state.lang];
      return [f.name, summary ? `${name}: ${summary}` : name];
    });
    const choose = el(
      'section',
      { class: 'choose', 'aria-labelledby': 'choose-heading' },
      el('h2', { id: 'choose-heading' }, t.choose),
      // Another widget keeps the chosen place where it takes one; its own options start from their defaults.
      select('widget', 'Widget', state.widget, widgets, (v) =>
        update({ widget: v, attributes: Object.fromEntries(Object.entries(state.attributes).filter(([k]) => placeAttributes(v).includes(k))) }, 'render'),
      ),
      ...(takesPlace(state.widget) ? [placeControls()] : []),
      select(
        'lang',
        t.language,
        state.lang,
        [
          ['nl', 'Nederlands'],
          ['en', 'English'],
        ],
        (v) => update({ lang: v as Lang }, 'render'),
      ),
      select(
        'theme',
        t.theme,
        state.theme,
        [
          ['light', t.light],
          ['dark', t.dark],
          ['auto', t.auto],
          ['nlds', t.nlds],
        ],
        (v) => update({ theme: v }, 'render'),
        state.theme === 'nlds' ? t.nldsHint : undefined,
      ),
      ...[optionControls()].filter((x): x is HTMLElement => x !== null),
      select(
        'width',
        t.width,
        state.width,
        [
          ['phone', t.phone],
          ['column', t.column],
          ['full', t.full],
        ],
        (v) => update({ width: v as Width }),
      ),
    );
    const dropped = state.dropped?.length ? [el('p', { class: 'notice', role: 'status' }, `${t.dropped} ${state.dropped.join(', ')}`)] : [];
    root.replaceChildren(
      ...dropped,
      choose,
      el(
        'section',
        { class: 'preview-section', 'aria-labelledby': 'preview-heading' },
        el('h2', { id: 'preview-heading', tabindex: '-1' }, t.preview),
        preview,
      ),
      outputs,
    );
    refresh();
  }

  render();
}

const root = document.getElementById('builder');
if (root) start(root);
