// The profile page's header: its title, the lead, the search boxes and a problem with `compare=`. One template for
// every state of the live page and for the static page: the live page renders it as soon as it knows the place
// (before the widgets and Plot arrive), and Lit then changes its words in place, so they stay where they were painted.
import { html, nothing, type TemplateResult } from 'lit';
import { fill, type Lang } from '@q4/core/figure';
import { messages } from './profile-text.js';

/**
 * The header; `place` null while the place is not known yet (no lead then), `title` the page's title. A place that
 * has ended says so under the lead.
 */
export function headerTemplate(
  title: string,
  place: { name: string; ended?: string } | null,
  lang: Lang,
  search: unknown,
  compareProblem: string | null = null,
): TemplateResult {
  const t = messages[lang];
  return html`<header>
    <h1>${title}</h1>
    ${place === null ? nothing : html`<p class="lead">${fill(t.intro, { place: place.name })}</p>`}
    ${place?.ended ? html`<p class="profile-notice">${place.ended}</p>` : nothing} ${search}
    ${compareProblem ? html`<p class="profile-error" role="status">${fill(t.compareProblem, { message: compareProblem })}</p>` : nothing}
  </header>`;
}
