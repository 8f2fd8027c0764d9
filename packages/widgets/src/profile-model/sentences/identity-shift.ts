// The report's table of identities in words.
import { fill, type Lang } from '@q4/core/figure';
import { defaultIdentity, type IdentityData } from '@q4/identity-shift';
import { messages } from '../profile-text.js';
import { withoutPrefix, type Sentence } from './sentence.js';

/** The report's table of identities in words: how many pairs it sets side by side, and its own sentence on them (exact). */
export function identitySentences(data: IdentityData, lang: Lang): Sentence[] {
  if (data !== defaultIdentity || !data.credit) return [];
  const t = messages[lang];
  const note = withoutPrefix(data.credit[lang]);
  return [
    { text: fill(t.isCount, { count: data.pairs.length }), note },
    { text: t.isQuote, note },
  ];
}
