import { Q4Error, coreMessages, fill, listFormat, type FigureText, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import { formatLq, lqText, parseOrganisations, type Organisation, type SectorData } from './sector-data.js';

export interface SectorModel {
  data: SectorData;
  mode: 'data' | 'equal';
  view: 'flower' | 'bars';
  organisations: Organisation[];
}

/** Applies `mode`, `view` and the organisations of the wreath (raw, validated here); throws a Q4Error when unusable. */
export function prepareSectors(data: SectorData, options: { mode: string; view: string; organisations?: unknown }, lang: Lang): SectorModel {
  const t = messages[lang];
  if (!['data', 'equal'].includes(options.mode)) throw new Q4Error('invalid-option', fill(t.badMode, { value: options.mode.slice(0, 20) }));
  if (!['flower', 'bars'].includes(options.view)) throw new Q4Error('invalid-option', fill(t.badView, { value: options.view.slice(0, 20) }));
  const organisations = options.organisations === undefined ? [] : parseOrganisations(options.organisations, data.sectors);
  return { data, mode: options.mode as SectorModel['mode'], view: options.view as SectorModel['view'], organisations };
}

/**
 * Title, summary, notes and credit (pure). Every claim holds for every value the secret cells may take: a sector
 * counts as stronger than nationally only when its lower bound is above 1, and as the strongest only when its lower
 * bound is above every other sector's upper bound; otherwise the title names each sector that may be strongest.
 * Sectors without a quotient are not counted ("4 of the 4 with a quotient").
 */
export function describeSectors(model: SectorModel, lang: Lang): FigureText {
  const t = messages[lang];
  const { sectors } = model.data;
  const words = (s: (typeof sectors)[number]) => (s.lq === null ? (s.noCounterpart ? t.noCounterpart : coreMessages[lang].noData) : lqText(s, lang, t));
  const list = listFormat(sectors.map((s) => fill(t.lqItem, { sector: s.label[lang], lq: words(s) })), lang);
  const notes: string[] = [];
  const bundled = model.data.year !== null;
  if (model.mode === 'equal') notes.push(t.equalNote);
  if (bundled) {
    notes.push(fill(t.sectionsNote, { list: listFormat(sectors.filter((s) => s.sections.length).map((s) => `${s.label[lang]} ${s.sections.join('+')}`), lang) }));
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
  const scored = sectors.filter((s) => s.lq !== null);
  if (model.mode === 'equal' || !scored.length) title = t.titleEqual;
  else {
    const low = (s: (typeof scored)[number]) => s.lq as number;
    const high = (s: (typeof scored)[number]) => (s.lowerBound ? (s.upper ?? Infinity) : (s.lq as number));
    // Candidates for strongest: every sector whose highest possible quotient reaches the best certain one.
    const best = Math.max(...scored.map(low));
    const candidates = scored.filter((s) => high(s) >= best).sort((a, b) => low(b) - low(a));
    const name = (s: (typeof scored)[number]) => (bundled ? s.label[lang].toLocaleLowerCase(lang === 'en' ? 'en' : 'nl') : s.label[lang]);
    const items = candidates.map((s) => fill(t.topItem, { sector: name(s), lq: lqText(s, lang) }));
    const strongest = candidates.length === 1 ? fill(t.strongestOne, { top: items[0] }) : fill(t.strongestOpen, { list: items.join(t.strongestOr) });
    const sure = scored.filter((s) => low(s) > 1).length;
    const possible = scored.filter((s) => high(s) > 1).length;
    title = bundled
      ? fill(sure === possible ? t.title : t.titleAtLeast, { count: sure, total: scored.length, strongest })
      : fill(t.titleGeneric, { top: candidates.length === 1 ? items[0] : items.join(t.strongestOr) });
  }
  return { title, summary: fill(t.summary, { list }), notes, credit: model.data.credit?.[lang] ?? coreMessages[lang].ownData };
}
