import { arrow, plot, text } from '@observablehq/plot';
import { fill, fixPlotAria, type ChartSize, type Lang } from '@q4/core/figure';
import type { IdentityPair } from '@q4/data';
import { messages } from './messages.js';

export interface IdentityChartOptions {
  width: number;
  lang: Lang;
  colors?: { text?: string; arrow?: string };
  document?: Document;
}

/** Narrowest width drawn. */
export const minWidth = 300;

/**
 * The chart's layout at a width: its size, and the width at which Plot wraps the texts of a column. Columns of 42%
 * each with the arrow in the middle 16%. Plot wraps at `lineWidth` ems (12 px); a character is about 0.55 em, which
 * gives the number of lines to make room for.
 */
export function identityLayout(pairs: IdentityPair[], width: number, lang: Lang): ChartSize & { lineWidth: number } {
  const w = Math.max(Math.round(width), minWidth);
  const column = w * 0.42;
  const lineWidth = Math.max(6, (column - 8) / 12);
  const lines = (s: string) => Math.ceil((s.length * 0.55) / lineWidth);
  const rowHeight = Math.max(...pairs.map((p) => Math.max(lines(p.thick[lang]), lines(p.thin[lang]))), 1) * 15 + 14;
  return { width: w, height: 44 + pairs.length * rowHeight, lineWidth };
}

/**
 * Two columns, thick identity left and thin identity right, with an arrow from each to its counterpart.
 * Long texts wrap within their column. The arrows form a list for screen readers (`role="list"`), each arrow
 * an item named "van … naar …"; the texts are hidden from them, so nothing is read twice.
 */
export function identityChart(pairs: IdentityPair[], options: IdentityChartOptions): SVGSVGElement {
  const { lang } = options;
  const t = messages[lang];
  const { width, height, lineWidth } = identityLayout(pairs, options.width, lang);
  const textColor = options.colors?.text ?? '#1a1a1a';
  const arrowColor = options.colors?.arrow ?? '#0b57d0';
  const ids = pairs.map((p) => String(p.id));
  const svg = plot({
    document: options.document,
    width,
    height,
    marginTop: 36,
    marginLeft: 0,
    marginRight: 0,
    marginBottom: 8,
    className: 'q4-plot',
    ariaLabel: fill(t.chartLabel, { count: pairs.length }),
    x: { domain: [0, 1], axis: null },
    y: { domain: ids, axis: null, padding: 0 },
    marks: [
      text([t.thick], {
        x: () => 0.42,
        frameAnchor: 'top',
        dy: -24,
        textAnchor: 'end',
        text: (d: string) => d,
        fontWeight: 'bold',
        fill: textColor,
        className: 'q4-heading',
        ariaHidden: 'true',
      }),
      text([t.thin], {
        x: () => 0.58,
        frameAnchor: 'top',
        dy: -24,
        textAnchor: 'start',
        text: (d: string) => d,
        fontWeight: 'bold',
        fill: textColor,
        className: 'q4-heading',
        ariaHidden: 'true',
      }),
      text(pairs, {
        x: () => 0.42,
        y: (p: IdentityPair) => String(p.id),
        text: (p: IdentityPair) => p.thick[lang],
        textAnchor: 'end',
        lineWidth,
        fill: textColor,
        className: 'q4-thick',
        ariaHidden: 'true',
      }),
      text(pairs, {
        x: () => 0.58,
        y: (p: IdentityPair) => String(p.id),
        text: (p: IdentityPair) => p.thin[lang],
        textAnchor: 'start',
        lineWidth,
        fill: textColor,
        className: 'q4-thin',
        ariaHidden: 'true',
      }),
      arrow(pairs, {
        x1: () => 0.44,
        x2: () => 0.56,
        y1: (p: IdentityPair) => String(p.id),
        y2: (p: IdentityPair) => String(p.id),
        stroke: arrowColor,
        strokeWidth: 2,
        headLength: 8,
        className: 'q4-shift',
        ariaLabel: (p: IdentityPair) => fill(t.pair, { thick: p.thick[lang], thin: p.thin[lang] }),
      }),
    ],
  }) as SVGSVGElement;
  fixPlotAria(svg);
  const list = svg.querySelector('.q4-shift');
  list?.setAttribute('role', 'list');
  list?.setAttribute('aria-label', t.listLabel);
  svg.querySelectorAll('.q4-shift path').forEach((path, i) => {
    path.setAttribute('role', 'listitem');
    path.setAttribute('data-key', `pair:${pairs[i].id}`);
  });
  return svg;
}
