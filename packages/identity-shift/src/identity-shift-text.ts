import { coreMessages, fill, listFormat, type FigureText, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import { defaultIdentity, type IdentityData } from './identity-shift-data.js';

/** Title, summary, notes and credit of the diagram (pure: the element and q4-render share it). */
export function describeIdentity(data: IdentityData, lang: Lang): FigureText {
  const t = messages[lang];
  const list = listFormat(
    data.pairs.slice(0, 3).map((p) => fill(t.pair, { thick: p.thick[lang], thin: p.thin[lang] })),
    lang,
  );
  return {
    title: fill(t.title, { count: data.pairs.length }),
    summary: fill(data === defaultIdentity ? t.summaryReport : t.summary, { list: list.charAt(0).toUpperCase() + list.slice(1) }),
    notes: data === defaultIdentity && t.translationNote ? [t.translationNote] : [],
    credit: data.credit?.[lang] ?? coreMessages[lang].ownData,
  };
}
