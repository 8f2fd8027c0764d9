import { barX, plot, text } from '@observablehq/plot';
import { fill, fixPlotAria, formatNumber, wrapName, type ChartSize, type Lang } from '@q4/core/figure';
import { categories, messages } from './messages.js';
import type { LandUseBar } from './land-use-data.js';

export interface LandUseChartOptions {
  width: number;
  lang: Lang;
  year: number;
  /** Area codes in the order of their bars, and their shown names. */
  areas: { code: string; label: string }[];
  /** One colour per area, in the order of `areas`. */
  colors?: string[];
  textColor?: string;
  document?: Document;
}

export const defaultAreaColors = ['#0b57d0', '#7a7a7a', '#e66100', '#1a7f37'];
export const minWidth = 300;

const barHeight = 16;

/** The chart's size at a width for `areas` areas: one bar per area in each category. */
export function landUseChartSize(width: number, areas: number): ChartSize {
  return { width: Math.max(Math.round(width), minWidth), height: categories.length * (areas * barHeight + 22) + 30 };
}

/** "13%" / "13,4%" (one decimal below 10%). */
export const formatShare = (share: number, lang: Lang): string => `${formatNumber(share * 100, lang, share < 0.1 ? 1 : 0)}%`;

/**
 * Grouped horizontal bars: for each category of land use one bar per area with its share of the total area,
 * labelled with the percentage. Bars carry `data-key` (`bar:PV26:builtUp`) and an accessible name.
 */
export function landUseChart(bars: LandUseBar[], options: LandUseChartOptions): SVGSVGElement {
  const { lang, areas } = options;
  const t = messages[lang];
  const { width, height } = landUseChartSize(options.width, areas.length);
  const colors = options.colors ?? defaultAreaColors;
  const textColor = options.textColor ?? '#1a1a1a';
  const label = new Map(areas.map((a) => [a.code, a.label]));
  const colorOf = new Map(areas.map((a, i) => [a.code, colors[i % colors.length]]));
  const catName = new Map(categories.map((c) => [c.id as string, c[lang]]));
  const svg = plot({
    document: options.document,
    width,
    height,
    // Narrow: category names wrap over two lines so they fit a smaller margin.
    marginLeft: width < 480 ? 118 : Math.min(170, Math.max(135, width * 0.28)),
    marginRight: 48,
    marginTop: 8,
    className: 'q4-plot',
    ariaLabel: fill(t.chartLabel, { count: categories.length, year: options.year }),
    x: { axis: 'bottom', grid: true, label: null, tickFormat: (v: number) => formatShare(v, lang), nice: true },
    y: { domain: areas.map((a) => a.code), axis: null, padding: 0.1 },
    fy: {
      domain: categories.map((c) => c.id),
      label: null,
      tickFormat: (id: string) => (width < 480 ? wrapName(catName.get(id)!, 12) : catName.get(id)),
      padding: 0.15,
    },
    marks: [
      barX(bars, {
        x: 'share',
        y: 'code',
        fy: 'category',
        fill: (b: LandUseBar) => colorOf.get(b.code),
        className: 'q4-bar',
        ariaLabel: (b: LandUseBar) =>
          fill(t.barLabel, {
            area: label.get(b.code) ?? b.name,
            category: catName.get(b.category)!,
            share: formatShare(b.share, lang),
            ha: formatNumber(b.hectares, lang),
            year: options.year,
          }),
      }),
      text(bars, {
        x: 'share',
        y: 'code',
        fy: 'category',
        text: (b: LandUseBar) => formatShare(b.share, lang),
        dx: 4,
        textAnchor: 'start',
        fill: textColor,
        className: 'q4-value',
        ariaHidden: 'true',
      }),
    ],
  }) as SVGSVGElement;
  // Plot draws the bars facet by facet, in data order within each: match them to the data the same way.
  const byFacet = categories.flatMap((c) => bars.filter((b) => b.category === c.id));
  svg.querySelectorAll('.q4-bar rect').forEach((rect, i) => {
    const b = byFacet[i];
    if (!b) return;
    rect.setAttribute('data-key', `bar:${b.code}:${b.category}`);
    rect.setAttribute('data-share', String(b.share));
  });
  return fixPlotAria(svg);
}
