import { barX, plot, ruleX } from '@observablehq/plot';
import { fill, fixPlotAria, formatNumber, type Lang } from '@q4/core';
import { messages } from './messages.js';
import type { SectorBloemRow } from './sector-bloem-data.js';

export interface SectorBloemChartOptions {
  width: number;
  lang: Lang;
  /** The document to create nodes in (a linkedom or jsdom document in Node). */
  document?: Document;
}

/** Draws the chart: a pure function of data and options, with no Lit and no globals. */
export function sectorBloemChart(data: SectorBloemRow[], options: SectorBloemChartOptions): SVGSVGElement {
  const present = data.filter((d) => d.value !== null);
  return fixPlotAria(plot({
    document: options.document,
    width: options.width,
    marginLeft: 120,
    className: 'q4-plot',
    ariaLabel: fill(messages[options.lang].chartLabel, { count: present.length }),
    x: { grid: true, label: null, tickFormat: (v: number) => formatNumber(v, options.lang) },
    y: { domain: data.map((d) => d.label), label: null },
    marks: [
      barX(present, { y: 'label', x: 'value', fill: 'currentColor', className: 'q4-bar', ariaLabel: (d: SectorBloemRow) => `${d.label}: ${formatNumber(d.value as number, options.lang)}` }),
      ruleX([0]),
    ],
  }) as SVGSVGElement);
}
