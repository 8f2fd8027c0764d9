// The sector flower in words: the report's five sectors, or a place's own strongest.
import { fill, listFormat, type Lang } from '@q4/core/figure';
import { formatLq, lqText, roundLq, sectorBloemMessages, sectorFacts, type SectorModel, type SectorValue } from '@q4/sector-bloem';
import { messages } from '../profile-text.js';
import { periodOf, withoutPrefix, type Sentence } from './sentence.js';

/**
 * The report's five sectors in words (the report's region and its municipalities): how many have a larger share
 * than in the whole country ("at least" where secret figures leave it open), the strongest (every tie at two
 * decimals, or each that may be where secret figures leave it open), and how many are given as bounds. The facts
 * are the widget's title's own (`sectorFacts`).
 */
function reportSectorSentences(model: SectorModel, placeName: string, lang: Lang): Sentence[] {
  const facts = sectorFacts(model);
  const { area, credit } = model.data;
  if (!facts || !credit || model.data.year === null) return [];
  const t = messages[lang];
  const words = sectorBloemMessages[lang];
  const name = (s: SectorValue) => s.label[lang].toLowerCase();
  const lq = (s: SectorValue) => lqText(s, lang, words);
  const note = [fill(t.sbNote, { source: withoutPrefix(credit[lang]) }), ...(area?.notes(lang) ?? [])].join(' ');
  const { candidates, tie, sure, certain, total } = facts;
  const sentences: Sentence[] = [
    {
      text: fill(certain ? t.sbCount : t.sbCountAtLeast, { period: periodOf(credit[lang]).split(', ')[0], count: sure, total, area: area?.name ?? placeName }),
      note,
    },
  ];
  const list = listFormat(candidates.map(name), lang);
  sentences.push({
    text:
      candidates.length === 1
        ? fill(t.sbStrongest, { sector: name(candidates[0]), lq: lq(candidates[0]) })
        : tie
          ? fill(t.sbStrongestTie, { list, lq: lq(candidates[0]) })
          : fill(t.sbStrongestOpen, { list }),
    note,
  });
  const bounded = model.data.sectors.filter((s) => s.lq !== null && s.lowerBound).length;
  if (bounded) sentences.push({ text: bounded === 1 ? t.sbBoundOne : fill(t.sbBound, { count: bounded }), note });
  return sentences;
}

/**
 * A place's own strongest sectors in words (the sector flower of any place outside the report's five): the
 * strongest against the whole country (every tie at two decimals; "of the sectors with a figure" where a sector CBS
 * keeps partly secret may be stronger, as the widget's title says), how many of those shown are above the national
 * share as shown, and how many sectors are not ranked because of secret figures. The report's five sectors of the
 * report's own municipalities have their widget's words only.
 */
export function sectorSentences(model: SectorModel, placeName: string, lang: Lang): Sentence[] {
  const { own, area, credit } = model.data;
  const shown = model.sectors;
  if (!own) return reportSectorSentences(model, placeName, lang);
  if (!credit || model.mode !== 'data' || !shown.length) return [];
  const t = messages[lang];
  const where = area?.name ?? placeName;
  const lq = (s: SectorValue) => formatLq(s.lq as number, lang);
  const top = shown.filter((s) => lq(s) === lq(shown[0]));
  const open = own.secret.some((s) => s.upper === null || roundLq(s.upper, 'up') >= roundLq(shown[0].lq as number));
  const note = [fill(t.sbNote, { source: withoutPrefix(credit[lang]) }), ...(area?.notes(lang) ?? [])].join(' ');
  const template = open ? (top.length > 1 ? t.sbTopOpenTie : t.sbTopOpen) : top.length > 1 ? t.sbTopTie : t.sbTop;
  const sentences: Sentence[] = [
    {
      text: fill(template, {
        period: periodOf(credit[lang]).split(', ')[0],
        top: listFormat(
          top.map((s) => s.label[lang].toLowerCase()),
          lang,
        ),
        area: where,
        lq: lq(top[0]),
      }),
      note,
    },
  ];
  // Above the national share as shown: a quotient shown as 1,00 is not said to be above.
  const above = shown.filter((s) => roundLq(s.lq as number) > 1).length;
  sentences.push({ text: fill(above === shown.length ? t.sbAboveAll : t.sbAbove, { count: above, shown: shown.length }), note });
  if (own.secret.length) sentences.push({ text: own.secret.length === 1 ? t.sbSecretOne : fill(t.sbSecret, { count: own.secret.length }), note });
  return sentences;
}
