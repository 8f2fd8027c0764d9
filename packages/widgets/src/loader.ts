// q4-widgets.js on the CDN: the autoloader (Shoelace's pattern). This code is a few hundred bytes and runs first;
// the CDN build puts the runtime every widget shares (one copy of Plot and d3, of Lit and of our core) after it in the
// same file (rollup.config.mjs), and each widget's own module (`lazy/` of dist/cdn) arrives only when its tag appears
// on the page. The npm package's `@q4/widgets` (index.ts) still registers every widget.
import { widgetModules } from './generated/modules.js';

/** Each widget's module, by tag, from the registry (widgets.json): importing it registers the element (never twice:
 * core's `define()` keeps the first registration). */
const widgets: Record<string, () => Promise<unknown>> = widgetModules;

/** The tags this loader knows, for pages and tests. */
export const tags = Object.keys(widgets);

// Written into the built file (scripts/cdn-plugins.mjs): each widget module's file with the chunks it imports, as
// the loader asks for them, and the gzip size of every file, `./lazy/all.js` included. Absent outside that build.
declare const __q4deps: Record<string, string[]> | undefined;
declare const __q4sizes: Record<string, number> | undefined;

/**
 * How this page gets its widgets' code, decided once, at the first q4-* tags seen:
 * - `split`: each widget's module, with the data package's chunks it imports;
 * - `all`: `lazy/all.js`, one module with every widget. One file compresses better than the seven modules
 *   (docs/performance.md), so a page whose tags would need more bytes split than `lazy/all.js` weighs
 *   (a page with the map and most of the other widgets; docs/performance.md) gets that instead.
 * A page's own `<link rel="modulepreload">` hints decide for it: `lazy/all.js` means all, any other `lazy/` module
 * split. Once decided, widgets added later come the same way, so the page never loads Plot twice.
 */
let mode: 'split' | 'all' | undefined;

function decide(seen: string[]): void {
  if (mode || !seen.length) return;
  const hints = [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href).filter((h) => /\/lazy\/[\w-]+\.js(\?|$)/.test(h));
  if (hints.length) {
    mode = hints.some((h) => /\/lazy\/all\.js(\?|$)/.test(h)) ? 'all' : 'split';
    return;
  }
  // Both maps come with the built file (a placeholder the minifier cannot see through); without them, split.
  const sizes = typeof __q4sizes === 'object' ? __q4sizes : undefined;
  const all = sizes?.['./lazy/all.js'];
  if (!sizes || !all) {
    mode = 'split';
    return;
  }
  const files = new Set(seen.flatMap((tag) => __q4deps?.[`./lazy/${tag.slice(3)}.js`] ?? []));
  const split = [...files].reduce((sum, file) => sum + (sizes[file] ?? 0), 0);
  mode = split > all ? 'all' : 'split';
}

/** The one import of `lazy/all.js`, shared by every tag; forgotten when it fails, so a retry asks again. */
let everyWidget: Promise<unknown> | undefined;
const importAll = () =>
  (everyWidget ??= import('./all.js').catch((error: unknown) => {
    everyWidget = undefined;
    throw error;
  }));

const loading = new Map<string, Promise<void>>();

/**
 * What an element shows when its code could not load. The element has no shadow root yet, so this goes in its light
 * DOM, which the widget's shadow root hides once it upgrades. (Core's texts say the same for data; the loader does
 * not import core, which would put it on every page before any widget is seen.)
 */
const failedText = {
  nl: { message: 'Deze grafiek kon niet worden geladen.', retry: 'Opnieuw proberen' },
  en: { message: 'This chart could not be loaded.', retry: 'Try again' },
};
const FAILED = 'data-q4-load-failed';

function showFailure(el: Element, tag: string): void {
  if (el.querySelector(`:scope > [${FAILED}]`)) return;
  const text = failedText[(el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en') ? 'en' : 'nl'];
  const box = document.createElement('p');
  box.setAttribute(FAILED, '');
  box.setAttribute('role', 'alert');
  box.textContent = `${text.message} `;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text.retry;
  button.addEventListener('click', () => void load(tag));
  box.append(button);
  el.append(box);
}

/**
 * Loads the module of `tag` unless the tag is registered (by this loader, a per-widget file or the npm packages).
 * A module that fails to load is forgotten, so the next sight of its tag, or the retry button, tries again with a
 * fresh request; meanwhile every element of that tag says so visibly and gets a `q4-error` with code `network`.
 */
export function load(tag: string): Promise<void> {
  const importer = widgets[tag];
  if (!importer || customElements.get(tag)) return Promise.resolve();
  decide([tag]);
  let promise = loading.get(tag);
  if (!promise) {
    promise = (mode === 'all' ? importAll() : importer()).then(
      () => {
        // lazy/all.js brings every widget: the notes of every tag go.
        for (const box of document.querySelectorAll((mode === 'all' ? tags : [tag]).map((t) => `${t} > [${FAILED}]`).join(','))) box.remove();
      },
      (error: unknown) => {
        loading.delete(tag);
        const message = `${tag}: de code van deze widget kon niet worden geladen (${String((error as Error)?.message ?? error)})`;
        console.error(message);
        for (const el of document.querySelectorAll(tag)) {
          showFailure(el, tag);
          el.dispatchEvent(new CustomEvent('q4-error', { detail: { code: 'network', message }, bubbles: true, composed: true }));
        }
      },
    );
    loading.set(tag, promise);
  }
  return promise;
}

const observed = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  const added = records.flatMap((record) => [...record.addedNodes].filter((node): node is Element => node instanceof Element));
  // Widgets added in one go (a framework rendering a dashboard) decide together how their code comes.
  if (!mode)
    decide(
      [...new Set(added.flatMap((el) => [el, ...el.querySelectorAll('*')]).map((el) => el.localName))].filter(
        (tag) => widgets[tag] && !customElements.get(tag),
      ),
    );
  for (const el of added) void discover(el);
});

/** Watches `root` (the document, or an open shadow root of the page's own components) for q4-* tags added later. */
function watch(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

/**
 * Finds the q4-* tags in `root` and below, loads their modules, and watches the open shadow roots found there for
 * tags added later. The loader calls it for the document. Call it yourself for a shadow root attached after its
 * host entered the page. Our widgets' own shadow roots hold no q4-* tags and are not watched (a chart's hundreds
 * of SVG elements would each be a mutation to look at).
 */
export function discover(root: Element | Document | ShadowRoot): Promise<void> {
  const found = new Set<string>();
  const inner: ShadowRoot[] = [];
  if (root instanceof ShadowRoot) watch(root);
  const visit = (el: Element) => {
    if (el.localName.startsWith('q4-')) found.add(el.localName);
    else if (el.shadowRoot && !observed.has(el.shadowRoot)) {
      watch(el.shadowRoot);
      inner.push(el.shadowRoot);
    }
  };
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll('*')) visit(el);
  decide([...found].filter((tag) => widgets[tag] && !customElements.get(tag)));
  for (const shadow of inner) void discover(shadow);
  return Promise.all([...found].map(load)).then(() => undefined);
}

/**
 * Until its code arrives a `q4-*` tag is an empty inline element, 0 px tall. When each kind of widget comes in its
 * own module, the widget whose code arrives first would see the tags above it as nothing, take itself for near the
 * viewport and start (a defined widget holds `--q4-deferred-height` itself, core's styles.ts). So an undefined tag
 * holds that box too. In a cascade layer: any rule of the page's own wins over it. Constructed, not a `<style>`, so a
 * strict CSP allows it.
 */
function holdPlaces(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@layer q4-widgets{${tags.map((t) => `${t}:not(:defined,[hidden])`).join()}{display:block;min-height:var(--q4-deferred-height,320px)}}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed stylesheets: the tags stay as they are.
  }
}

// The first copy of this file on a page does the watching (the file loaded three times, or from two addresses,
// still loads each widget once: `define` keeps the first registration).
const flag = Symbol.for('q4-widgets.loader');
const page = globalThis as { [flag]?: boolean };
if (typeof document !== 'undefined' && !page[flag]) {
  page[flag] = true;
  holdPlaces();
  watch(document);
  void discover(document);
}
