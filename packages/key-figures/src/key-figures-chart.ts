import { barX, dot, line, plot, ruleX, text } from '@observablehq/plot';
import { fill, fixPlotAria, formatNumber, upperFirst, wrapWords, type ChartSize, type Lang } from '@q4/core/figure';
import type { PopulationRow, ReportFigure } from '@q4/data';
import { messages } from './messages.js';

export interface KeyFiguresChartOptions {
  width: number;
  lang: Lang;
  /** The area to highlight (the region). */
  highlight?: string;
  colors?: { accent?: string; muted?: string; text?: string };
  document?: Document;
  /** Years on whose 1 January the territory changed: the line breaks before them, and the chart marks them. */
  breaks?: number[];
}

export const minWidth = 300;

/**
 * Room for a label of `n` characters at the chart's 12 px: 0.6 em a character, the width of DejaVu Sans, the widest
 * font a widget or its image is drawn in (the images use it), so that no label runs past the chart's left edge.
 */
const labelWidth = (n: number) => Math.ceil(n * 0.6 * 12) + 12;

/** The report's wording of a figure, or the number itself. */
export const wordingOf = (f: ReportFigure, lang: Lang): string => f.wording[lang] || formatNumber(f.value, lang);

/** The bars' layout at a width: the chart's size, its groups and rows, the areas' names as drawn, the left margin. */
export function reportLayout(figures: ReportFigure[], width: number, lang: Lang) {
  const w = Math.max(Math.round(width), minWidth);
  const measures = [...new Set(figures.map((f) => f.measure))];
  const areas = [...new Set(figures.map((f) => f.area))];
  // The areas' names beside their bars, whole: on one line where 45% of the width holds the longest, else wrapped at
  // spaces onto lines that fit (each bar then gets the height of two lines).
  const names = new Map(areas.map((a) => [a, figures.find((f) => f.area === a)!.areaLabel[lang]]));
  const longest = Math.max(...[...names.values()].map((n) => n.length));
  const room = Math.max(120, Math.round(w * 0.45));
  const wrap = labelWidth(longest) > room;
  const lines = new Map([...names].map(([a, n]) => [a, wrap ? wrapWords(n, Math.floor((room - 12) / (0.6 * 12))) : [n]]));
  const marginLeft = Math.max(Math.min(190, Math.max(120, w * 0.3)), Math.min(room, labelWidth(Math.max(...[...lines.values()].flat().map((l) => l.length)))));
  const rowHeight = wrap ? 34 : 26;
  return { width: w, height: measures.length * (areas.length * rowHeight + 36) + 24, measures, areas, lines, marginLeft };
}

/** The population trend's size at a width: a fixed height. */
export function populationChartSize(width: number): ChartSize {
  return { width: Math.max(Math.round(width), minWidth), height: 220 };
}

/**
 * Bars of the figures that the report gives for several areas (inhabitants and jobs of the region and the two
 * city regions), one group per measure, labelled with the report's own wording ("meer dan 550.000").
 */
export function reportChart(figures: ReportFigure[], options: KeyFiguresChartOptions): SVGSVGElement {
  const { lang } = options;
  const t = messages[lang];
  const { width, height, measures, areas, lines, marginLeft } = reportLayout(figures, options.width, lang);
  const accent = options.colors?.accent ?? '#0b57d0';
  const muted = options.colors?.muted ?? '#8a8a8a';
  const textColor = options.colors?.text ?? '#1a1a1a';
  const label = (f: ReportFigure) => f.areaLabel[lang];
  const svg = plot({
    document: options.document,
    width,
    height,
    marginTop: 24,
    marginLeft,
    marginRight: 140,
    className: 'q4-plot',
    ariaLabel: t.chartLabelReport,
    x: { axis: null, domain: [0, Math.max(...figures.map((f) => f.value))] },
    y: { domain: areas, tickFormat: (a: (typeof areas)[number]) => lines.get(a)!.join('\n'), label: null, tickSize: 0 },
    fy: { domain: measures, axis: null, padding: 0.3 },
    marks: [
      // The measure of each group, above its bars (a facet axis cannot stand on top).
      text(measures, {
        fy: (m: string) => m,
        frameAnchor: 'top-left',
        dx: -marginLeft,
        dy: -16,
        text: (m: string) => figures.find((f) => f.measure === m)!.measureLabel[lang],
        fontWeight: 'bold',
        fill: textColor,
        className: 'q4-heading',
        ariaHidden: 'true',
      }),
      barX(figures, {
        x: 'value',
        y: 'area',
        fy: 'measure',
        fill: (f: ReportFigure) => (f.area === options.highlight ? accent : muted),
        className: 'q4-bar',
        ariaLabel: (f: ReportFigure) => fill(t.barLabel, { area: label(f), measure: f.measureLabel[lang], wording: wordingOf(f, lang) }),
      }),
      text(figures, {
        x: 'value',
        y: 'area',
        fy: 'measure',
        text: (f: ReportFigure) => wordingOf(f, lang),
        dx: 6,
        textAnchor: 'start',
        fill: textColor,
        className: 'q4-value',
        ariaHidden: 'true',
      }),
    ],
  }) as SVGSVGElement;
  const order = measures.flatMap((m) => figures.filter((f) => f.measure === m));
  svg.querySelectorAll('.q4-bar rect').forEach((r, i) => r.setAttribute('data-key', `figure:${order[i].id}`));
  return fixPlotAria(svg);
}

/** A small trend of the population on 1 January, first and last values labelled. */
export function populationChart(rows: PopulationRow[], options: KeyFiguresChartOptions): SVGSVGElement {
  const { lang } = options;
  const t = messages[lang];
  const { width, height } = populationChartSize(options.width);
  const accent = options.colors?.accent ?? '#0b57d0';
  const textColor = options.colors?.text ?? '#1a1a1a';
  const muted = options.colors?.muted ?? '#4d4d4d';
  const breaks = (options.breaks ?? []).filter((y) => y > rows[0].year && y <= rows[rows.length - 1].year);
  // A new segment after a year without a figure, and at each change of the territory: a boundary change is never
  // drawn as growth.
  const segments = new Map<number, number>();
  rows.forEach((r, i) =>
    segments.set(
      r.year,
      i && (r.year - rows[i - 1].year > 1 || breaks.includes(r.year)) ? (segments.get(rows[i - 1].year) ?? 0) + 1 : (segments.get(rows[i - 1]?.year) ?? 0),
    ),
  );
  // Room for the longest number on the axis (the country's 18.130.208 needs more than a municipality's): about 6.6 px
  // per character of the 10 px axis font, and the tick.
  const marginLeft = Math.max(64, Math.ceil(16 + 6.6 * formatNumber(Math.max(...rows.map((r) => r.population)), lang).length));
  // A year label every second year, or fewer where the years would touch (a phone): about 32 px per label.
  const step = [2, 3, 4, 5].find((k) => Math.ceil(rows.length / k) * 32 <= width - marginLeft - 24) ?? 5;
  const svg = plot({
    document: options.document,
    width,
    height,
    marginLeft,
    marginRight: 24,
    className: 'q4-plot',
    ariaLabel: fill(t.chartLabelMunicipality, { name: rows[0].name, first: rows[0].year, last: rows[rows.length - 1].year }),
    x: { label: null, tickFormat: (y: number) => String(y), ticks: rows.filter((_, i) => i % step === 0).map((r) => r.year) },
    y: { label: t.axisPopulation, grid: true, nice: true, tickFormat: (v: number) => formatNumber(v, lang) },
    marks: [
      // Each change of the territory: a dashed rule between the two years, named on the chart and in its label.
      ruleX(breaks, {
        x: (y: number) => y - 0.5,
        stroke: muted,
        strokeDasharray: '3,3',
        className: 'q4-boundary',
        ariaLabel: (y: number) => fill(t.boundaryLabel, { year: y }),
      }),
      text(breaks, {
        x: (y: number) => y - 0.5,
        frameAnchor: 'top',
        dy: -2,
        text: () => t.boundaryMark,
        fill: muted,
        fontSize: 11,
        className: 'q4-boundary-label',
        ariaHidden: 'true',
      }),
      // A year without a figure breaks the line (never drawn through, never as 0).
      line(rows, {
        x: 'year',
        y: 'population',
        z: (r: PopulationRow) => segments.get(r.year),
        stroke: accent,
        strokeWidth: 2,
        className: 'q4-line',
        ariaHidden: 'true',
      }),
      dot(rows, {
        x: 'year',
        y: 'population',
        r: 4,
        fill: accent,
        className: 'q4-point',
        ariaLabel: (r: PopulationRow) => upperFirst(fill(t.pointLabel, { name: r.name, year: r.year, population: formatNumber(r.population, lang) })),
      }),
      // The first and last values, each drawn inward from its point (the first to the right, the last to the
      // left), so that neither runs past the chart's edge nor over the axis's numbers, at any width.
      ...(rows.length === 1
        ? [[rows[0], 'middle']]
        : [
            [rows[0], 'start'],
            [rows[rows.length - 1], 'end'],
          ]
      ).map(([row, anchor]) =>
        text([row as PopulationRow], {
          x: 'year',
          y: 'population',
          text: (r: PopulationRow) => formatNumber(r.population, lang),
          dy: -12,
          dx: anchor === 'start' ? 6 : anchor === 'end' ? -6 : 0,
          textAnchor: anchor as 'start' | 'end' | 'middle',
          fill: textColor,
          className: 'q4-value',
          ariaHidden: 'true',
        }),
      ),
    ],
  }) as SVGSVGElement;
  svg.querySelectorAll('.q4-point circle').forEach((c, i) => c.setAttribute('data-key', `year:${rows[i].year}`));
  return fixPlotAria(svg);
}
