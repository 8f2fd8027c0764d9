import { Q4Error, coreMessages, fill, formatNumber, intOption, listFormat, type FigureText, type Lang } from '@q4/core/figure';
import { findProvince } from '@q4/data';
import { countryName, messages } from './messages.js';
import { rankEdition, rankText, type RankedRegion, type RciData } from './competitiveness-data.js';

export interface RciModel {
  data: RciData;
  edition: number;
  ranked: RankedRegion[];
  focus: RankedRegion | undefined;
  focusCode: string;
}

/**
 * The NUTS 2 region of each Dutch province in the index. The index merges the capital region: Flevoland and
 * Noord-Holland are one region, NL00. A province is named as `@q4/data`'s `findProvince` reads it, so "Groningen"
 * and "Utrecht" here mean the provinces (a NUTS 2 region is a province).
 */
const NUTS: Record<string, string> = {
  PV20: 'NL11',
  PV21: 'NL12',
  PV22: 'NL13',
  PV23: 'NL21',
  PV24: 'NL00',
  PV25: 'NL22',
  PV26: 'NL31',
  PV27: 'NL00',
  PV28: 'NL33',
  PV29: 'NL34',
  PV30: 'NL41',
  PV31: 'NL42',
};

/** A province name ("Noord-Brabant", "provincie utrecht", "Fryslân") or PV code → NUTS 2 code; null otherwise. */
export function provinceToNuts(value: string): string | null {
  const province = findProvince(value);
  return province ? NUTS[province.code] : null;
}

/** Applies `edition` (0: the latest) and `region` (a NUTS code); throws a Q4Error for unknown ones. */
export function prepareRci(data: RciData, options: { edition?: unknown; region?: string }, lang: Lang): RciModel {
  const t = messages[lang];
  const edition =
    intOption('edition', options.edition, { nl: 'een editie, zoals 2019', en: 'an edition, such as 2019' }, lang) ?? data.editions[data.editions.length - 1];
  if (!data.editions.includes(edition))
    throw new Q4Error('invalid-option', fill(t.badEdition, { value: String(options.edition), list: listFormat(data.editions.map(String), lang) }));
  const focusCode = provinceToNuts(String(options.region ?? '').trim()) ?? (String(options.region ?? '').trim() || 'NL31').toUpperCase();
  const ranked = rankEdition(data, edition);
  const focus = ranked.find((r) => r.code === focusCode);
  // A country's code ("NL"): the index scores the country as a whole but ranks only regions. Said, with its score.
  const country = focus ? undefined : data.rows.find((r) => r.code === focusCode && r.level === 'country' && r.edition === edition);
  if (country) {
    const name = countryName(country.country, lang);
    const score =
      country.score === null
        ? ''
        : fill(t.countryScore, {
            name: lang === 'en' && name === 'Netherlands' ? 'The Netherlands' : name,
            edition,
            score: formatNumber(country.score, lang, 2),
          });
    throw new Q4Error('invalid-option', fill(t.countryCode, { value: focusCode.slice(0, 20), score }));
  }
  if (!focus && !data.rows.some((r) => r.code === focusCode))
    throw new Q4Error('invalid-option', fill(t.unknownRegion, { value: focusCode.slice(0, 20), edition }));
  return { data, edition, ranked, focus, focusCode };
}

/** How regions are merged in the index: capital regions with their commuting belts, and old-NUTS merges, counted. */
function mergeNotes(data: RciData, lang: Lang): string[] {
  const t = messages[lang];
  const regions = [...new Map(data.rows.filter((r) => r.level === 'region' && r.merged).map((r) => [r.code, r])).values()];
  const capital = regions
    .filter((r) => r.merged === r.code)
    .map((r) => r.code)
    .sort();
  // The column also says "not enough data" (Mayotte): that is no merge.
  const old = regions
    .filter((r) => /old nuts/i.test(r.merged ?? ''))
    .map((r) => r.code)
    .sort();
  const notes: string[] = [];
  if (capital.length) notes.push(fill(t.mergedNote, { count: capital.length, list: listFormat(capital, lang) }));
  if (old.length) notes.push(fill(t.oldMergedNote, { list: listFormat(old, lang) }));
  return notes;
}

/** Title, summary (rank per edition, who ranks higher, ties), notes and credit (pure). */
export function describeRci(model: RciModel, lang: Lang): FigureText {
  const t = messages[lang];
  const { data, edition, ranked, focus, focusCode } = model;
  const name = focus?.name ?? data.rows.find((r) => r.code === focusCode)?.name ?? focusCode;
  const scored = ranked.filter((r) => r.rank !== null);
  const shared = (list: RankedRegion[], r: RankedRegion) => list.some((o) => o !== r && o.rank === r.rank);
  const title = focus?.rank
    ? fill(t.title, { name, rank: rankText(focus.rank, shared(scored, focus), lang), count: scored.length, edition })
    : fill(t.noScore, { name, edition });
  const history = data.editions.map((e) => {
    const list = rankEdition(data, e);
    const r = list.find((x) => x.code === focusCode);
    return fill(t.historyItem, { edition: e, rank: r?.rank ? rankText(r.rank, shared(list, r), lang) : '–' });
  });
  const summary = [fill(t.history, { name, list: listFormat(history, lang) })];
  if (focus?.rank) {
    const above = scored.filter((r) => (r.rank as number) < (focus.rank as number));
    if (above.length)
      summary.push(
        fill(t.above, {
          edition,
          list: listFormat(
            above.slice(0, 5).map((r) => `${r.name} (${formatNumber(r.score as number, lang, 2)})`),
            lang,
          ),
        }),
      );
    const level = scored.filter((r) => r !== focus && r.rank === focus.rank);
    if (level.length)
      summary.push(
        fill(t.tie, {
          edition,
          list: listFormat(
            level.map((r) => r.name),
            lang,
          ),
        }),
      );
  }
  return {
    title,
    summary: summary.join(' '),
    notes: [t.scoreNote, ...mergeNotes(data, lang)],
    credit: data.bundled && data.credit ? `${data.credit[lang]} ${edition}` : (data.credit?.[lang] ?? coreMessages[lang].ownData),
  };
}
