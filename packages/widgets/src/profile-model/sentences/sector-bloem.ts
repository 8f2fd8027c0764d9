// The sector flower in words: the report's five sectors, or a place's own strongest.
import { fill, listFormat, type Lang } from '@q4/core/figure';
import { formatLq, lqText, roundLq, sectorBloemMessages, sectorFacts, type SectorModel, type SectorValue } from '@q4/sector-bloem';
import { messages } from '../profile-text.js';
import { periodOf, withoutPrefix, type Compared, type Sentence } from './sentence.js';

/**
 * The same sectors in the municipality compared with, as a sentence to follow the one that names them ("In Zwolle
 * was dat 1,20 keer zo groot."), with the footnote's words; none without a comparison. A bound from secret figures
 * is said as a bound, a sector without a figure there as missing.
 */
function comparedClause(sectors: readonly SectorValue[], compare: Compared<SectorModel> | null, lang: Lang): { text: string; note: string } | null {
  if (!compare) return null;
  const t = messages[lang];
  const model = compare.model;
  const other = model?.data.area?.name ?? compare.name;
  const note = fill(t.comparedWith, { name: other });
  if (!model) return { text: fill(t.notCompared, { name: other, why: compare.error ?? '' }).trim(), note: '' };
  // Every section of its own sectors (shown or not), or the report's five.
  const pool = model.data.own?.all ?? model.data.sectors;
  const there = sectors.map((s) => ({ s, v: pool.find((v) => v.id === s.id && v.lq !== null) }));
  const sector = (s: SectorValue) => s.label[lang].toLowerCase();
  const lq = (v: SectorValue) => lqText(v, lang, sectorBloemMessages[lang]);
  if (there.length === 1) {
    const [{ s, v }] = there;
    return { text: v ? fill(t.sbCompareOne, { other, lq: lq(v) }) : fill(t.sbCompareNone, { other, sector: sector(s) }), note };
  }
  const list = there.map(({ s, v }) => (v ? fill(t.sbCompareItem, { lq: lq(v), sector: sector(s) }) : fill(t.sbCompareItemNone, { sector: sector(s) })));
  return { text: fill(t.sbCompareMany, { other, list: listFormat(list, lang) }), note };
}

/** A sentence followed by the comparison's, the footnote with what it is compared with. */
const withClause = (sentence: Sentence, clause: { text: string; note: string } | null): Sentence =>
  clause ? { text: `${sentence.text} ${clause.text}`, note: clause.note ? `${sentence.note} ${clause.note}` : sentence.note } : sentence;

/**
 * The report's five sectors in words (the report's region and its municipalities): how many have a larger share
 * than in the whole country ("at least" where secret figures leave it open), the strongest (every tie at two
 * decimals, or each that may be where secret figures leave it open), and how many are given as bounds. The facts
 * are the widget's title's own (`sectorFacts`).
 */
function reportSectorSentences(model: SectorModel, placeName: string, lang: Lang, compare: Compared<SectorModel> | null): Sentence[] {
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
  sentences.push(
    withClause(
      {
        text:
          candidates.length === 1
            ? fill(t.sbStrongest, { sector: name(candidates[0]), lq: lq(candidates[0]) })
            : tie
              ? fill(t.sbStrongestTie, { list, lq: lq(candidates[0]) })
              : fill(t.sbStrongestOpen, { list }),
        note,
      },
      comparedClause(candidates, compare, lang),
    ),
  );
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
export function sectorSentences(model: SectorModel, placeName: string, lang: Lang, compare: Compared<SectorModel> | null = null): Sentence[] {
  const { own, area, credit } = model.data;
  const shown = model.sectors;
  if (!own) return reportSectorSentences(model, placeName, lang, compare);
  if (!credit || model.mode !== 'data' || !shown.length) return [];
  const t = messages[lang];
  const where = area?.name ?? placeName;
  const lq = (s: SectorValue) => formatLq(s.lq as number, lang);
  const top = shown.filter((s) => lq(s) === lq(shown[0]));
  const open = own.secret.some((s) => s.upper === null || roundLq(s.upper, 'up') >= roundLq(shown[0].lq as number));
  const note = [fill(t.sbNote, { source: withoutPrefix(credit[lang]) }), ...(area?.notes(lang) ?? [])].join(' ');
  const template = open ? (top.length > 1 ? t.sbTopOpenTie : t.sbTopOpen) : top.length > 1 ? t.sbTopTie : t.sbTop;
  const sentences: Sentence[] = [
    withClause(
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
      comparedClause(top, compare, lang),
    ),
  ];
  // Above the national share as shown: a quotient shown as 1,00 is not said to be above.
  const above = shown.filter((s) => roundLq(s.lq as number) > 1).length;
  sentences.push({ text: fill(above === shown.length ? t.sbAboveAll : t.sbAbove, { count: above, shown: shown.length }), note });
  if (own.secret.length) sentences.push({ text: own.secret.length === 1 ? t.sbSecretOne : fill(t.sbSecret, { count: own.secret.length }), note });
  return sentences;
}
