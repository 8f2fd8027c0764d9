import { barX, plot, ruleX } from '@observablehq/plot';
import { fill, fixPlotAria, formatNumber, type ChartSize, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import type { __Pascal__Row } from './__name__-data.js';

export interface __Pascal__ChartOptions {
  width: number;
  lang: Lang;
  /** Bar colour. */
  color?: string;
  /** The document to create nodes in (a linkedom or jsdom document in Node). */
  document?: Document;
}

/**
 * The chart's size at a width, before it is drawn: the element holds this box while the chart is on its way. Give
 * Plot this height, so that the two never differ (the figure test compares them at many widths).
 */
export function __camel__ChartSize(rows: number, width: number): ChartSize {
  return { width: Math.max(Math.round(width), 240), height: rows * 28 + 40 };
}

/** Draws the chart: a pure function of data and options, with no Lit and no globals. */
export function __camel__Chart(rows: __Pascal__Row[], options: __Pascal__ChartOptions): SVGSVGElement {
  const present = rows.filter((d) => d.value !== null);
  const { width, height } = __camel__ChartSize(rows.length, options.width);
  const svg = fixPlotAria(
    plot({
      document: options.document,
      width,
      height,
      marginLeft: 140,
      className: 'q4-plot',
      ariaLabel: fill(messages[options.lang].chartLabel, { count: present.length }),
      x: { grid: true, label: null, tickFormat: (v: number) => formatNumber(v, options.lang) },
      y: { domain: rows.map((d) => d.label), label: null },
      marks: [
        barX(present, {
          y: 'label',
          x: 'value',
          fill: options.color ?? '#0b57d0',
          className: 'q4-bar',
          ariaLabel: (d: __Pascal__Row) => `${d.label}: ${formatNumber(d.value as number, options.lang)}`,
        }),
        ruleX([0]),
      ],
    }) as SVGSVGElement,
  );
  // Every mark has a key, which keyboard, readout and tests use (Plot draws the bars in data order).
  svg.querySelectorAll('.q4-bar rect').forEach((rect, i) => rect.setAttribute('data-key', `bar:${present[i].label}`));
  return svg;
}
