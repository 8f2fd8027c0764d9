// The profile page as one Lit template, pure: the live page (<q4-profile>) renders it with live widgets and its
// search boxes, and q4-render renders the same template on the server with each widget's static fragment, so the
// static page and the live one have the same words, headings and order. Lit escapes every value.
import { html, nothing, type TemplateResult } from 'lit';
import { fill, type Lang } from '@q4/core/figure';
import { messages } from './profile-text.js';
import { headerTemplate } from './header.js';
import { builderLink, citation, pageTitle, stableLink, type Missing, type Place, type ProfileQuery, type Section } from './profile.js';

/** A profile ready to show: its place, sections, the figures it lacks, and a problem with `compare=`. */
export interface ProfilePlan {
  place: Place;
  sections: Section[];
  missing: Missing[];
  compareProblem: string | null;
}

/** What differs between the live page and the static one. */
export interface ProfileParts {
  /** The search boxes (live), or nothing. */
  search: unknown;
  /** A section's widget: the live element, or its static fragment. */
  widget(section: Section): unknown;
  /** The button that downloads all data as CSV (live), or a link to the CSV file beside the page (static). */
  csv: unknown;
  /** The address of this page, for the footer. */
  pageUrl: string;
  /** Today, `YYYY-MM-DD`, for the citation. */
  today: string;
  /** Where the builder is, relative to this page (default `../builder/`). */
  builder?: string;
}

/** The page: title, lead, contents, a section per figure with its sentences and footnote marks, the figures it lacks, footnotes, sources, citation. */
export function profileTemplate(plan: ProfilePlan, query: ProfileQuery, parts: ProfileParts): TemplateResult {
  return html`${headerTemplate(pageTitle(plan.place, plan.sections, query.lang), plan.place, query.lang, parts.search, plan.compareProblem)}
  ${profileBody(plan, query, parts)}`;
}

/** Everything below the header (the live page renders its header apart, from the moment it knows the place). */
export function profileBody(plan: ProfilePlan, query: ProfileQuery, parts: ProfileParts): TemplateResult {
  const lang = query.lang;
  const t = messages[lang];
  // Footnotes are numbered through the page, in the order of the sentences.
  const notes = plan.sections.flatMap((s) => s.sentences.map((x) => x.note));
  let counted = 0;
  const section = (s: Section) => {
    const first = counted;
    counted += s.sentences.length;
    return sectionTemplate(s, plan.place, lang, first, parts);
  };
  return html`<nav aria-labelledby="profile-contents">
      <h2 id="profile-contents">${t.contents}</h2>
      <ol>
        ${plan.sections.map((s) => html`<li><a href="#${s.name}">${s.heading}</a></li>`)}
        ${plan.missing.length ? html`<li><a href="#niet-voor-deze-plaats">${t.missing}</a></li>` : nothing}
        ${notes.length ? html`<li><a href="#voetnoten">${t.footnotes}</a></li>` : nothing}
        <li><a href="#bronnen">${t.sources}</a></li>
        <li><a href="#citeer">${t.cite}</a></li>
      </ol>
    </nav>
    ${plan.sections.map(section)}
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
      <p class="profile-csv">${parts.csv}</p>
    </section>
    <section id="citeer" aria-labelledby="citeer-heading">
      <h2 id="citeer-heading">${t.cite}</h2>
      <p class="profile-citation">${citation(plan.place, plan.sections, query, parts.today)}</p>
      <p><a href=${stableLink(query)}>${t.stable}</a></p>
    </section>
    <footer class="profile-footer">
      <p>${t.pageUrl} <a href=${parts.pageUrl}>${parts.pageUrl}</a></p>
    </footer>`;
}

/** One figure's section: its heading, the profile's sentences with their footnote marks, the widget, the builder link. */
function sectionTemplate(section: Section, place: Place, lang: Lang, first: number, parts: ProfileParts): TemplateResult {
  const t = messages[lang];
  const link = builderLink(section, lang).replace('../builder/', parts.builder ?? '../builder/');
  return html`<section id=${section.name} class="profile-section" aria-labelledby="${section.name}-heading">
    <h2 id="${section.name}-heading">${section.heading}</h2>
    ${
      section.sentences.length
        ? html`<p class="profile-text">
          ${section.sentences.map(
            (s, i) =>
              html`${s.text}<sup class="profile-fn"
                  ><a id="tekst-${first + i + 1}" href="#voetnoot-${first + i + 1}" aria-label=${fill(t.footnote, { n: first + i + 1 })}
                    >${first + i + 1}</a
                  ></sup
                >
                `,
          )}
        </p>`
        : nothing
    }
    ${parts.widget(section)}
    <p class="profile-make">
      <a href=${link} aria-label=${fill(t.makeLabel, { name: section.heading, place: place.name })}>${t.make}</a>
    </p>
  </section>`;
}
