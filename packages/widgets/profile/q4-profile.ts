// The profile page (dist/profile/index.html?municipality=GM0363, ?region=GM…,GM…&region-name=…, ?region=NL) as one
// element, <q4-profile>: the report of May 2015 for any place, made of the widgets themselves. Its state is the URL;
// choosing a place in the search box or in any widget (its q4-select) changes the whole profile, and the URL
// follows. It renders into the page's own DOM, so that its one h1, its h2s and the skip link are the page's outline.
// Lit escapes every value: nothing from the URL or the data is parsed as HTML.
//
// It comes in two steps: this module (Lit, the area index, the header's words) renders the title and lead as soon as
// the place is known; profile-heavy.ts (every widget, Plot, the plan) follows, and the body appears under them.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { fill, type Lang } from '@q4/core/figure';
import { printFooterCss, readQuery, resolveCompare, resolvePlace, writeQuery, type Place, type ProfileQuery } from '../src/profile-model/place.js';
import { headerTemplate } from '../src/profile-model/header.js';
import { messages } from '../src/profile-model/profile-text.js';
import type { Missing, Section } from '../src/profile-model/profile.js';
import { Q4PlaceCombobox } from '../builder/place-combobox.js';

type Plan =
  | { state: 'working' }
  | { state: 'error'; message: string; retry?: boolean; place?: Place }
  | { state: 'placed'; place: Place }
  | { state: 'ready'; place: Place; sections: Section[]; missing: Missing[]; compareProblem: string | null };

type Heavy = typeof import('./profile-heavy.js');
/** The second step, asked once (and again after a failure, by the retry). */
let heavy: Promise<Heavy> | undefined;
const loadHeavy = (): Promise<Heavy> =>
  (heavy ??= import('./profile-heavy.js').catch((error: unknown) => {
    heavy = undefined;
    throw error;
  }));

/**
 * The profile of a place: a title, a lead, a contents list, one section per figure of the report that the place
 * has (in the report's order), the figures it has not with the reason, and the sources.
 *
 * @tag q4-profile
 */
export class Q4Profile extends LitElement {
  static override properties = { query: { attribute: false }, plan: { state: true } };
  /** The place and language, as the URL gives them. */
  query: ProfileQuery = readQuery(location.search);
  /** @internal */
  plan: Plan = { state: 'working' };
  /** Counts the plans asked: a late answer to an older place is dropped. */
  #asked = 0;
  /**
   * The places the search boxes offer: asked once per plan, not per render. A render in the error state must not
   * start a load of its own, which a retry would then join while it still fails.
   */
  #places: Promise<ReadonlySet<string> | null> | undefined;
  /** The printed page's running footer (the address on every sheet), kept to the address shown. */
  #footer = new CSSStyleSheet();
  /** The second step once it has arrived (set before the plan is ready, so a ready plan always has it). */
  #heavy: Heavy | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!document.adoptedStyleSheets.includes(this.#footer)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#footer];
    this.addEventListener('q4-select', this.#onSelect);
    addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.#footer);
    this.removeEventListener('q4-select', this.#onSelect);
    removeEventListener('popstate', this.#onPopState);
  }

  protected override updated(): void {
    this.#footer.replaceSync(printFooterCss(location.href, this.query.lang));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('query')) void this.#replan();
  }

  async #replan(): Promise<void> {
    const asked = ++this.#asked;
    const query = this.query;
    // A retry after the second step failed keeps the place's title and lead on screen.
    if (this.plan.state === 'error' && this.plan.place) this.plan = { state: 'placed', place: this.plan.place };
    else if (this.plan.state !== 'ready' && this.plan.state !== 'placed') this.plan = { state: 'working' };
    let place: Place | undefined;
    document.documentElement.lang = query.lang;
    // The page's own skip link, above this element, speaks the page's language too.
    const skip = document.querySelector('a.skip');
    if (skip) skip.textContent = messages[query.lang].skip;
    try {
      const resolved = await resolvePlace(query);
      if (asked !== this.#asked) return;
      if ('error' in resolved) {
        this.plan = { state: 'error', message: resolved.error };
        document.title = messages[query.lang].badPlace;
        return;
      }
      // The header first: the place's name and the lead, before the widgets and Plot have arrived. The second step
      // is asked for once the header is painted, so that on a slow line it does not share the bandwidth with it.
      place = resolved.place;
      this.plan = { state: 'placed', place };
      await this.updateComplete;
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
      if (asked !== this.#asked) return;
      const second = loadHeavy();
      this.#places ??= second
        .then((h) => h.places())
        .catch(() => {
          this.#places = undefined; // asked again by the next plan (the retry)
          return null;
        });
      this.requestUpdate();
      const compare = await resolveCompare(query);
      const h = await second;
      this.#heavy = h;
      const { planProfile, pageTitle } = h;
      const { sections, missing } = await planProfile(resolved.place, query.lang, compare && 'code' in compare ? compare : null);
      if (asked !== this.#asked) return;
      this.plan = { state: 'ready', place: resolved.place, sections, missing, compareProblem: compare && 'error' in compare ? compare.error : null };
      document.title = pageTitle(resolved.place, sections, query.lang);
    } catch {
      // The area index, the second step or the data did not load (a network fault): said on the page, with a way to
      // try again, never a loading message left for ever. A place already known keeps its title and lead.
      if (asked !== this.#asked) return;
      this.plan = { state: 'error', message: messages[query.lang].failed, retry: true, place };
      if (!place) document.title = messages[query.lang].badPlace;
    }
  }

  /** A new place: the whole profile follows, and the URL with it (a new history entry, so Back returns). */
  #go(query: ProfileQuery): void {
    this.query = query;
    history.pushState(null, '', `?${writeQuery(query)}`);
  }

  #onSelect = (event: Event): void => {
    const code = (event as CustomEvent<{ code?: string }>).detail?.code;
    if (typeof code !== 'string' || !/^GM\d{4}$/.test(code)) return;
    this.#go({ ...this.query, municipality: code, region: '', regionName: '' });
  };

  #onPopState = (): void => {
    this.query = readQuery(location.search);
  };

  /** A place typed or chosen in a search box: the profile's own place (a region is then left), or the one compared with. */
  #onPlace(which: 'municipality' | 'compare', event: Event): void {
    const value = (event as CustomEvent<{ value: string | null }>).detail.value ?? '';
    this.#go(which === 'municipality' ? { ...this.query, municipality: value, region: '', regionName: '' } : { ...this.query, compare: value });
  }

  protected override render(): TemplateResult {
    const lang = this.query.lang;
    const t = messages[lang];
    const plan = this.plan;
    const places = this.#places ?? Promise.resolve(null);
    const box = (which: 'municipality' | 'compare', label: string, hint: string) =>
      html`<q4-place-combobox
        field-id="profile-${which}"
        .label=${label}
        .hint=${hint}
        .listLabel=${t.placeList}
        .value=${this.query[which]}
        .offered=${places}
        @q4-place=${(e: Event) => this.#onPlace(which, e)}
      ></q4-place-combobox>`;
    const search = html`<form class="profile-search" role="search" @submit=${(e: Event) => e.preventDefault()}>
      ${box('municipality', t.place, t.placeHint)} ${box('compare', t.compare, t.compareHint)}
    </form>`;
    // One outer template in every state, so that the header stays where it was painted and only its words change.
    const page = (title: string, place: Place | null, body: unknown, problem: string | null = null, boxes: unknown = search) =>
      html`${headerTemplate(title, place, lang, boxes, problem)}${body}`;
    // While the place is not known, the title says so and nothing more: the lead and the search boxes then come
    // together under it, so nothing that was painted moves (no layout shift).
    if (plan.state === 'working') return page(t.loading, null, html`<p role="status">${t.loading}</p>`, null, nothing);
    if (plan.state === 'error')
      return page(
        plan.place ? fill(t.pageTitle, { place: plan.place.name }) : t.badPlace,
        plan.place ?? null,
        html`<p class="profile-error" role="alert">${plan.message}</p>
          ${plan.retry ? html`<p><button type="button" @click=${() => void this.#replan()}>${t.retry}</button></p>` : nothing}`,
      );
    const title = fill(t.pageTitle, { place: plan.place.name });
    const h = this.#heavy;
    if (plan.state === 'placed' || !h) return page(title, plan.place, html`<p role="status">${t.loading}</p>`);
    return page(
      h.pageTitle(plan.place, plan.sections, lang),
      plan.place,
      h.profileBody(plan, this.query, {
        search,
        widget: (section) => this.#widget(section, lang),
        csv: html`<button type="button" @click=${() => this.#downloadCsv(h, plan.place, plan.sections)}>${t.csv}</button>`,
        pageUrl: location.href,
        today: new Date().toISOString().slice(0, 10),
      }),
      plan.compareProblem,
    );
  }

  /** All data of the page in one CSV, with a byte-order mark so that Excel reads "ë" and "Wijk bij Duurstede" intact. */
  #downloadCsv(h: Heavy, place: Place, sections: Section[]): void {
    const lang = this.query.lang;
    h.download(
      `\ufeff${h.profileCsv(h.pageTitle(place, sections, lang), location.href, sections, lang)}`,
      `q4-profiel-${h.slug(place.name)}.csv`,
      'text/csv;charset=utf-8',
    );
  }

  /** The section's widget, made with its tag and the place's attributes (the registry's names only). */
  #widget(section: Section, lang: Lang): HTMLElement {
    const element = document.createElement(`q4-${section.name}`);
    element.setAttribute('lang', lang);
    element.setAttribute('heading-level', '3');
    for (const [k, v] of Object.entries(section.attributes)) element.setAttribute(k, v);
    return element;
  }
}

if (!customElements.get('q4-place-combobox')) customElements.define('q4-place-combobox', Q4PlaceCombobox);
customElements.define('q4-profile', Q4Profile);
declare global {
  interface HTMLElementTagNameMap {
    'q4-profile': Q4Profile;
  }
}
