// The builder page (dist/builder/index.html) as one element, <q4-builder>. Anyone chooses a widget, a place, a
// language, a theme and the widget's own options with labelled form controls, sees the live widget, and takes away
// a script tag, an iframe, HTML without script, a newsletter PNG with its HTML, an SVG and the CSV. Every choice is
// in the page's URL. The page is made of the widgets themselves: the preview is the element, its downloads are the
// element's own, and the newsletter image is the same pure figure q4-render draws. Lit escapes every value (nothing
// typed or from a URL is parsed as HTML) and the page has no inline script or style, so it runs under a strict CSP.
import '../src/index.js';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import { download, fill, type Lang } from '@q4/core';
import {
  FIGURES,
  WIDTHS,
  attributesOf,
  declared,
  iframeSnippet,
  newsletterImage,
  ownOptions,
  placeAttributes,
  profileLink,
  readState,
  scriptSnippet,
  staticSnippet,
  supported,
  takesPlace,
  writeState,
  type BuilderState,
  type Width,
} from './builder.js';
import { messages } from './builder-text.js';
import { Q4PlaceCombobox, type PlaceChoice } from './place-combobox.js';
import { widgetText } from '../src/generated/names.js';

type Texts = (typeof messages)[Lang];
type Made<T> = { state: 'working' } | { state: 'done'; value: T } | { state: 'failed'; message: string };
type Newsletter = Awaited<ReturnType<typeof newsletterImage>> & { url: string };
type Download = 'png' | 'svg' | 'csv';

/**
 * The builder: its state is the page's URL (`readState`/`writeState`); each choice writes it back and draws what
 * depends on it. The preview widget is made anew when the widget, its attributes, the language or the theme change;
 * what was made from the previous choice (the newsletter image, the HTML without script) is then cleared. The
 * newsletter's link changes only the URL, so that the button under the pointer keeps its first click.
 *
 * @tag q4-builder
 */
export class Q4Builder extends LitElement {
  @state() private s: BuilderState = readState(location.search);
  @state() private newsletter?: Made<Newsletter>;
  @state() private staticHtml?: Made<string>;
  @state() private copied = new Set<string>();
  #preview?: HTMLElement & { download?(kind: Download): Promise<void> };
  #previewKey = '';
  #offered = new Map<string, Promise<ReadonlySet<string> | null>>();

  /** The page's DOM, not a shadow root: the page's stylesheet (builder.css) applies, and labels reach their fields. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /**
   * Takes a choice into the state and the URL, and draws what depends on it at once: a control read right after the
   * choice (the place field after the widget changed) is already the new one.
   */
  #set(next: Partial<BuilderState>): void {
    this.s = { ...this.s, dropped: [], ...next };
    history.replaceState(null, '', `?${writeState(this.s)}`);
    if (this.isUpdatePending) this.performUpdate();
  }

  #setAttributes(attributes: Record<string, string>): void {
    this.#set({ attributes });
  }

  protected override willUpdate(): void {
    const { widget, lang, theme, attributes } = this.s;
    const key = JSON.stringify([widget, lang, theme, attributes]);
    if (key === this.#previewKey) return;
    this.#previewKey = key;
    const element = document.createElement(`q4-${widget}`);
    for (const [k, v] of attributesOf(this.s)) element.setAttribute(k, v);
    // Drawn at once, even below the form on a narrow screen: the preview is what the page is for.
    element.setAttribute('loading', 'eager');
    this.#preview = element;
    this.newsletter = undefined;
    this.staticHtml = undefined;
    this.copied = new Set();
  }

  protected override updated(): void {
    const t = messages[this.s.lang];
    document.documentElement.lang = this.s.lang;
    document.title = t.pageTitle;
    const text = (id: string, value: string) => {
      const node = document.getElementById(id);
      if (node) node.textContent = value;
    };
    text('page-title', t.heading);
    text('page-intro', t.intro);
    // The mapping onto NL Design System tokens, as the snippet loads it (a file next to this page: no inline style).
    const link = document.getElementById('q4-nlds');
    if (this.s.theme === 'nlds' && !link) {
      const sheet = Object.assign(document.createElement('link'), { id: 'q4-nlds', rel: 'stylesheet', href: 'q4-nlds.css' });
      document.head.append(sheet);
    }
    if (this.s.theme !== 'nlds') link?.remove();
  }

  protected override render(): TemplateResult {
    const s = this.s;
    const t = messages[s.lang];
    const widgets = FIGURES.map((f): [string, string] => {
      const { name, summary } = widgetText[f.name][s.lang];
      return [f.name, summary ? `${name}: ${summary}` : name];
    });
    const width = WIDTHS[s.width];
    /** Choices named by the page's words of the same key (`light` → "Licht"). */
    const named = (values: (keyof Texts)[]): [string, string][] => values.map((v) => [v, t[v]]);
    return html`${s.dropped?.length ? html`<p class="notice" role="status">${t.dropped} ${s.dropped.join(', ')}</p>` : nothing}
      <section class="choose" aria-labelledby="choose-heading">
        <h2 id="choose-heading">${t.choose}</h2>
        ${select('widget', 'Widget', s.widget, widgets, (v) =>
          // Another widget keeps the chosen place where it takes one; its own options start from their defaults.
          this.#set({ widget: v, attributes: Object.fromEntries(Object.entries(s.attributes).filter(([k]) => placeAttributes(v).includes(k))) }),
        )}
        ${takesPlace(s.widget) ? this.#place(t) : nothing}
        ${select(
          'lang',
          t.language,
          s.lang,
          [
            ['nl', 'Nederlands'],
            ['en', 'English'],
          ],
          (v) => this.#set({ lang: v as Lang }),
        )}
        ${select(
          'theme',
          t.theme,
          s.theme,
          named(['light', 'dark', 'auto', 'nlds']),
          (v) => this.#set({ theme: v }),
          s.theme === 'nlds' ? t.nldsHint : undefined,
        )}
        ${this.#options(t)}
        ${select('width', t.width, s.width, named(['phone', 'column', 'full']), (v) => this.#set({ width: v as Width }))}
      </section>
      <section class="preview-section" aria-labelledby="preview-heading">
        <h2 id="preview-heading" tabindex="-1">${t.preview}</h2>
        <div class="preview" id="preview" data-width=${s.width} style=${styleMap({ maxWidth: width ? `${width}px` : '' })}>${this.#preview}</div>
        <p class="profile-link"><a href=${profileLink(s)}>${t.profileLink}</a></p>
      </section>
      ${this.#outputs(t)}`;
  }

  /** The place: a municipality (the combobox) or a region of municipalities, with a way back to the report's region. */
  #place(t: Texts): TemplateResult {
    const a = this.s.attributes;
    if (!this.#offered.has(this.s.widget)) this.#offered.set(this.s.widget, supported(this.s.widget));
    const setRegion = () => {
      const field = (id: string) => this.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
      const attributes: Record<string, string> = { ...a, region: field('region'), 'region-name': field('region-name') };
      delete attributes.municipality;
      this.#setAttributes(attributes);
    };
    const choose = (e: CustomEvent<{ value: PlaceChoice }>) => {
      const attributes = { ...a };
      delete attributes.region;
      delete attributes['region-name'];
      if (e.detail.value === null) delete attributes.municipality;
      else attributes.municipality = e.detail.value;
      this.#setAttributes(attributes);
    };
    const reset = () => this.#setAttributes(Object.fromEntries(Object.entries(a).filter(([k]) => !placeAttributes(this.s.widget).includes(k))));
    return html`<fieldset class="place">
      <legend>${t.place}</legend>
      <q4-place-combobox
        field-id="place"
        .label=${t.municipality}
        .hint=${t.placeHint}
        .listLabel=${t.placeSuggestions}
        .value=${a.municipality ?? ''}
        .offered=${this.#offered.get(this.s.widget)!}
        @q4-place=${choose}
      ></q4-place-combobox>
      <div class="field">
        <label for="region">${t.region}</label>
        <input id="region" type="text" .value=${live(a.region ?? '')} aria-describedby="region-hint" @change=${setRegion} />
        <p class="hint" id="region-hint">${t.regionHint}</p>
      </div>
      <div class="field">
        <label for="region-name">${t.regionName}</label>
        <input id="region-name" type="text" maxlength="60" .value=${live(a['region-name'] ?? '')} @change=${setRegion} />
      </div>
      <button type="button" @click=${reset}>${t.reportRegion}</button>
    </fieldset>`;
  }

  /**
   * The widget's own options, from its option table: a choice where the table lists the values (the empty choice is
   * the default, named), a number field for an integer, else a text field; the table's help line as the hint.
   */
  #options(t: Texts): TemplateResult | typeof nothing {
    const own = ownOptions(this.s.widget);
    if (!own.length) return nothing;
    return html`<fieldset class="options">
      <legend>${t.options}</legend>
      ${own.map((a) => {
        const d = declared(this.s.widget, a, this.s.lang);
        const id = `option-${a}`;
        const value = this.s.attributes[a] ?? '';
        const described = d.help ? `${id}-hint` : nothing;
        const change = (e: Event) => this.#setAttributes({ ...this.s.attributes, [a]: (e.target as HTMLInputElement).value });
        const fallback = d.values.find(([v]) => v === d.default);
        const control = d.values.length
          ? html`<select id=${id} aria-describedby=${described} @change=${change}>
              <option value="" .selected=${value === ''}>${fallback ? fill(t.defaultIs, { value: fallback[1] }) : t.default}</option>
              ${d.values.filter(([v]) => v !== d.default).map(([v, text]) => html`<option value=${v} .selected=${v === value}>${text}</option>`)}
            </select>`
          : html`<input id=${id} type=${d.number ? 'number' : 'text'} .value=${live(value)} aria-describedby=${described} @change=${change} />`;
        return html`<div class="field">
          <label for=${id}>${d.label}</label>${control}${d.help ? html`<p class="hint" id="${id}-hint">${d.help}</p>` : nothing}
        </div>`;
      })}
    </fieldset>`;
  }

  /** What to take away: the snippets, the newsletter image, the static HTML and the element's own downloads. */
  #outputs(t: Texts): TemplateResult {
    const s = this.s;
    const title = `${widgetText[s.widget][s.lang].name} (Q4)`;
    const file = (label: string, kind: Download) => html`<button type="button" @click=${() => void this.#preview?.download?.(kind)}>${label}</button>`;
    return html`<section class="outputs" aria-labelledby="outputs-heading">
      <h2 id="outputs-heading">${t.takeAway}</h2>
      <h3>${t.website}</h3>
      ${this.#block(t, 'script-snippet', t.scriptSnippet, scriptSnippet(s))} ${this.#block(t, 'iframe-snippet', t.iframeSnippet, iframeSnippet(s, title))}
      <div class="output">
        <button type="button" id="make-static" @click=${this.#makeStatic}>${t.makeStatic}</button>
        <div class="static-html" aria-live="polite">${this.#made(t, this.staticHtml, t.staticFailed, (h) => this.#block(t, 'static-snippet', t.staticSnippet, h))}</div>
      </div>
      <h3>${t.newsletter}</h3>
      <div class="field">
        <label for="link">${t.link}</label>
        <input id="link" type="url" placeholder="https://" .value=${live(s.link)} @change=${(e: Event) => this.#set({ link: (e.target as HTMLInputElement).value })} />
      </div>
      <button type="button" id="make-newsletter" @click=${this.#makeNewsletter}>${t.makeNewsletter}</button>
      <div class="newsletter" aria-live="polite">
        ${this.#made(
          t,
          this.newsletter,
          t.failed,
          (n) =>
            html`<img src=${n.url} width=${n.width} height=${n.height} alt=${n.alt} class="newsletter__image" />
              <button type="button" @click=${() => download(n.png, n.fileName, 'image/png')}>${t.downloadPng}</button>
              ${
                // The snippet names the image by its file name: say where its address goes.
                this.#block(t, 'newsletter-html', t.newsletterHtml, n.html, fill(t.newsletterUpload, { file: n.fileName }))
              }`,
        )}
      </div>
      <h3>${t.image}</h3>
      <div class="buttons">${file('PNG', 'png')} ${file('SVG', 'svg')}</div>
      <h3>${t.data}</h3>
      <div class="buttons">${file('CSV', 'csv')}</div>
    </section>`;
  }

  /** A text to copy: a labelled read-only text area with a copy button. */
  #block(t: Texts, id: string, label: string, text: string, hint?: string): TemplateResult {
    const copy = async (e: Event) => {
      await navigator.clipboard?.writeText(text).catch(() => (e.target as HTMLElement).parentElement?.querySelector('textarea')?.select());
      this.copied = new Set(this.copied).add(id);
    };
    return html`<div class="output">
      <label for=${id}>${label}</label>${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <textarea id=${id} readonly rows=${Math.min(10, text.split('\n').length + 1)} aria-describedby=${hint ? `${id}-hint` : nothing} .value=${text}></textarea>
      <button type="button" @click=${copy}>${this.copied.has(id) ? t.copied : t.copy}</button>
    </div>`;
  }

  /** Something made on demand: working, made (drawn by `done`), or why it failed. */
  #made<T>(t: Texts, made: Made<T> | undefined, failed: string, done: (value: T) => TemplateResult): TemplateResult | typeof nothing {
    if (!made) return nothing;
    if (made.state === 'working') return html`<p>${t.working}</p>`;
    if (made.state === 'failed') return html`<p role="alert">${failed} ${made.message}</p>`;
    return done(made.value);
  }

  /** Runs a maker for the current choice; its result is dropped if the choice changed meanwhile. */
  async #make<T>(set: (made: Made<T>) => void, make: () => Promise<T>): Promise<void> {
    const key = this.#previewKey;
    set({ state: 'working' });
    try {
      const value = await make();
      if (key === this.#previewKey) set({ state: 'done', value });
    } catch (error) {
      if (key === this.#previewKey) set({ state: 'failed', message: (error as Error).message });
    }
  }

  #makeNewsletter = () =>
    this.#make<Newsletter>(
      (made) => (this.newsletter = made),
      async () => {
        const n = await newsletterImage(this.s);
        return { ...n, url: URL.createObjectURL(n.png) };
      },
    );

  // HTML without script: made on demand, since it loads the data and draws the figure once more.
  #makeStatic = () =>
    this.#make<string>(
      (made) => (this.staticHtml = made),
      () => staticSnippet(this.s),
    );
}

/** A select with a label (and a hint when given); `options` are [value, text]. */
function select(id: string, label: string, value: string, options: [string, string][], change: (value: string) => void, hint?: string): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
      ${options.map(([v, text]) => html`<option value=${v} .selected=${v === value}>${text}</option>`)}
    </select>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
  </div>`;
}

if (!customElements.get('q4-place-combobox')) customElements.define('q4-place-combobox', Q4PlaceCombobox);
customElements.define('q4-builder', Q4Builder);

declare global {
  interface HTMLElementTagNameMap {
    'q4-builder': Q4Builder;
  }
}
