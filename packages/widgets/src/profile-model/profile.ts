// The profile page's state and plan: which place the URL asks for, and for each figure of the report whether this
// place has it (a section) or not (the list "Niet voor deze plaats", with the reason). The reason is the figure's
// own error for this place where it has one, so a split municipality or a place outside the scorecard's five is
// said exactly as the widget would say it. Pure functions over the figures and the area index; the page is
// <q4-profile> (q4-profile.ts).
import { Q4Error, VERSION, csvRow, fill, formatDate, optionName, tableToCsv, type FigureDefinition, type Lang, type TableModel } from '@q4/core/figure';
import { loadNationalReferences } from '@q4/data';
import { figures } from '../generated/figures.js';
import { reportOrder, widgetText } from '../generated/names.js';
import { messages } from './profile-text.js';
import { writeQuery, type Place, type ProfileQuery } from './place.js';
export * from './place.js';
import {
  commuteSentences,
  competitivenessSentences,
  identitySentences,
  keyFiguresSentences,
  landUseSentences,
  scorecardSentences,
  sectorSentences,
  withoutPrefix,
  type Compared,
  type Sentence,
} from './sentences/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFigure = FigureDefinition<any, any, any>;

/**
 * The report's figures in the report's order (May 2015; the registry's `report`): the key figures of its opening,
 * land use, commuting, the province's European competitiveness, the scorecard, the sector flower, the identity table.
 */
export const REPORT_ORDER: readonly string[] = reportOrder;

/** The attributes that show a place in a widget, or null where the widget takes no such place. */
export function placeAttributes(figure: AnyFigure, place: Place): Record<string, string> | null {
  if (place.kind === 'default') return {};
  const takes = (part: string) => Object.entries(figure.attributes).find(([, spec]) => spec.place === part)?.[0];
  if (place.kind === 'municipality') {
    const attribute = takes('municipality');
    return attribute ? { [attribute]: place.code } : null;
  }
  const region = takes('region');
  if (!region) return null;
  if (place.kind === 'nl') return { [region]: 'NL' };
  const named = takes('region-name');
  return { [region]: place.codes.join(','), ...(named ? { [named]: place.name } : {}) };
}

/** A figure this place has: its widget with the place's attributes, its credit for the sources, its data as a table. */
export interface Section {
  name: string;
  heading: string;
  attributes: Record<string, string>;
  credit: string;
  /** The figure's table (as its widget's table view and CSV give it); none where the data could not be loaded here. */
  table?: TableModel;
  /** The profile's own sentences beside the widget, each with its footnote (./sentences/). */
  sentences: Sentence[];
}
/** A figure this place does not have, with the reason in words. */
export interface Missing {
  name: string;
  heading: string;
  reason: string;
}

/**
 * For each figure of the report, in its order: a section where the place has the figure, else the reason it has
 * none. The figure's model is made as the widget makes it (the same data, options and pure functions), so a figure
 * that would be an error for this place is never drawn as an empty section.
 */
export async function planProfile(
  place: Place,
  lang: Lang,
  compare: { code: string; name: string } | null = null,
): Promise<{ sections: Section[]; missing: Missing[] }> {
  const sections: Section[] = [];
  const missing: Missing[] = [];
  // A municipality is not compared with itself.
  if (place.kind === 'municipality' && compare?.code === place.code) compare = null;
  for (const name of REPORT_ORDER) {
    const figure = figures.find((f) => f.name === name);
    if (!figure) continue;
    // One figure per task: a phone's main thread stays free for input between them (Total Blocking Time).
    await nextTask();
    const heading = widgetText[name]?.[lang].name ?? name;
    const attributes = placeAttributes(figure, place);
    // A figure that takes no such place (land use, the identity table; the scorecard for a region): the registry's reason.
    if (!attributes) {
      missing.push({ name, heading, reason: widgetText[name]?.[lang].noPlace ?? '' });
      continue;
    }
    const options = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [optionName(k), v]));
    try {
      const model = figure.prepare(await figure.loadDefault(options), options, lang);
      const sentences = await sentencesFor(figure, model, place, lang, compare);
      sections.push({ name, heading, attributes, credit: figure.describe(model, lang).credit, table: figure.table(model, lang), sentences });
    } catch (error) {
      // The place has no such figure (a split since 2010, a place outside the data): the widget's own words say why.
      if (error instanceof Q4Error && ['no-data', 'unknown-area', 'unknown-municipality', 'invalid-option'].includes(error.code)) {
        // The widget quotes what it was given, the code here: a reader knows the place by its name.
        const reason = place.kind === 'municipality' ? error.message.replaceAll(`"${place.code}"`, `"${place.name}"`) : error.message;
        missing.push({ name, heading, reason });
      } else {
        // Anything else (a failed download) is the widget's to show, with its retry.
        sections.push({ name, heading, attributes, credit: '', sentences: [] });
      }
    }
  }
  return { sections, missing };
}

/** The profile's own sentences beside a figure, written from the model its widget draws (./sentences/). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function sentencesFor(figure: AnyFigure, model: any, place: Place, lang: Lang, compare: { code: string; name: string } | null): Promise<Sentence[]> {
  switch (figure.name) {
    case 'key-figures':
      return keyFiguresSentences(model, await loadNationalReferences(), await compared(figure, compare, lang), lang);
    case 'commute-flows':
      return commuteSentences(model, place.name, lang, await compared(figure, compare, lang));
    case 'sector-bloem':
      // The same sectors there: its own sectors (every section) where the place shows its own, else the report's five.
      return sectorSentences(model, place.name, lang, await compared(figure, compare, lang, { sectors: model.data.own ? 'own' : 'report' }));
    case 'land-use':
      return landUseSentences(model, lang);
    case 'competitiveness':
      return competitivenessSentences(model, lang);
    case 'scorecard':
      return scorecardSentences(model, lang);
    case 'identity-shift':
      return identitySentences(model, lang);
    default:
      return [];
  }
}

/** Resolves in a later task (the browser's scheduler.yield where it has one): work after it is a task of its own. */
const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

/** The chosen municipality's model of the same figure, or its own reason for having none. */
async function compared(
  figure: AnyFigure,
  compare: { code: string; name: string } | null,
  lang: Lang,
  more: Record<string, string> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<Compared<any> | null> {
  if (!compare) return null;
  const options = { municipality: compare.code, ...more };
  try {
    return { name: compare.name, model: figure.prepare(await figure.loadDefault(options), options, lang) };
  } catch (error) {
    if (error instanceof Q4Error) return { name: compare.name, model: null, error: error.message };
    throw error;
  }
}

/** The builder's link for a section: the same widget, place and language. */
export function builderLink(section: Section, lang: Lang): string {
  const q = new URLSearchParams({ widget: section.name, lang });
  for (const [k, v] of Object.entries(section.attributes)) q.set(k, v);
  return `../builder/index.html?${q}`;
}

/**
 * All data of a profile in one CSV, in the widgets' dialect (`;` and decimal commas in Dutch): the page's title and
 * address, then each section's heading and its table as the widget's own CSV gives it, with its caption and credit.
 */
export function profileCsv(title: string, url: string, sections: readonly Section[], lang: Lang): string {
  const parts = [`${csvRow([title], lang)}\r\n${csvRow([url], lang)}\r\n`];
  for (const s of sections) if (s.table) parts.push(`${csvRow([s.heading], lang)}\r\n${tableToCsv(s.table, s.credit, lang)}`);
  return parts.join('\r\n');
}

/**
 * The edition of a profile: the newest year its figures name (the credits name every figure's period, "1 januari
 * 2012-2026", "december 2014"); null where no section has a credit.
 */
export function edition(sections: readonly Section[]): number | null {
  return period(sections)?.last ?? null;
}

/** The years the figures of a profile span, from the periods their credits name; null where none names one. */
export function period(sections: readonly Section[]): { first: number; last: number } | null {
  const years = sections.flatMap((s) => [...s.credit.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
  return years.length ? { first: Math.min(...years), last: Math.max(...years) } : null;
}

/** Where this release of the page stays unchanged: the version-pinned copy on the npm CDN, for council documents. */
export const stableLink = (query: ProfileQuery): string => {
  const q = writeQuery(query);
  return `https://cdn.jsdelivr.net/npm/@q4/widgets@${VERSION}/dist/profile/index.html${q ? `?${q}` : ''}`;
};

/** "Citeer deze pagina": the title, the edition, every source with its table and period, the stable link and the day. */
export function citation(place: Place, sections: readonly Section[], query: ProfileQuery, today: string): string {
  const t = messages[query.lang];
  const year = edition(sections);
  const sources = [...new Set(sections.map((s) => withoutPrefix(s.credit)).filter(Boolean))].join('; ');
  return fill(t.citation, {
    title: pageTitle(place, sections, query.lang),
    edition: year === null ? '' : fill(t.edition, { year: String(year) }),
    sources,
    url: stableLink(query),
    date: formatDate(today, query.lang),
  });
}

/** The page's title: the place's name and the period of its figures ("Amsterdam: het Q4-profiel, cijfers 2010-2026"). */
export function pageTitle(place: Place, sections: readonly Section[], lang: Lang): string {
  const span = period(sections);
  const years = span ? (span.first === span.last ? String(span.last) : `${span.first}-${span.last}`) : '';
  return fill(messages[lang][years ? 'pageTitlePeriod' : 'pageTitle'], { place: place.name, years });
}
