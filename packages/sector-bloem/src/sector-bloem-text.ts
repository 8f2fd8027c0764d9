import { Q4Error, coreMessages, fill, listFormat, type FigureText, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import { formatLq, lqText, roundLq, parseOrganisations, type Organisation, type SectorData, type SectorValue } from './sector-bloem-data.js';

export interface SectorModel {
  data: SectorData;
  mode: 'data' | 'equal';
  view: 'flower' | 'bars';
  /** The sectors drawn: the report's five, the place's own strongest, or your own. */
  sectors: SectorValue[];
  organisations: Organisation[];
}

/**
 * Applies `mode`, `view` and the organisations of the wreath (raw, validated here); throws a Q4Error when unusable.
 * Which sectors (`sectors`) the data were loaded with: the report's five, or the place's own strongest.
 */
export function prepareSectors(data: SectorData, options: { mode: string; view: string; sectors?: string; organisations?: unknown }, lang: Lang): SectorModel {
  const t = messages[lang];
  if (data.areaError) throw data.areaError(lang);
  if (!['data', 'equal'].includes(options.mode)) throw new Q4Error('invalid-option', fill(t.badMode, { value: options.mode.slice(0, 20) }));
  if (!['flower', 'bars'].includes(options.view)) throw new Q4Error('invalid-option', fill(t.badView, { value: options.view.slice(0, 20) }));
  const choice = options.sectors ?? 'auto';
  if (!['auto', 'own', 'report'].includes(choice)) throw new Q4Error('invalid-option', fill(t.badSectors, { value: choice.slice(0, 20) }));
  const sectors = data.sectors;
  const organisations = options.organisations === undefined ? [] : parseOrganisations(options.organisations, sectors);
  return { data, mode: options.mode as SectorModel['mode'], view: options.view as SectorModel['view'], sectors, organisations };
}

/**
 * Title, summary, notes and credit (pure). Every claim holds for every value the secret cells may take: a sector
 * counts as stronger than nationally only when its lower bound is above 1, and as the strongest only when its lower
 * bound is above every other sector's upper bound; otherwise the title names each sector that may be strongest.
 * Sectors without a quotient are not counted ("4 of the 4 with a quotient").
 */
export function describeSectors(model: SectorModel, lang: Lang): FigureText {
  if (model.data.own) return model.data.own.describe(model, lang);
  const t = messages[lang];
  const { sectors } = model.data;
  const words = (s: (typeof sectors)[number]) => (s.lq === null ? (s.noCounterpart ? t.noCounterpart : coreMessages[lang].noData) : lqText(s, lang, t));
  const list = listFormat(
    sectors.map((s) => fill(t.lqItem, { sector: s.label[lang], lq: words(s) })),
    lang,
  );
  const notes: string[] = [];
  const bundled = model.data.year !== null;
  const area = model.data.area;
  if (model.mode === 'equal') notes.push(t.equalNote);
  if (bundled) {
    const sections = listFormat(
      sectors.filter((s) => s.sections.length).map((s) => `${s.label[lang]} ${s.sections.join('+')}`),
      lang,
    );
    if (!area) notes.push(fill(t.sectionsNote, { list: sections }));
    else {
      notes.push(...area.notes(lang));
      notes.push(fill(t.leadingNote, { area: area.name }), fill(t.sectionsNoteArea, { list: sections }));
      notes.push(...membersNote(area, lang));
    }
    for (const s of sectors) {
      if (s.lowerBound && s.lq !== null) {
        const low = formatLq(s.lq, lang, 'down');
        notes.push(
          s.upper === null
            ? fill(t.boundNoteOpen, { sector: s.label[lang], list: listFormat(s.secretFor, lang), low })
            : fill(t.boundNote, { sector: s.label[lang], list: listFormat(s.secretFor, lang), low, high: formatLq(s.upper, lang, 'up') }),
        );
      }
      if (s.noCounterpart) notes.push(fill(t.noneNote, { sector: s.label[lang] }));
    }
  }
  let title: string;
  const facts = sectorFacts(model);
  if (!facts) title = t.titleEqual;
  else {
    const { candidates, tie, sure, certain, total } = facts;
    // toLowerCase, not toLocaleLowerCase: the same for Dutch and English (Unicode lowers by language only for
    // Lithuanian, Turkish and Azeri), without the locale lookup that costs a page its first Intl call (7-22 ms).
    const name = (s: SectorValue) => (bundled ? s.label[lang].toLowerCase() : s.label[lang]);
    const items = candidates.map((s) => fill(t.topItem, { sector: name(s), lq: lqText(s, lang) }));
    const joined = tie ? listFormat(items, lang) : items.join(t.strongestOr);
    const open = tie ? t.strongestTie : candidates.length === 2 ? t.strongestOpen : t.strongestMany;
    const strongest = candidates.length === 1 ? fill(t.strongestOne, { top: items[0] }) : fill(open, { list: joined });
    title = !bundled
      ? fill(candidates.length > 1 && tie ? t.titleGenericTie : t.titleGeneric, { top: joined })
      : area
        ? fill(certain ? t.titleArea : t.titleAreaAtLeast, { count: sure, total, strongest, area: area.name })
        : fill(certain ? t.title : t.titleAtLeast, { count: sure, total, strongest });
  }
  const summary = area ? fill(t.summaryArea, { list, area: area.name }) : fill(t.summary, { list });
  return { title, summary, notes, credit: model.data.credit?.[lang] ?? coreMessages[lang].ownData };
}

/**
 * What the title says, as facts (pure): the sectors that may be the strongest, compared as shown (two decimals; a
 * bound rounded the safe way), whether they are tied as shown (`tie`) or left open by secret figures; how many
 * sectors are certainly above the national share (`sure`) and whether as many possibly are (`certain`), of `total`
 * with a quotient. Null where nothing is ranked (equal petals, or no quotient).
 */
export function sectorFacts(model: Pick<SectorModel, 'data' | 'mode'>): {
  candidates: SectorValue[];
  tie: boolean;
  sure: number;
  certain: boolean;
  total: number;
} | null {
  const scored = model.data.sectors.filter((s) => s.lq !== null);
  if (model.mode === 'equal' || !scored.length) return null;
  const low = (s: SectorValue) => s.lq as number;
  const high = (s: SectorValue) => (s.lowerBound ? (s.upper ?? Infinity) : (s.lq as number));
  // Compared as shown (two decimals; a bound rounded the safe way), so that a tie in print is named as a tie.
  const r = (v: number, how: 'nearest' | 'down' | 'up') => (v === Infinity ? v : roundLq(v, how));
  const shownLow = (s: SectorValue) => r(low(s), s.lowerBound ? 'down' : 'nearest');
  const shownHigh = (s: SectorValue) => r(high(s), s.lowerBound ? 'up' : 'nearest');
  // Candidates for strongest: every sector whose highest possible quotient reaches the best certain one.
  const best = Math.max(...scored.map(shownLow));
  const candidates = scored.filter((s) => shownHigh(s) >= best).sort((a, b) => low(b) - low(a));
  // Either the secret figures leave it open, or the quotients are equal as shown.
  const tie = candidates.every((s) => !s.lowerBound);
  const sure = scored.filter((s) => low(s) > 1).length;
  const possible = scored.filter((s) => high(s) > 1).length;
  return { candidates, tie, sure, certain: sure === possible, total: scored.length };
}

/** "{region-name} = its members together", for a region with a name; nothing otherwise. */
export function membersNote(area: NonNullable<SectorData['area']>, lang: Lang): string[] {
  if (area.kind !== 'region' || !area.named) return [];
  return [
    fill(messages[lang].membersNote, {
      area: area.name,
      list: listFormat(
        area.members.map((m) => m.name),
        lang,
      ),
    }),
  ];
}
