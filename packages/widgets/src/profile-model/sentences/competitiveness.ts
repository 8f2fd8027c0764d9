// Competitiveness in words.
import { fill, formatNumber, listFormat, upperFirst, type Lang } from '@q4/core/figure';
import { countryName, rankEdition, rankText, type RciModel } from '@q4/competitiveness';
import { messages } from '../profile-text.js';
import { withoutPrefix, type Sentence } from './sentence.js';

/**
 * Competitiveness in words, for the region shown (the widget's default: Utrecht): its score in the newest edition
 * with what 0 means, its country's score as a whole, the country's regions' highest score (every tie at two
 * decimals), and the region's rank in the first edition (the widget's title gives the newest).
 */
export function competitivenessSentences(model: RciModel, lang: Lang): Sentence[] {
  const { data, edition, focus } = model;
  if (!focus || focus.score === null || !data.credit) return [];
  const t = messages[lang];
  const two = (v: number) => formatNumber(v, lang, 2);
  // The EU's English name; "the Netherlands" in an English sentence.
  const country = lang === 'en' && focus.country === 'Netherlands' ? 'the Netherlands' : countryName(focus.country, lang);
  const credit = withoutPrefix(data.credit[lang]);
  const note = (e: number) => fill(t.rcNote, { source: `${credit} ${e}` });
  const sentences: Sentence[] = [{ text: fill(t.rcScore, { edition, name: focus.name, score: two(focus.score) }), note: note(edition) }];
  const whole = data.rows.find((r) => r.level === 'country' && r.country === focus.country && r.edition === edition);
  if (whole?.score != null)
    sentences.push({
      text: fill(t.rcCountry, { country: upperFirst(country), edition, score: two(whole.score) }),
      note: note(edition),
    });
  const regions = model.ranked.filter((r) => r.level === 'region' && r.country === focus.country && r.score !== null);
  if (regions.length > 1) {
    const high = two(Math.max(...regions.map((r) => r.score as number)));
    const best = regions.filter((r) => two(r.score as number) === high);
    sentences.push({
      text: fill(best.length > 1 ? t.rcBestTie : t.rcBest, {
        count: regions.length,
        country,
        best: listFormat(
          best.map((r) => r.name),
          lang,
        ),
        score: high,
      }),
      note: note(edition),
    });
  }
  const first = data.editions[0];
  if (first !== edition) {
    const ranked = rankEdition(data, first);
    const then = ranked.find((r) => r.code === focus.code);
    const scored = ranked.filter((r) => r.rank !== null);
    if (then?.rank)
      sentences.push({
        text: fill(t.rcFirst, {
          edition: first,
          name: focus.name,
          rank: rankText(
            then.rank,
            scored.some((r) => r !== then && r.rank === then.rank),
            lang,
          ),
          count: scored.length,
        }),
        note: note(first),
      });
  }
  return sentences;
}
