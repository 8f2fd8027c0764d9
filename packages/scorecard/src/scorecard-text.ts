import { fill, formatNumber, listFormat, type Lang } from '@q4/core/figure';
import type { ScorecardArea, ScorecardDataset } from '@q4/data';
import { messages } from './messages.js';
import { municipalitiesOf, scorecardCells, type ScorecardCell } from './scorecard-data.js';

/** "5,1%" in Dutch, "5.1%" in English, with the decimals as printed. */
export function formatPercent(value: number, decimals: number, lang: Lang): string {
  return `${formatNumber(value, lang, decimals)}%`;
}

/** How the reference area is named in sentences ("de provincie Utrecht" for the bundled PV26). */
export function referenceName(data: ScorecardDataset, lang: Lang): string {
  if (data.reference === 'PV26') return messages[lang].reference;
  return data.areas.find((a) => a.code === data.reference)?.name ?? data.reference;
}

/** The legend in one line, for exported images: "+ beter dan de provincie · − slechter … · = gelijk …". */
export function scorecardLegendText(lang: Lang): string {
  const t = messages[lang];
  return `+ ${t.legendBetter} · − ${t.legendWorse} · = ${t.legendSame}`;
}

/** Self-contained accessible name of a cell: "Zeist, Eenzaamheid: 45%, slechter dan de provincie Utrecht (38%)". */
export function cellLabel(cell: ScorecardCell, data: ScorecardDataset, lang: Lang): string {
  const t = messages[lang];
  const head = `${cell.area.name}, ${cell.indicator.label[lang]}`;
  if (cell.value === null) return `${head}: ${t.noData}`;
  const value = formatPercent(cell.value, cell.decimals, lang);
  if (cell.comparison === 'reference') return `${head}: ${value}`;
  const reference = referenceName(data, lang);
  if (cell.comparison === 'no-reference') return `${head}: ${value}, ${fill(t.noReference, { reference })}`;
  const refValue = formatPercent(cell.referenceValue as number, cell.referenceDecimals, lang);
  return `${head}: ${value}, ${fill(t[cell.comparison as 'better' | 'worse' | 'same'], { reference, value: refValue })}`;
}

export interface ScorecardText {
  title: string;
  summary: string;
  notes: string[];
}

/** Title that states the point, a summary with the key numbers, and notes (missing values, polarity). */
export function describeScorecard(
  data: ScorecardDataset,
  options: { highlight?: ScorecardArea | null; group?: string | null; lang: Lang; cells?: ScorecardCell[] },
): ScorecardText {
  const { lang, highlight = null, group = null } = options;
  const t = messages[lang];
  const reference = referenceName(data, lang);
  const cells = options.cells ?? scorecardCells(data, group);
  const compared = (c: ScorecardCell) => c.comparison === 'better' || c.comparison === 'worse' || c.comparison === 'same';
  const item = (c: ScorecardCell) =>
    fill(t.summaryItem, {
      indicator: c.indicator.label[lang],
      value: formatPercent(c.value as number, c.decimals, lang),
      reference: formatPercent(c.referenceValue as number, c.referenceDecimals, lang),
    });

  const shownIndicators = data.indicators.filter((i) => !group || i.group === group).length;
  let title: string;
  const summary: string[] = [];
  if (highlight) {
    const own = cells.filter((c) => c.area.code === highlight.code && compared(c));
    const better = own.filter((c) => c.comparison === 'better');
    const worse = own.filter((c) => c.comparison === 'worse');
    const same = own.filter((c) => c.comparison === 'same');
    // Count indicators only where there is a comparison; say so when one has no figure.
    title = fill(own.length < shownIndicators ? t.titleOnePartial : t.titleOne, {
      name: highlight.name,
      better: better.length,
      total: own.length,
      reference,
      indicators: shownIndicators,
    });
    summary.push(better.length ? fill(t.summaryBetter, { list: listFormat(better.map(item), lang) }) : t.noneBetter);
    if (worse.length) summary.push(fill(t.summaryWorse, { list: listFormat(worse.map(item), lang) }));
    if (same.length) summary.push(fill(t.summarySame, { list: listFormat(same.map(item), lang) }));
  } else {
    const all = cells.filter(compared);
    // A count of comparisons (municipality × indicator), not of indicators: say both.
    title = fill(t.titleAll, {
      better: all.filter((c) => c.comparison === 'better').length,
      total: all.length,
      reference,
      indicators: shownIndicators,
      areas: municipalitiesOf(data).length,
    });
    const perArea = municipalitiesOf(data).map((area) => {
      const own = all.filter((c) => c.area.code === area.code);
      return fill(t.summaryAllItem, { name: area.name, better: own.filter((c) => c.comparison === 'better').length, total: own.length });
    });
    summary.push(fill(t.summaryAll, { reference, list: listFormat(perArea, lang) }));
  }

  const notes: string[] = [];
  const missing = cells.filter((c) => c.comparison === 'missing' && (!highlight || c.area.code === highlight.code));
  if (missing.length) {
    const list = listFormat(
      missing.map((c) => fill(t.missingItem, { name: c.area.name, indicator: c.indicator.label[lang] })),
      lang,
    );
    notes.push(fill(t.missingNote, { list }));
  }
  const shown = data.indicators.filter((i) => !group || i.group === group);
  const higherBetter = shown.filter((i) => i.higherIs === 'better');
  if (higherBetter.length && higherBetter.length < shown.length) {
    notes.push(
      fill(t.polarityNote, {
        better: listFormat(
          higherBetter.map((i) => i.label[lang]),
          lang,
        ),
      }),
    );
  }
  return { title, summary: summary.join(' '), notes };
}
