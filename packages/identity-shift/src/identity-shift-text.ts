import { coreMessages, fill, upperFirst, type FigureText, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import { defaultIdentity, type IdentityData } from './identity-shift-data.js';

/** Title, summary, notes and credit of the diagram (pure: the element and q4-render share it). */
export function describeIdentity(data: IdentityData, lang: Lang): FigureText {
  const t = messages[lang];
  // The first three pairs, one short sentence each (plain language: one long list reads harder).
  const shown = data.pairs.slice(0, 3);
  const list = shown
    .map((p, i) => {
      const pair = fill(t.pair, { thick: p.thick[lang], thin: p.thin[lang] });
      return i ? upperFirst(pair) : pair;
    })
    .join('. ');
  const first = fill(shown.length < data.pairs.length ? t.first : t.firstAll, { shown: shown.length, count: data.pairs.length });
  return {
    title: fill(t.title, { count: data.pairs.length }),
    summary: fill(data === defaultIdentity ? t.summaryReport : t.summary, { first, list }),
    notes: data === defaultIdentity && t.translationNote ? [t.translationNote] : [],
    credit: data.credit?.[lang] ?? coreMessages[lang].ownData,
  };
}
