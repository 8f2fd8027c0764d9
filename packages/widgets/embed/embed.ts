// The iframe embed: dist/embed/index.html?widget=scorecard&municipality=GM0355&lang=en
// Creates one widget from the query string, accepting only the attributes that widget observes, and tells the
// host page its height (and the reader's selections) by postMessage. Nothing from the URL is parsed as HTML.
import '../src/index.js';
import { widgetNames } from '../src/generated/names.js';

/** The widgets this page can show, the registry's (widgets.json): `widget=<name>` becomes `<q4-<name>>`. */
export const EMBEDDABLE: readonly string[] = widgetNames;

const messages = {
  nl: {
    title: 'Deze grafiek kan niet worden getoond.',
    widget: 'Onbekende widget "{value}". Kies uit: {list}.',
    attribute: 'Onbekende instelling "{value}" voor {widget}. Mogelijk: {list}.',
    value: 'De waarde van "{name}" is te lang of leeg.',
  },
  en: {
    title: 'This chart cannot be shown.',
    widget: 'Unknown widget "{value}". Choose from: {list}.',
    attribute: 'Unknown setting "{value}" for {widget}. Possible: {list}.',
    value: 'The value of "{name}" is too long or empty.',
  },
};

/** Parameters of the page itself, not passed to the widget. */
const OWN = ['widget', 'embed-id'];

export interface EmbedResult {
  element?: HTMLElement;
  error?: string;
}

/** Builds the widget for a query string; exported for tests. */
export function buildEmbed(search: string, doc: Document = document): EmbedResult {
  const params = new URLSearchParams(search);
  const lang = /^en\b/i.test(params.get('lang') ?? '') ? 'en' : 'nl';
  const t = messages[lang];
  const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
  const name = (params.get('widget') ?? '').trim().toLowerCase();
  if (!EMBEDDABLE.includes(name)) return { error: fill(t.widget, { value: name.slice(0, 40), list: EMBEDDABLE.join(', ') }) };
  const tag = `q4-${name}`;
  const allowed = ((customElements.get(tag) as unknown as { observedAttributes?: string[] })?.observedAttributes ?? []).filter((a) => a !== 'data');
  const element = doc.createElement(tag);
  for (const [key, value] of params) {
    if (OWN.includes(key)) continue;
    if (!allowed.includes(key)) return { error: fill(t.attribute, { value: key.slice(0, 40), widget: tag, list: allowed.join(', ') }) };
    if (!value.trim() || value.length > 500) return { error: fill(t.value, { name: key }) };
    element.setAttribute(key, value);
  }
  return { element };
}

function start(): void {
  const host = document.getElementById('q4-embed')!;
  const { element, error } = buildEmbed(location.search);
  const params = new URLSearchParams(location.search);
  const lang = /^en\b/i.test(params.get('lang') ?? '') ? 'en' : 'nl';
  document.documentElement.lang = lang;
  const id = params.get('embed-id') ?? '';
  const post = (message: Record<string, unknown>) => {
    if (window.parent !== window) window.parent.postMessage({ source: 'q4-embed', id, ...message }, '*');
  };
  if (error || !element) {
    const box = document.createElement('div');
    box.className = 'q4-embed-error';
    box.setAttribute('role', 'alert');
    const title = document.createElement('p');
    title.textContent = messages[lang].title;
    const text = document.createElement('p');
    text.textContent = error ?? '';
    box.append(title, text);
    host.append(box);
    post({ type: 'q4-error', detail: { code: 'invalid-option', message: error } });
  } else {
    document.title = `${element.localName} – Q4`;
    host.append(element);
    for (const type of ['q4-select', 'q4-error', 'q4-render']) {
      element.addEventListener(type, (e) => post({ type, detail: (e as CustomEvent).detail }));
    }
    // Linked iframes: the host page passes a place chosen in another iframe (its q4-select) back as
    // { source: 'q4-host', type: 'q4-follow', code, name }; the widget follows it as a linked widget does, with its
    // live region (present from the start, so it is announced). Only the parent page is heard; the values are text.
    if (!element.getAttribute('link')) element.setAttribute('link', 'q4-embed');
    window.addEventListener('message', (e) => {
      const d = e.data as { source?: unknown; type?: unknown; code?: unknown; name?: unknown } | null;
      if (e.source !== window.parent || !d || d.source !== 'q4-host' || d.type !== 'q4-follow' || typeof d.code !== 'string') return;
      (element as HTMLElement & { follow(place: { code: string; name?: string }): void }).follow({
        code: d.code,
        name: typeof d.name === 'string' ? d.name : d.code,
      });
    });
  }
  // Tell the host our height whenever it changes, at most once per frame.
  let last = 0;
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== last) post({ type: 'q4-resize', height: (last = height) });
    });
  }).observe(document.documentElement);
}

if (document.getElementById('q4-embed')) start();
