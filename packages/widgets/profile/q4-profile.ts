// The profile page (dist/profile/index.html?municipality=GM0363, ?region=GM…,GM…&region-name=…, ?region=NL) as one
// element, <q4-profile>: the report of May 2015 for any place, made of the widgets themselves. Its state is the URL;
// choosing a place in the search box or in any widget (its q4-select) changes the whole profile, and the URL
// follows. It renders into the page's own DOM, so that its one h1, its h2s and the skip link are the page's outline.
// Lit escapes every value: nothing from the URL or the data is parsed as HTML.
import '../src/index.js';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { download, fill, slug, type Lang } from '@q4/core';
import { commuteFigure } from '@q4/commute-flows';
import { messages } from './profile-text.js';
import {
  builderLink,
  citation,
  pageTitle,
  planProfile,
  profileCsv,
  readQuery,
  resolveCompare,
  resolvePlace,
  stableLink,
  writeQuery,
  type Missing,
  type Place,
  type ProfileQuery,
  type Section,
} from './profile.js';
import { Q4PlaceCombobox } from '../builder/place-combobox.js';

type Plan =
  | { state: 'working' }
  | { state: 'error'; message: string }
  | { state: 'ready'; place: Place; sections: Section[]; missing: Missing[]; compareProblem: string | null };

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

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('q4-select', this.#onSelect);
    addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('q4-select', this.#onSelect);
    removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('query')) void this.#replan();
  }

  async #replan(): Promise<void> {
    const asked = ++this.#asked;
    const query = this.query;
    this.plan = { state: 'working' };
    document.documentElement.lang = query.lang;
    const resolved = await resolvePlace(query);
    if (asked !== this.#asked) return;
    if ('error' in resolved) {
      this.plan = { state: 'error', message: resolved.error };
      document.title = messages[query.lang].badPlace;
      return;
    }
    const compare = await resolveCompare(query);
    const { sections, missing } = await planProfile(resolved.place, query.lang, compare && 'code' in compare ? compare : null);
    if (asked !== this.#asked) return;
    this.plan = { state: 'ready', place: resolved.place, sections, missing, compareProblem: compare && 'error' in compare ? compare.error : null };
    document.title = pageTitle(resolved.place, sections, query.lang);
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

  #onPlace = (event: Event): void => {
    const value = (event as CustomEvent<{ value: string | null }>).detail.value;
    this.#go({ ...this.query, municipality: value ?? '', region: '', regionName: '' });
  };

  #onCompare = (event: Event): void => {
    const value = (event as CustomEvent<{ value: string | null }>).detail.value;
    this.#go({ ...this.query, compare: value ?? '' });
  };

  protected override render(): TemplateResult {
    const lang = this.query.lang;
    const t = messages[lang];
    const plan = this.plan;
    const search = html`<form class="profile-search" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <q4-place-combobox
        field-id="profile-place"
        .label=${t.place}
        .hint=${t.placeHint}
        .listLabel=${t.placeList}
        .value=${this.query.municipality}
        .offered=${commuteFigure.places?.() ?? Promise.resolve(null)}
        @q4-place=${this.#onPlace}
      ></q4-place-combobox>
      <q4-place-combobox
        field-id="profile-compare"
        .label=${t.compare}
        .hint=${t.compareHint}
        .listLabel=${t.placeList}
        .value=${this.query.compare}
        .offered=${commuteFigure.places?.() ?? Promise.resolve(null)}
        @q4-place=${this.#onCompare}
      ></q4-place-combobox>
    </form>`;
    if (plan.state === 'working') {
      return html`<header><h1>${t.loading}</h1>${search}</header><p role="status">${t.loading}</p>`;
    }
    if (plan.state === 'error') {
      return html`<header><h1>${t.badPlace}</h1>${search}</header>
        <p class="profile-error" role="alert">${plan.message}</p>`;
    }
    // Footnotes are numbered through the page, in the order of the sentences.
    const notes = plan.sections.flatMap((s) => s.sentences.map((x) => x.note));
    return html`<header>
        <h1>${pageTitle(plan.place, plan.sections, lang)}</h1>
        <p class="lead">${fill(t.intro, { place: plan.place.name })}</p>
        ${search}
        ${plan.compareProblem ? html`<p class="profile-error" role="status">${fill(t.compareProblem, { message: plan.compareProblem })}</p>` : nothing}
      </header>
      <nav aria-labelledby="profile-contents">
        <h2 id="profile-contents">${t.contents}</h2>
        <ol>
          ${plan.sections.map((s) => html`<li><a href="#${s.name}">${s.heading}</a></li>`)}
          ${plan.missing.length ? html`<li><a href="#niet-voor-deze-plaats">${t.missing}</a></li>` : nothing}
          ${notes.length ? html`<li><a href="#voetnoten">${t.footnotes}</a></li>` : nothing}
          <li><a href="#bronnen">${t.sources}</a></li>
          <li><a href="#citeer">${t.cite}</a></li>
        </ol>
      </nav>
      ${plan.sections.map((s) => this.#section(s, plan.place, lang, notes))}
      ${
        plan.missing.length
          ? html`<section id="niet-voor-deze-plaats" aria-labelledby="niet-voor-deze-plaats-heading">
            <h2 id="niet-voor-deze-plaats-heading">${t.missing}</h2>
            <p>${fill(t.missingIntro, { place: plan.place.name })}</p>
            <ul>
              ${plan.missing.map((m) => html`<li><strong>${m.heading}</strong>: ${m.reason}</li>`)}
            </ul>
          </section>`
          : nothing
      }
      ${
        notes.length
          ? html`<section id="voetnoten" aria-labelledby="voetnoten-heading">
              <h2 id="voetnoten-heading">${t.footnotes}</h2>
              <ol>
                ${notes.map((note, i) => html`<li id="voetnoot-${i + 1}">${note} <a href="#tekst-${i + 1}" aria-label=${t.back}>↩</a></li>`)}
              </ol>
            </section>`
          : nothing
      }
      <section id="bronnen" aria-labelledby="bronnen-heading">
        <h2 id="bronnen-heading">${t.sources}</h2>
        <ul>
          ${plan.sections.filter((s) => s.credit).map((s) => html`<li><strong>${s.heading}</strong>: ${s.credit}</li>`)}
        </ul>
        <p class="profile-csv">
          <button type="button" @click=${() => this.#downloadCsv(plan.place, plan.sections)}>${t.csv}</button>
        </p>
      </section>
      <section id="citeer" aria-labelledby="citeer-heading">
        <h2 id="citeer-heading">${t.cite}</h2>
        <p class="profile-citation">${citation(plan.place, plan.sections, this.query, new Date().toISOString().slice(0, 10))}</p>
        <p><a href=${stableLink(this.query)}>${t.stable}</a></p>
      </section>
      <footer class="profile-footer">
        <p>${t.pageUrl} <a href=${location.href}>${location.href}</a></p>
      </footer>`;
  }

  /** All data of the page in one CSV, with a byte-order mark so that Excel reads "ë" and "Wijk bij Duurstede" intact. */
  #downloadCsv(place: Place, sections: Section[]): void {
    const lang = this.query.lang;
    download(
      `\ufeff${profileCsv(pageTitle(place, sections, lang), location.href, sections, lang)}`,
      `q4-profiel-${slug(place.name)}.csv`,
      'text/csv;charset=utf-8',
    );
  }

  #section(section: Section, place: Place, lang: Lang, notes: string[]): TemplateResult {
    const t = messages[lang];
    // The number of this section's first footnote: those of the sections before it come first.
    const before = notes.length - this.#notesFrom(section, notes);
    return html`<section id=${section.name} class="profile-section" aria-labelledby="${section.name}-heading">
      <h2 id="${section.name}-heading">${section.heading}</h2>
      ${
        section.sentences.length
          ? html`<p class="profile-text">
              ${section.sentences.map(
                (s, i) =>
                  html`${s.text}<sup class="profile-fn"
                      ><a id="tekst-${before + i + 1}" href="#voetnoot-${before + i + 1}" aria-label=${fill(t.footnote, { n: before + i + 1 })}
                        >${before + i + 1}</a
                      ></sup
                    >
                    `,
              )}
            </p>`
          : nothing
      }
      ${this.#widget(section, lang)}
      <p class="profile-make">
        <a href=${builderLink(section, lang)} aria-label=${fill(t.makeLabel, { name: section.heading, place: place.name })}>${t.make}</a>
      </p>
    </section>`;
  }

  /** How many footnotes this section and the ones after it have. */
  #notesFrom(section: Section, notes: string[]): number {
    if (this.plan.state !== 'ready') return notes.length;
    const sections = this.plan.sections;
    return sections.slice(sections.indexOf(section)).reduce((n, s) => n + s.sentences.length, 0);
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
