import { Q4Error, coreMessages, fill, listFormat, type FigureText, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import { formatLq, parseOrganisations, type Organisation, type SectorData } from './sector-data.js';

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

/** Title (how many sectors are stronger than nationally, and the strongest), summary, notes and credit (pure). */
export function describeSectors(model: SectorModel, lang: Lang): FigureText {
  const t = messages[lang];
  const { sectors } = model.data;
  const lqText = (s: (typeof sectors)[number]) =>
    s.lq === null ? (s.noCounterpart ? t.noCounterpart : coreMessages[lang].noData) : s.lowerBound ? fill(t.atLeast, { lq: formatLq(s.lq, lang) }) : formatLq(s.lq, lang);
  const list = listFormat(sectors.map((s) => fill(t.lqItem, { sector: s.label[lang], lq: lqText(s) })), lang);
  const notes: string[] = [];
  const bundled = model.data.year !== null;
  if (model.mode === 'equal') notes.push(t.equalNote);
  if (bundled) {
    notes.push(fill(t.sectionsNote, { list: listFormat(sectors.filter((s) => s.sections.length).map((s) => `${s.label[lang]} ${s.sections.join('+')}`), lang) }));
    for (const s of sectors) {
      if (s.lowerBound) notes.push(fill(t.boundNote, { sector: s.label[lang], list: listFormat(s.secretFor, lang) }));
      if (s.noCounterpart) notes.push(fill(t.noneNote, { sector: s.label[lang] }));
    }
  }
  let title: string;
  const scored = sectors.filter((s) => s.lq !== null).sort((a, b) => (b.lq as number) - (a.lq as number));
  if (model.mode === 'equal' || !scored.length) title = t.titleEqual;
  else {
    const top = scored[0];
    const lq = `${top.lowerBound ? '≥ ' : ''}${formatLq(top.lq as number, lang)}`;
    title = bundled
      ? fill(t.title, { count: scored.filter((s) => (s.lq as number) > 1).length, total: sectors.length, top: top.label[lang].toLocaleLowerCase(lang === 'en' ? 'en' : 'nl'), lq })
      : fill(t.titleGeneric, { top: top.label[lang], lq });
  }
  return { title, summary: fill(t.summary, { list }), notes, credit: model.data.credit?.[lang] ?? coreMessages[lang].ownData };
}
