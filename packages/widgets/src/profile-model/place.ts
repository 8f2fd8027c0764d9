// Which place a profile's URL asks for, and the words that need nothing else: the query read and written, the place
// resolved with the area index, the printed footer. No figure, no chart: the live page renders its header from this
// module before the widgets and Plot arrive (q4-profile.ts), so that its words are on screen first.
import { areaError, compositionNote, fill, type AreaProblemLike, type Lang } from '@q4/core/figure';
import { chooseArea, composeArea, loadAreaIndex } from '@q4/data';
import { messages } from './profile-text.js';

/** What the URL asks: a municipality, a region of municipalities (or `NL`) with its name, a municipality to compare with, the language. */
export interface ProfileQuery {
  municipality: string;
  region: string;
  regionName: string;
  compare: string;
  lang: Lang;
}

/** Reads the query string; values are text, never HTML, and overlong ones are cut (the area check then refuses them). */
export function readQuery(search: string): ProfileQuery {
  const q = new URLSearchParams(search);
  const text = (key: string, max: number) => (q.get(key) ?? '').trim().slice(0, max);
  return {
    municipality: text('municipality', 100),
    region: text('region', 2000),
    // A region's name without a region names nothing: it is not kept (nor written back).
    regionName: q.get('region') ? text('region-name', 200) : '',
    compare: text('compare', 100),
    lang: q.get('lang') === 'en' ? 'en' : 'nl',
  };
}

/** The query string of a profile: only what is set, in a fixed order, so that a link is stable. */
export function writeQuery(query: ProfileQuery): string {
  const q = new URLSearchParams();
  if (query.municipality) q.set('municipality', query.municipality);
  if (query.region) q.set('region', query.region);
  if (query.region && query.regionName) q.set('region-name', query.regionName);
  if (query.compare) q.set('compare', query.compare);
  if (query.lang === 'en') q.set('lang', 'en');
  return q.toString();
}

/** The place of a profile: the report's region, one municipality, a region of municipalities, or the Netherlands. */
export type Place =
  | { kind: 'default'; name: string }
  /** `ended`: for a municipality that no longer exists, what became of it, said at the top of the page. */
  | { kind: 'municipality'; code: string; name: string; ended?: string }
  | { kind: 'region'; codes: string[]; name: string }
  | { kind: 'nl'; name: string };

/** The place a query names, or the visible reason it names none (unknown, ambiguous, too many codes, a bad name). */
export async function resolvePlace(query: ProfileQuery): Promise<{ place: Place } | { error: string }> {
  const t = messages[query.lang];
  const index = await loadAreaIndex();
  const choice = chooseArea(index, { municipality: query.municipality, region: query.region, regionName: query.regionName });
  if ('problem' in choice) return { error: areaError(choice as AreaProblemLike, query.lang).message };
  switch (choice.kind) {
    case 'default':
      return { place: { kind: 'default', name: t.reportRegion } };
    case 'nl':
      return { place: { kind: 'nl', name: t.nl } };
    case 'municipality': {
      const { code, name } = choice.municipality;
      // A municipality that has ended (merged, or divided among others): the page says so first, with what it became.
      const now = composeArea(index, [choice.municipality], index.lastYear).members[0].composition;
      if (now.status !== 'ended' || !now.became.length) return { place: { kind: 'municipality', code, name } };
      const named = (c: string) => index.byCode.get(c)?.name ?? c;
      const ended = `${compositionNote(choice.municipality, now, named, query.lang)} ${fill(t.endedPlace, { name })}`;
      return { place: { kind: 'municipality', code, name, ended } };
    }
    case 'region':
      return {
        place: {
          kind: 'region',
          codes: choice.members.map((m) => m.code),
          name: choice.label ?? choice.members.map((m) => m.name).join(', '),
        },
      };
  }
}

/** The municipality a profile is compared with (`compare=`), or the visible reason it cannot be; null where none is asked. */
export async function resolveCompare(query: ProfileQuery): Promise<{ code: string; name: string } | { error: string } | null> {
  if (!query.compare) return null;
  const choice = chooseArea(await loadAreaIndex(), { municipality: query.compare });
  if ('problem' in choice) return { error: areaError(choice as AreaProblemLike, query.lang).message };
  if (choice.kind !== 'municipality') return { error: fill(messages[query.lang].compareOne, { value: query.compare }) };
  return { code: choice.municipality.code, name: choice.municipality.name };
}

/**
 * The printed page's running footer: the address of the page on every sheet (bottom left) and the sheet's number
 * (bottom right), as CSS page-margin boxes. The address is written as a CSS string, with every quote and backslash
 * escaped, line breaks taken out and `<` written as `\3c ` (the static page has it in a `<style>`), so no address can
 * end the string or the element.
 */
export function printFooterCss(url: string, lang: Lang): string {
  const string = (text: string) =>
    `"${text
      .replace(/[\\"]/g, (c) => `\\${c}`)
      .replace(/[\n\r\f]/g, ' ')
      .replace(/</g, '\\3c ')}"`;
  return `@page { @bottom-left { content: ${string(`${messages[lang].pageUrl} ${url}`)}; font-size: 8pt; } @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }`;
}
