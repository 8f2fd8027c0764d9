// Land use in words.
import { fill, listFormat, type Lang } from '@q4/core/figure';
import { formatLandShare, landUseAreaName, landUseCategories, type LandUseModel } from '@q4/land-use';
import { messages } from '../profile-text.js';
import { withoutPrefix, type Sentence } from './sentence.js';

/**
 * Land use in words, for an area against the Netherlands (the widget's default: the province of Utrecht): its
 * largest use with the national share, then the uses it has more and less of in proportion on land (water left
 * out, as in the widget's title: the national total includes the sea).
 */
export function landUseSentences(model: LandUseModel, lang: Lang): Sentence[] {
  const [code, nl] = model.codes;
  if (model.codes.length !== 2 || nl !== 'NL01' || !model.data.credit) return [];
  const t = messages[lang];
  const shown = (share: number) => formatLandShare(share, lang);
  const uses = landUseCategories
    .map((c) => ({
      name: c[lang],
      water: c.id === 'water',
      own: model.bars.find((b) => b.code === code && b.category === c.id)?.share,
      nl: model.bars.find((b) => b.code === nl && b.category === c.id)?.share,
    }))
    .filter((u): u is typeof u & { own: number; nl: number } => u.own !== undefined && u.nl !== undefined);
  if (!uses.length) return [];
  const area = landUseAreaName(model.data, code, lang, true);
  const source = `${withoutPrefix(model.data.credit[lang])}, ${model.year}`;
  const note = fill(t.luNote, { source });
  const largest = Math.max(...uses.map((u) => u.own));
  const tied = uses.filter((u) => shown(u.own) === shown(largest));
  const list = (items: typeof uses) =>
    listFormat(
      items.map((u) => u.name),
      lang,
    );
  const sentences: Sentence[] = [
    {
      text: fill(tied.length > 1 ? t.luLargestTie : t.luLargest, {
        year: model.year,
        area,
        list: list(tied),
        share: shown(tied[0].own),
        nl: shown(tied[0].nl),
      }),
      note,
    },
  ];
  // The uses compared as shares of the land (the area without water), to a whole percent: the national total
  // includes the sea, which would make every use of a province look larger than the country's.
  const water = uses.find((u) => u.water);
  const onLand = (share: number, of: number) => Math.round((100 * share) / (1 - of));
  const land = uses.filter((u) => !u.water && water && onLand(u.own, water.own) !== onLand(u.nl, water.nl));
  const more = land.filter((u) => onLand(u.own, water!.own) > onLand(u.nl, water!.nl));
  const less = land.filter((u) => onLand(u.own, water!.own) < onLand(u.nl, water!.nl));
  if (more.length || less.length) {
    const template = more.length && less.length ? t.luMoreLess : more.length ? t.luMore : t.luLess;
    sentences.push({ text: fill(template, { area, more: list(more), less: list(less) }), note: fill(t.luLandNote, { source }) });
  }
  return sentences;
}
