import { axisX, axisY, dot, plot, ruleY, text } from '@observablehq/plot';
import { fill, fixPlotAria, formatNumber, type ChartSize, type Lang } from '@q4/core/figure';
import { countryName, messages } from './messages.js';
import { rankText, type RankedRegion } from './competitiveness-data.js';

export interface RciColors {
  focus: string;
  country: string;
  other: string;
  text: string;
  /** Outline of dots and labels: the surface behind the chart. */
  halo: string;
}

export const defaultRciColors: RciColors = { focus: '#0b57d0', country: '#e66100', other: '#9a9a9a', text: '#1a1a1a', halo: '#ffffff' };

export interface RciChartOptions {
  width: number;
  lang: Lang;
  edition: number;
  /** NUTS code of the region to highlight and label. */
  focus: string;
  colors?: Partial<RciColors>;
  document?: Document;
}

export const minWidth = 320;

/** "3. Utrecht (NL31, Netherlands): 1,05". */
export function regionLabel(r: RankedRegion, lang: Lang): string {
  const t = messages[lang];
  const country = countryName(r.country, lang);
  if (r.rank === null) return fill(t.dotLabelNoRank, { name: r.name, code: r.code, country });
  return fill(t.dotLabel, { rank: r.rank, name: r.name, code: r.code, country, score: formatNumber(r.score as number, lang, 2) });
}

/** The chart's size at a width: its height follows the width, within bounds. */
export function rciChartSize(width: number): ChartSize {
  const w = Math.max(Math.round(width), minWidth);
  return { width: w, height: Math.round(Math.min(420, Math.max(260, w * 0.55))) };
}

/**
 * Rank chart of one edition: every region a dot at its rank (x) and score (y), the focus region and the other
 * regions of its country highlighted, the focus and the regions above it labelled. Regions without a score are
 * not drawn (they are in the table). Dots carry `data-key` (`region:NL31`).
 */
export function rciChart(ranked: RankedRegion[], options: RciChartOptions): SVGSVGElement {
  const { lang, focus } = options;
  const colors = { ...defaultRciColors, ...options.colors };
  const t = messages[lang];
  const { width, height } = rciChartSize(options.width);
  const scored = ranked.filter((r) => r.rank !== null);
  const focusRow = scored.find((r) => r.code === focus);
  const country = focusRow?.country;
  const groups = {
    other: scored.filter((r) => r.code !== focus && r.country !== country),
    country: scored.filter((r) => r.code !== focus && r.country === country),
    focus: focusRow ? [focusRow] : [],
  };
  // Only the focus region is named on the chart (the regions above it are named in the caption): the top of the
  // ranking is too crowded for more labels.
  const labelled = focusRow ? [focusRow] : [];
  const label = (r: RankedRegion) =>
    r === focusRow
      ? `${r.name} (${rankText(
          r.rank as number,
          scored.some((o) => o !== r && o.rank === r.rank),
          lang,
        )})`
      : `${r.rank}. ${r.name}`;
  const mark = (list: RankedRegion[], fillColor: string, r: number, className: string) =>
    dot(list, {
      x: 'rank',
      y: 'score',
      r,
      fill: fillColor,
      stroke: colors.halo,
      strokeWidth: 0.5,
      className,
      ariaLabel: (d: RankedRegion) => regionLabel(d, lang),
    });
  const svg = plot({
    document: options.document,
    width,
    height,
    marginLeft: 48,
    marginRight: 16,
    marginBottom: 36,
    className: 'q4-plot',
    ariaLabel: fill(t.chartLabel, { count: scored.length, edition: options.edition }),
    x: { domain: [0, scored.length + 1], label: t.axisX },
    y: { label: t.axisY, grid: true, nice: true },
    marks: [
      axisX({ label: t.axisX, labelAnchor: 'right', tickFormat: (v: number) => formatNumber(v, lang) }),
      axisY({ label: t.axisY, tickFormat: (v: number) => formatNumber(v, lang, 1) }),
      ruleY([0], { stroke: colors.text, strokeOpacity: 0.5 }),
      mark(groups.other, colors.other, 2.5, 'q4-region q4-region--other'),
      mark(groups.country, colors.country, 3.5, 'q4-region q4-region--country'),
      mark(groups.focus, colors.focus, 6, 'q4-region q4-region--focus'),
      ...[true, false].map((isFocus) =>
        text(
          labelled.filter((r) => (r === focusRow) === isFocus),
          {
            x: 'rank',
            y: 'score',
            text: label,
            dx: 10,
            dy: isFocus ? 0 : -6,
            textAnchor: 'start',
            fontWeight: isFocus ? 'bold' : 'normal',
            fill: colors.text,
            stroke: colors.halo,
            strokeWidth: 3,
            paintOrder: 'stroke',
            className: 'q4-label',
            ariaHidden: 'true',
          },
        ),
      ),
    ],
  }) as SVGSVGElement;
  for (const [name, list] of Object.entries(groups)) {
    svg.querySelectorAll(`.q4-region--${name} circle`).forEach((c, i) => {
      c.setAttribute('data-key', `region:${list[i].code}`);
      c.setAttribute('data-rank', String(list[i].rank));
    });
  }
  return fixPlotAria(svg);
}
