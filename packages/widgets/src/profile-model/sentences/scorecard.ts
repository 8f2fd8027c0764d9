// The scorecard in words.
import { fill, listFormat, type Lang } from '@q4/core/figure';
import { scorecardReferenceName, type ScorecardCell, type ScorecardModel } from '@q4/scorecard';
import { messages } from '../profile-text.js';
import { withoutPrefix, type Sentence } from './sentence.js';

/**
 * The scorecard in words (the report's table of 2014, for its five municipalities): for one of them, the
 * indicators it scored better, worse and the same on against the province, and those without a figure; for the
 * five together, which scored better most often (every tie named) and the indicators on which all or none did.
 * "Better" is the widget's own comparison of each cell, at the decimals shown.
 */
export function scorecardSentences(model: ScorecardModel, lang: Lang): Sentence[] {
  const { data, cells, highlight } = model;
  if (!data.source.credit[lang]) return [];
  const t = messages[lang];
  const credit = withoutPrefix(data.source.credit[lang]);
  const note = fill(t.scNote, { source: credit });
  // "Staat van Utrecht, 2014": the source's name, and its year.
  const [source, year] = credit.split(', ');
  const reference = scorecardReferenceName(data, lang);
  const indicators = (list: ScorecardCell[]) =>
    listFormat(
      // "Eenzaamheid" lowered inside a sentence, "CO2-emissie" kept.
      list.map((c) => c.indicator.label[lang].replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase())),
      lang,
    );
  const sentences: Sentence[] = [];
  if (highlight) {
    const own = cells.filter((c) => c.area.code === highlight.code);
    const of = (kind: string) => own.filter((c) => c.comparison === kind);
    const name = highlight.name;
    sentences.push({
      text: of('better').length ? fill(t.scBetter, { source, year, name, reference, list: indicators(of('better')) }) : fill(t.scNone, { name, reference }),
      note,
    });
    if (of('worse').length) sentences.push({ text: fill(t.scWorse, { name, list: indicators(of('worse')) }), note });
    if (of('same').length) sentences.push({ text: fill(t.scSame, { list: indicators(of('same')) }), note });
    if (of('missing').length) sentences.push({ text: fill(t.scMissing, { name, list: indicators(of('missing')) }), note });
    return sentences;
  }
  const areas = [...new Map(cells.filter((c) => c.comparison !== 'reference').map((c) => [c.area.code, c.area])).values()];
  if (areas.length < 2) return [];
  const better = (code: string) => cells.filter((c) => c.area.code === code && c.comparison === 'better').length;
  const most = Math.max(...areas.map((a) => better(a.code)));
  const top = areas.filter((a) => better(a.code) === most);
  sentences.push({
    text: fill(top.length > 1 ? t.scMostTie : t.scMost, {
      source,
      year,
      reference,
      count: most,
      list: listFormat(
        top.map((a) => a.name),
        lang,
      ),
    }),
    note,
  });
  const least = Math.min(...areas.map((a) => better(a.code)));
  const bottom = areas.filter((a) => better(a.code) === least);
  if (least < most)
    sentences.push({
      text: fill(bottom.length > 1 ? t.scLeastTie : t.scLeast, {
        count: least,
        list: listFormat(
          bottom.map((a) => a.name),
          lang,
        ),
      }),
      note,
    });
  const byIndicator = [...new Set(cells.map((c) => c.indicator))].map((indicator) =>
    cells.filter((c) => c.indicator === indicator && c.comparison !== 'reference'),
  );
  const all = byIndicator.filter((list) => list.length === areas.length && list.every((c) => c.comparison === 'better'));
  const none = byIndicator.filter((list) => list.length === areas.length && list.every((c) => c.comparison === 'worse' || c.comparison === 'same'));
  if (all.length) sentences.push({ text: fill(t.scAll, { list: indicators(all.map((l) => l[0])), count: areas.length }), note });
  if (none.length) sentences.push({ text: fill(t.scNoOne, { list: indicators(none.map((l) => l[0])), count: areas.length }), note });
  for (const area of areas) {
    const missing = cells.filter((c) => c.area.code === area.code && c.comparison === 'missing');
    if (missing.length && sentences.length < 4) sentences.push({ text: fill(t.scMissing, { name: area.name, list: indicators(missing) }), note });
  }
  return sentences;
}
