// The builder's state and what it makes: the page's URL state, the widget's options as the builder offers them, and
// the snippets, the static HTML and the newsletter image of a state. The page itself is <q4-builder> (q4-builder.ts).
import { newsletterImage as coreNewsletterImage, optionName, renderFigure, svgToPng, type FigureDefinition, type Lang } from '@q4/core';
import { figures, optionTexts } from '../src/generated/figures.js';
import { writeQuery } from '../src/profile-model/profile.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFigure = FigureDefinition<any, any, any>;
/** Every widget, in the registry's order (widgets.json). */
export const FIGURES: readonly AnyFigure[] = figures;
const CDN = 'https://cdn.jsdelivr.net/npm/@q4/widgets/dist';
export const WIDTHS = { phone: 360, column: 600, full: 0 } as const;
export type Width = keyof typeof WIDTHS;

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
export const placeAttributes = (name: string): string[] => Object.keys(table(name)).filter((a) => table(name)[a].place);
/**
 * The municipalities a widget has figures for (its figure's `places`), so that the place field offers only those;
 * null where every municipality works.
 */
export async function supported(name: string): Promise<ReadonlySet<string> | null> {
  return (await FIGURES.find((f) => f.name === name)?.places?.()) ?? null;
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

/** The profile page of the state's place (its municipality or region, else the report's region), in its language. */
export function profileLink(s: BuilderState): string {
  const a = (k: string) => s.attributes[k]?.trim() ?? '';
  const q = writeQuery({ municipality: a('municipality'), region: a('region'), regionName: a('region-name'), compare: '', lang: s.lang });
  return `../profile/index.html${q ? `?${q}` : ''}`;
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
export function attributesOf(s: BuilderState): [string, string][] {
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
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = `position: absolute; left: -10000px; top: 0; width: ${width}px`;
  box.append(element);
  document.body.append(box);
  try {
    await element.updateComplete;
    const styles = ((element.constructor as unknown as { elementStyles?: { cssText?: string }[] }).elementStyles ?? []).map((c) => c.cssText ?? '').join('\n');
    // Built as DOM and serialised by the browser (every text and attribute value escaped): the element's shadow
    // root in a <template shadowrootmode>, its styles first, without Lit's markers (comments) or the edges' blank text.
    const host = document.createElement(tag);
    for (const [k, v] of attributes) host.setAttribute(k, v);
    const root = document.createElement('template');
    root.setAttribute('shadowrootmode', 'open');
    const style = document.createElement('style');
    style.textContent = styles;
    root.content.append(style, ...[...element.shadowRoot!.childNodes].map((n) => n.cloneNode(true)));
    const comments = document.createTreeWalker(root.content, NodeFilter.SHOW_COMMENT);
    const markers: Node[] = [];
    while (comments.nextNode()) markers.push(comments.currentNode);
    for (const m of markers) m.parentNode!.removeChild(m);
    for (const edge of [style.nextSibling, root.content.lastChild]) if (edge?.nodeType === Node.TEXT_NODE && !edge.textContent!.trim()) edge.remove();
    host.append(root);
    return host.outerHTML;
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
