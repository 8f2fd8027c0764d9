// What the widgets say about an area: why a `municipality` or `region` is not valid, and how an area of today is
// shown in a dataset of an earlier year (the sum of its predecessors, as it was then, or no figure at all). The
// shapes are those of `@q4/data`'s area index, written out here so that core does not depend on the data.
import { Q4Error } from './events.js';
import { fill, formatDateUtc, formatNumber, formatNumberUpTo, listFormat, type Lang } from './i18n.js';

interface Named {
  code: string;
  name: string;
}
interface Change {
  date: string;
  from: string;
  to: string;
  kind: 'merge' | 'rename' | 'split' | 'correction';
  share: number;
}
/** As `@q4/data`'s `AreaProblem`. */
export type AreaProblemLike =
  | { problem: 'unknown'; value: string; suggestions: Named[] }
  | { problem: 'ambiguous'; value: string; candidates: Named[] }
  | { problem: 'both' }
  | { problem: 'region-size'; count: number }
  | { problem: 'region-duplicate'; municipality: Named }
  | { problem: 'region-name' };
/** As `@q4/data`'s `Composition`. */
export interface CompositionLike {
  code: string;
  /** The data's year, or a range of years said at once ("2012-2018"). */
  year: number | string;
  status: 'same' | 'whole' | 'split' | 'ended';
  parts: string[];
  split: { from: string; parts: string[]; to: string; kind: 'split' | 'correction'; share: number; inhabitants: number | null; date: string; lost: boolean }[];
  changes: Change[];
  became: Change[];
}

const messages = {
  nl: {
    unknown: 'Onbekende gemeente {value}.',
    suggest: ' Bedoelt u {list}?',
    noSuggestion: ' Gebruik een CBS-code (GM0344) of de naam van een gemeente.',
    ambiguous: '{value} is de naam van meer dan één gemeente: {list}. Kies er één met de naam met provincie of met de CBS-code.',
    both: 'Gebruik municipality of region, niet allebei.',
    regionSize: 'Een regio (region) is een lijst van 2 tot 80 gemeentecodes, gescheiden door komma’s; gekregen: {count}.',
    regionDuplicate: '{name} ({code}) staat twee keer in de regio.',
    regionName: 'De naam van de regio (region-name) is tekst van hoogstens 60 tekens.',
    overlap: '{a} en {b} overlappen in de cijfers van {year} ({code} hoort bij allebei): kies er één.',
    whole: '{name} bestond in {year} nog niet; de cijfers zijn de som van de gemeenten waaruit het ontstond: {list}.',
    renamed: '{name} heette in {year} {old}.',
    same: '{name} wordt getoond zoals de gemeente in {year} was; daarna {list}.',
    joined: 'kwam {name} erbij ({date})',
    partJoined: 'kwam een deel van {name} erbij ({date})',
    partLost: 'ging een deel naar {name} ({date})',
    becameOne: 'ging {from} op in {to} ({date})',
    dividedAmong: 'werd {from} verdeeld over {list} ({date})',
    renamedTo: 'kreeg {from} de naam {to} ({date})',
    split:
      'Geen cijfer voor {name} in {year}: de gemeente omvat {share} van de inwoners van {from}, dat op {date} werd verdeeld, en de cijfers van {year} zijn niet te verdelen.',
    received: 'Geen cijfer voor {name} in {year}: {to} kreeg op {date} {count} inwoners ({share}) van {from}, en de cijfers van {year} zijn niet te verdelen.',
    lost: 'Geen cijfer voor {name} in {year}: {from} gaf op {date} {count} inwoners ({share}) aan {to}, en de cijfers van {year} zijn niet te verdelen.',
    madeOf: ' {from} was in {year} nog {list}.',
    predecessors: ' Kies de voorgangers als regio: {list}.',
    ended: '{name} bestond in {year} niet meer: eerder {list}.',
    notYet: '{name} bestond in {year} nog niet.',
  },
  en: {
    unknown: 'Unknown municipality {value}.',
    suggest: ' Did you mean {list}?',
    noSuggestion: ' Use a CBS code (GM0344) or the name of a municipality.',
    ambiguous: '{value} is the name of more than one municipality: {list}. Choose one by its name with province or by its CBS code.',
    both: 'Use municipality or region, not both.',
    regionSize: 'A region is a list of 2 to 80 municipality codes, separated by commas; got {count}.',
    regionDuplicate: '{name} ({code}) is in the region twice.',
    regionName: 'The region’s name (region-name) is text of at most 60 characters.',
    overlap: '{a} and {b} overlap in the figures of {year} ({code} belongs to both): choose one.',
    whole: '{name} did not exist yet in {year}; the figures are the sum of the municipalities it arose from: {list}.',
    renamed: 'In {year} {name} was called {old}.',
    same: '{name} is shown as the municipality was in {year}; since then {list}.',
    joined: '{name} joined ({date})',
    partJoined: 'part of {name} joined ({date})',
    partLost: 'part went to {name} ({date})',
    becameOne: '{from} merged into {to} ({date})',
    dividedAmong: '{from} was divided among {list} ({date})',
    renamedTo: '{from} was renamed {to} ({date})',
    split:
      'No figure for {name} in {year}: it includes {share} of the inhabitants of {from}, which was divided on {date}, and the {year} figures cannot be divided.',
    received: 'No figure for {name} in {year}: {to} received {count} inhabitants ({share}) from {from} on {date}, and the {year} figures cannot be divided.',
    lost: 'No figure for {name} in {year}: {from} gave {count} inhabitants ({share}) to {to} on {date}, and the {year} figures cannot be divided.',
    madeOf: ' In {year}, {from} was still {list}.',
    predecessors: ' Choose its predecessors as a region: {list}.',
    ended: '{name} no longer existed in {year}: earlier, {list}.',
    notYet: '{name} did not exist yet in {year}.',
  },
};

/** "1 januari 2019" / "1 January 2019". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return formatDateUtc(Date.UTC(y, m - 1, d), lang);
}

const named = (m: Named) => `${m.name} (${m.code})`;

/** The error for an invalid area request: `unknown-area` for a place not found, `invalid-option` otherwise. */
export function areaError(p: AreaProblemLike, lang: Lang): Q4Error {
  const t = messages[lang];
  switch (p.problem) {
    case 'unknown':
      return new Q4Error(
        'unknown-area',
        fill(t.unknown, { value: JSON.stringify(p.value) }) +
          (p.suggestions.length ? fill(t.suggest, { list: listFormat(p.suggestions.map(named), lang, 'disjunction') }) : t.noSuggestion),
      );
    case 'ambiguous':
      return new Q4Error('unknown-area', fill(t.ambiguous, { value: JSON.stringify(p.value), list: listFormat(p.candidates.map(named), lang) }));
    case 'both':
      return new Q4Error('invalid-option', t.both);
    case 'region-size':
      return new Q4Error('invalid-option', fill(t.regionSize, { count: p.count }));
    case 'region-duplicate':
      return new Q4Error('invalid-option', fill(t.regionDuplicate, p.municipality as unknown as Record<string, string>));
    case 'region-name':
      return new Q4Error('invalid-option', t.regionName);
  }
}

/** The error for a region whose members share a code of the data's year. */
export function overlapError(overlap: { code: string; members: [Named, Named] }, year: number, lang: Lang): Q4Error {
  return new Q4Error('invalid-option', fill(messages[lang].overlap, { a: overlap.members[0].name, b: overlap.members[1].name, code: overlap.code, year }));
}

const pct = (share: number, lang: Lang) => `${formatNumberUpTo(share * 100, lang, 1)}%`;

/**
 * What to say about an area member in a dataset of `year`: nothing when it was the same municipality; how it is
 * shown otherwise (a sum of predecessors, as it was then, under an old name); or why there is no figure.
 * `name(code)` gives a code's Dutch name.
 */
export function compositionNote(member: Named, c: CompositionLike, name: (code: string) => string, lang: Lang): string {
  const t = messages[lang];
  const date = (iso: string) => formatDate(iso, lang);
  const list = (codes: string[]) => listFormat(codes.map(name), lang);
  const vars = { name: member.name, year: c.year };
  switch (c.status) {
    case 'whole':
      if (c.parts.length === 1) return fill(t.renamed, { ...vars, old: name(c.parts[0]) });
      return fill(t.whole, { ...vars, list: list(c.parts) });
    case 'same': {
      const items = endings(
        c.changes.filter((e) => !(e.to === c.code || e.kind === 'correction')),
        name,
        lang,
      );
      const around = c.changes.flatMap((e) => {
        if (e.to === c.code) return [fill(e.kind === 'merge' || e.kind === 'rename' ? t.joined : t.partJoined, { name: name(e.from), date: date(e.date) })];
        if (e.kind === 'correction') return [fill(t.partLost, { name: name(e.to), date: date(e.date) })];
        return [];
      });
      const all = [...around, ...items];
      return all.length ? fill(t.same, { ...vars, list: listFormat(all, lang) }) : '';
    }
    case 'split': {
      const s = c.split[0];
      const parts = {
        ...vars,
        from: name(s.from),
        to: name(s.to),
        share: pct(s.share, lang),
        date: date(s.date),
        count: s.inhabitants === null ? '' : formatNumber(s.inhabitants, lang),
      };
      const sentence = s.kind === 'split' ? fill(t.split, parts) : fill(s.lost ? t.lost : t.received, parts);
      // The code that gave the part may not have existed yet in the dataset's year (Nissewaard in 2014).
      const madeOf =
        s.parts.length && (s.parts.length > 1 || s.parts[0] !== s.from) ? fill(t.madeOf, { ...vars, from: name(s.from), list: list(s.parts) }) : '';
      const predecessors = [...new Set([...c.parts, ...c.split.flatMap((x) => x.parts)])].sort();
      return (
        sentence +
        madeOf +
        fill(t.predecessors, {
          list: listFormat(
            predecessors.map((p) => `${name(p)} (${p})`),
            lang,
          ),
        })
      );
    }
    case 'ended': {
      if (!c.became.length) return fill(t.notYet, vars);
      return fill(t.ended, { ...vars, list: listFormat(endings(c.became, name, lang), lang) });
    }
  }
}

/**
 * How codes ended, in order, one clause each: merged into one, divided among several (the parts of one code on one
 * date said at once: "werd Winsum verdeeld over Het Hogeland en Westerkwartier"), or renamed. Each names its code.
 */
function endings(events: Change[], name: (code: string) => string, lang: Lang): string[] {
  const t = messages[lang];
  const out: string[] = [];
  const said = new Set<string>();
  for (const e of events) {
    const key = `${e.from} ${e.date}`;
    if (e.kind === 'correction' || said.has(key)) continue;
    const date = formatDate(e.date, lang);
    if (e.kind === 'split') {
      said.add(key);
      const to = events.filter((x) => x.kind === 'split' && x.from === e.from && x.date === e.date).map((x) => name(x.to));
      out.push(fill(t.dividedAmong, { from: name(e.from), list: listFormat(to, lang), date }));
    } else out.push(fill(e.kind === 'rename' ? t.renamedTo : t.becameOne, { from: name(e.from), to: name(e.to), date }));
  }
  return out;
}

/** The texts of `carriedNote`. */
const carried = {
  nl: {
    carriedSame: '{name} wordt getoond zoals de gemeente in {year} was.',
    carriedSum: 'De cijfers van {name} zijn die van {list} samen, in {year}.',
    notCounted: ' Niet meegeteld: het deel van {from} dat op {date} bij {to} kwam{count}.',
    counted: ' Wel meegeteld: het deel dat op {date} van {from} naar {to} ging{count}.',
    count: ' ({count} inwoners)',
  },
  en: {
    carriedSame: '{name} is shown as the municipality was in {year}.',
    carriedSum: 'The figures of {name} are those of {list} together, in {year}.',
    notCounted: ' Not counted: the part of {from} that joined {to} on {date}{count}.',
    counted: ' Counted: the part that went from {from} to {to} on {date}{count}.',
    count: ' ({count} inhabitants)',
  },
} satisfies Record<Lang, Record<string, string>>;

/**
 * What a municipality of today is in the data of `year` when its figures are carried to it through whole mergers
 * (the commuting flows of 2014 on today's map, the sectors of 2010): nothing when it is the same territory; the codes it is the sum of;
 * and each part that moved in or out since, which the figures of `year` cannot divide: not counted where it came in,
 * counted where it went out. `c` is `territoryIn` of the code in `year`.
 */
export function carriedNote(member: { code: string; name: string }, c: CompositionLike, name: (code: string) => string, lang: Lang): string {
  const t = carried[lang];
  if (c.status === 'ended') return '';
  const same = c.parts.length === 1 && c.parts[0] === member.code;
  if (same && !c.split.length) return '';
  // The municipality's own code of that year first (Groningen, then Haren and Ten Boer), then the others by name.
  const others = c.parts.filter((p) => p !== member.code).sort((a, b) => name(a).localeCompare(name(b), 'nl'));
  const parts = c.parts.includes(member.code) ? [member.code, ...others] : others;
  const vars = { name: member.name, year: c.year, list: listFormat(parts.map(name), lang) };
  const head = same ? fill(t.carriedSame, vars) : fill(t.carriedSum, vars);
  const moved = c.split.map((s) =>
    fill(s.lost ? t.counted : t.notCounted, {
      from: name(s.from),
      to: name(s.to),
      date: formatDate(s.date, lang),
      count: s.inhabitants === null ? '' : fill(t.count, { count: formatNumber(s.inhabitants, lang) }),
    }),
  );
  return head + moved.join('');
}
