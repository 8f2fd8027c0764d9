// A place's own strongest sectors (`sectors="own"`, and `auto` outside the report's region): every SBI section's
// quotient, the five highest published, and the words for them. Loaded with the area code (and for the report's
// region when `sectors="own"`), so the widget's file carries none of it.
import { coreMessages, fill, listFormat, type FigureText, type Lang } from '@q4/core/figure';
import type { SectorTable } from '@q4/data';
import { messages as main } from './messages.js';
import { membersNote } from './sector-bloem-text.js';
import { formatLq, roundLq, type OwnSectors, type SectorData, type SectorGroup, type SectorValue } from './sector-bloem-data.js';

/** The texts of this module only. */
const messages = {
  nl: {
    ownTitle: 'In {area} is {top} het sterkst, vergeleken met heel Nederland',
    ownTitleTie: 'In {area} zijn {top} het sterkst, vergeleken met heel Nederland (gelijk op twee decimalen)',
    ownTitleOpen: 'In {area} is {top} het sterkst van de sectoren met een cijfer',
    ownTitleOpenTie: 'In {area} zijn {top} het sterkst van de sectoren met een cijfer (gelijk op twee decimalen)',
    ownTitleEqual: 'De {count} sterkste sectoren van {area}',
    ownSummary:
      'De {count} sterkste sectoren van {area} in december 2010. Het getal zegt hoeveel keer zo groot hun aandeel in de banen van werknemers is als in heel Nederland: {list}.',
    ownNote:
      'Het getal is het locatiequotiënt: het aandeel van de sector in de banen van werknemers, gedeeld door dat aandeel in Nederland. Getoond: de {count} SBI-secties met het hoogste quotiënt, van de {ranked} met een gepubliceerd cijfer voor {area}. Vijf, zoals de vijf leidende sectoren in het rapport{ties}. De vijf uit het rapport: sectors="report".',
    ownTies: ', en elke sectie met hetzelfde quotiënt op twee decimalen als de vijfde',
    ownSecret: 'Geheim (CBS), en daarom niet gerangschikt: {list}.',
    ownOpen: 'Daarvan kan het quotiënt hoger zijn dan het laagste getoonde ({lq}): {list}.',
    ownOpenItem: '{sector} (tot {high})',
    ownOpenItemOpen: '{sector} (geen bovengrens)',
    ownNone:
      'Geen sector met een gepubliceerd cijfer voor {area}: CBS houdt de banen per sector van december 2010 geheim, omdat het om kleine aantallen gaat. De vijf uit het rapport, als grenzen: sectors="report".',
    region: 'de regio',
  },
  en: {
    ownTitle: 'In {area}, {top} is the strongest compared with the whole country',
    ownTitleTie: 'In {area}, {top} are the strongest compared with the whole country (equal at two decimals)',
    ownTitleOpen: 'In {area}, {top} is the strongest of the sectors with a figure',
    ownTitleOpenTie: 'In {area}, {top} are the strongest of the sectors with a figure (equal at two decimals)',
    ownTitleEqual: 'The {count} strongest sectors of {area}',
    ownSummary:
      'The {count} strongest sectors of {area} in December 2010. The number says how many times as large their share of the employee jobs is as in the whole country: {list}.',
    ownNote:
      'The number is the location quotient: the sector’s share of the employee jobs, divided by that share in the Netherlands. Shown: the {count} SBI sections with the highest quotient, of the {ranked} with a published figure for {area}. Five, like the five leading sectors in the report{ties}. The report’s five: sectors="report".',
    ownTies: ', and every section with the same quotient at two decimals as the fifth',
    ownSecret: 'Confidential (CBS), so not ranked: {list}.',
    ownOpen: 'Of these, the quotient may be higher than the lowest shown ({lq}): {list}.',
    ownOpenItem: '{sector} (up to {high})',
    ownOpenItemOpen: '{sector} (no upper bound)',
    ownNone:
      'No sector with a published figure for {area}: CBS keeps the employee jobs by sector of December 2010 confidential, as the numbers are small. The report’s five, as bounds: sectors="report".',
    region: 'the region',
  },
} satisfies Record<Lang, Record<string, string>>;

/**
 * The 19 sections of SBI 2008 that 81402NED publishes (A to S; T and U are not in the table), with CBS's Dutch
 * name as the table gives it and an English one, for a place's own strongest sectors.
 */
const SECTION_EN: Record<string, string> = {
  A: 'Agriculture, forestry and fishing',
  B: 'Mining and quarrying',
  C: 'Manufacturing',
  D: 'Energy supply',
  E: 'Water supply and waste management',
  F: 'Construction',
  G: 'Wholesale and retail trade',
  H: 'Transportation and storage',
  I: 'Accommodation and food services',
  J: 'Information and communication',
  K: 'Financial services',
  L: 'Real estate activities',
  M: 'Specialised business services',
  N: 'Renting and other business support',
  O: 'Public administration and services',
  P: 'Education',
  Q: 'Human health and social work',
  R: 'Culture, sports and recreation',
  S: 'Other service activities',
};

/** Each SBI section of the table as a sector of its own (`sbi-A` … `sbi-S`). */
export const sectionGroups = (jobs: SectorTable): SectorGroup[] =>
  jobs.sections.filter((s) => s.code in SECTION_EN).map((s) => ({ id: `sbi-${s.code}`, label: { nl: s.label, en: SECTION_EN[s.code] }, sections: [s.code] }));

/** How many of its own sectors a place shows: five, as the report's flower has five leading sectors. */
export const OWN_COUNT = 5;

/**
 * A place's own strongest sectors: the SBI sections with the highest quotient among those with a published figure
 * for every member (a section with a secret cell has only bounds, so it is not ranked), `count` of them and every
 * one that ties with the last at two decimals. `open` lists the secret sections whose highest possible quotient
 * reaches the last one shown: they might belong among them.
 */
function strongest(all: SectorValue[], count = OWN_COUNT): { shown: SectorValue[]; ranked: number; secret: SectorValue[]; open: SectorValue[] } {
  const published = all.filter((s) => s.lq !== null && !s.lowerBound).sort((a, b) => (b.lq as number) - (a.lq as number) || a.id.localeCompare(b.id));
  let end = Math.min(count, published.length);
  const shown = (s: SectorValue) => roundLq(s.lq as number);
  while (end < published.length && end > 0 && shown(published[end]) === shown(published[end - 1])) end++;
  const chosen = published.slice(0, end);
  const cut = chosen.length ? shown(chosen[chosen.length - 1]) : -Infinity;
  const secret = all.filter((s) => s.lq !== null && s.lowerBound);
  const open = secret.filter((s) => s.upper === null || roundLq(s.upper, 'up') >= cut);
  return { shown: chosen, ranked: published.length, secret, open };
}

/**
 * A place's own strongest sectors: the title names the strongest (every tie at two decimals), and says "of the
 * sectors with a published figure" where a secret section may be stronger; the notes say how many are shown and
 * why, which sections are secret, and which of those might be among the strongest.
 */
function describeOwn(
  own: Omit<OwnSectors, 'describe' | 'all'>,
  model: { data: SectorData; mode: 'data' | 'equal'; sectors: SectorValue[] },
  lang: Lang,
): FigureText {
  const t = { ...main[lang], ...messages[lang] };
  const shown = model.sectors;
  const area = model.data.area;
  const place = area?.name ?? t.region;
  const lq = (s: SectorValue) => formatLq(s.lq as number, lang);
  const top = shown.filter((s) => lq(s) === lq(shown[0]));
  const open = own.secret.filter((s) => s.upper === null || roundLq(s.upper, 'up') >= roundLq(shown[0]?.lq ?? 0));
  const items = listFormat(
    top.map((s) => fill(t.topItem, { sector: s.label[lang].toLowerCase(), lq: lq(s) })),
    lang,
  );
  const template = open.length ? (top.length > 1 ? t.ownTitleOpenTie : t.ownTitleOpen) : top.length > 1 ? t.ownTitleTie : t.ownTitle;
  const title = model.mode === 'equal' ? fill(t.ownTitleEqual, { count: shown.length, area: place }) : fill(template, { area: place, top: items });
  const list = listFormat(
    shown.map((s) => fill(t.lqItem, { sector: s.label[lang], lq: lq(s) })),
    lang,
  );
  const notes: string[] = [];
  if (model.mode === 'equal') notes.push(t.equalNote);
  if (area) notes.push(...area.notes(lang));
  if (area) notes.push(...membersNote(area, lang));
  notes.push(fill(t.ownNote, { count: shown.length, ranked: own.ranked, area: place, ties: shown.length > OWN_COUNT ? t.ownTies : '' }));
  if (own.secret.length)
    notes.push(
      fill(t.ownSecret, {
        list: listFormat(
          own.secret.map((s) => s.label[lang]),
          lang,
        ),
      }),
    );
  if (own.open.length && shown.length) {
    const item = (s: SectorValue) =>
      s.upper === null
        ? fill(t.ownOpenItemOpen, { sector: s.label[lang] })
        : fill(t.ownOpenItem, { sector: s.label[lang], high: formatLq(s.upper, lang, 'up') });
    notes.push(fill(t.ownOpen, { lq: lq(shown[shown.length - 1]), list: listFormat(own.open.map(item), lang) }));
  }
  const summary = shown.length ? fill(t.ownSummary, { count: shown.length, area: place, list }) : '';
  return { title, summary, notes, credit: model.data.credit?.[lang] ?? coreMessages[lang].ownData };
}

/**
 * The place's own strongest sectors from its quotients of every section, as the data the widget draws: `sectors`
 * the shown ones, `own` what says them; with no section published, `none` (every cell secret).
 */
export function ownSectors(sections: SectorValue[]): { sectors: SectorValue[]; own: OwnSectors } | { none: (area: string, lang: Lang) => string } {
  const { shown, ranked, secret, open } = strongest(sections);
  if (!shown.length) return { none: (area, lang) => fill(messages[lang].ownNone, { area }) };
  const own = { ranked, secret, open };
  return { sectors: shown, own: { ...own, all: sections, describe: (model, lang) => describeOwn(own, model, lang) } };
}

/** The report's region's name in the own texts ("de regio"). */
export const regionWord = (lang: Lang): string => messages[lang].region;
