import { cell, plot, text } from '@observablehq/plot';
import { fill, fixPlotAria, wrapName, type Lang } from '@q4/core/figure';
import type { ScorecardDataset } from '@q4/data';
import { messages } from './messages.js';
import { scorecardCells, type Comparison, type ScorecardCell } from './scorecard-data.js';
import { cellLabel, formatPercent } from './scorecard-text.js';

/** Colours of the cells and marks; the element reads them from CSS custom properties. */
export interface ScorecardColors {
  better: string;
  worse: string;
  same: string;
  reference: string;
  text: string;
  muted: string;
  accent: string;
}

/** Light fills with dark text (contrast above 4.5:1); blue/orange stays apart for colour-blind readers. */
export const defaultScorecardColors: ScorecardColors = {
  better: '#c6dbef',
  worse: '#fdd0a2',
  same: '#e3e3e3',
  reference: '#f3f3f3',
  text: '#1a1a1a',
  muted: '#4d4d4d',
  accent: '#0b57d0',
};

export interface ScorecardChartOptions {
  /**
   * Width in CSS pixels. When every column cannot get `minColumnWidth` beside the row labels, a chart with a
   * highlighted municipality shows only it and the reference area; otherwise the row labels move above their
   * cells and the column names turn upright ("stacked"), so all columns fit from about 300 px (WCAG reflow at
   * 320 px). Below that it keeps its minimum width and the element's box scrolls.
   */
  width: number;
  lang: Lang;
  /** Code of the municipality to highlight. */
  highlight?: string | null;
  /** Id of the group to show; null for all. */
  group?: string | null;
  colors?: Partial<ScorecardColors>;
  /** The document to create nodes in (a linkedom or jsdom document in Node). */
  document?: Document;
  /** The cells of `group`, when the caller has them already (the figure's model); computed from `data` otherwise. */
  cells?: ScorecardCell[];
}

/** Narrowest column at which a value ("39,5% −") and a two-line name stay readable at 12 px. */
export const minColumnWidth = 64;
/** Narrowest column of the stacked layout: a value ("39,5% −") at 12 px still fits. */
export const minStackedColumnWidth = 48;
const rowHeight = 34;
const stackedRowHeight = 28;

/** The symbol that says better/worse without colour. */
export const symbols: Record<Comparison, string> = {
  better: '+',
  worse: '−',
  same: '=',
  reference: '',
  missing: '',
  'no-reference': '',
};

interface Row {
  key: string;
  label: string;
  kind: 'group' | 'indicator' | 'label';
}

/** How the scorecard is laid out at a width: its rows, its columns, and whether it is compact or stacked. */
export interface ScorecardLayout {
  rows: Row[];
  /** The columns drawn: every area, or (compact) the highlighted municipality and the reference area. */
  areas: ScorecardDataset['areas'];
  /** Too narrow for every column, with a municipality highlighted: only it and the reference area. */
  compact: boolean;
  /** Too narrow for every column, and no municipality highlighted: row labels above their cells, names upright. */
  stacked: boolean;
  /** Left margin (row labels) and the chart's width. */
  left: number;
  width: number;
  /** Room above the rows for the column names, and the chart's height. */
  marginTop: number;
  height: number;
}

/** The layout of the scorecard at `options.width` (see ScorecardChartOptions.width): what the chart draws and its note says. */
export function scorecardLayout(data: ScorecardDataset, options: Pick<ScorecardChartOptions, 'width' | 'lang' | 'highlight' | 'group'>): ScorecardLayout {
  const { lang, highlight = null, group = null } = options;
  const rows: Row[] = [];
  for (const g of data.groups) {
    if (group && g.id !== group) continue;
    const indicators = data.indicators.filter((i) => i.group === g.id);
    if (!indicators.length) continue;
    rows.push({ key: `g:${g.id}`, label: g.label[lang], kind: 'group' });
    for (const i of indicators) rows.push({ key: `i:${i.id}`, label: i.label[lang], kind: 'indicator' });
  }
  // Room for the longest row label at 12 px (about 6.6 px a character).
  const longest = Math.max(0, ...rows.filter((r) => r.kind === 'indicator').map((r) => r.label.length));
  const marginLeft = Math.round(Math.min(200, Math.max(90, longest * 6.6 + 14)));
  const fits = (columns: number) => marginLeft + columns * minColumnWidth + 2;
  const narrow = options.width < fits(data.areas.length);
  const compact = narrow && !!highlight && data.areas.some((a) => a.code === highlight);
  const stacked = narrow && !compact;
  const areas = compact ? data.areas.filter((a) => a.code === highlight || a.code === data.reference) : data.areas;
  if (stacked) {
    // Each indicator's label gets a row of its own, above its cells.
    for (let i = rows.length - 1; i >= 0; i--) {
      if (rows[i].kind === 'indicator') rows.splice(i, 0, { key: `l:${rows[i].key}`, label: rows[i].label, kind: 'label' });
    }
  }
  const left = stacked ? 2 : marginLeft;
  const width = Math.max(Math.round(options.width), stacked ? left + areas.length * minStackedColumnWidth + 2 : fits(areas.length));
  // Upright column names need the length of the longest line of a name (about 7 px a character at 12 px).
  const nameLines = areas.flatMap((a) => wrapName(a.name).split('\n'));
  const marginTop = stacked ? Math.round(Math.max(...nameLines.map((l) => l.length)) * 7 + 14) : 44;
  const height = marginTop + rows.length * (stacked ? stackedRowHeight : rowHeight) + 4;
  return { rows, areas, compact, stacked, left, width, marginTop, height };
}

/**
 * Draws the scorecard: one row per indicator (under its group's heading), one column per area with
 * the reference area last. Each present value is a cell coloured by its comparison with the
 * reference and labelled with its value and a symbol (+ better, − worse, = equal); a missing value
 * is a dashed outline with "geen gegevens", never a 0. Rects carry `data-area`/`data-indicator`.
 */
export function scorecardChart(data: ScorecardDataset, options: ScorecardChartOptions): SVGSVGElement {
  const { lang, highlight = null, group = null } = options;
  const colors = { ...defaultScorecardColors, ...options.colors };
  const t = messages[lang];
  const all = options.cells ?? scorecardCells(data, group);
  const { rows, areas, stacked, left, width, marginTop, height } = scorecardLayout(data, options);
  const names = new Map(data.areas.map((a) => [a.code, a.name]));
  const shown = new Set(areas.map((a) => a.code));
  const cells = all.filter((c) => shown.has(c.area.code));
  const present = cells.filter((c) => c.value !== null);
  const missing = cells.filter((c) => c.value === null);

  const x = (c: ScorecardCell) => c.area.code;
  const y = (c: ScorecardCell) => `i:${c.indicator.id}`;
  const fillOf = (c: ScorecardCell) => colors[c.comparison as 'better'] ?? colors.same;
  const valueText = (c: ScorecardCell) => {
    const symbol = symbols[c.comparison];
    // Stacked columns are narrow: the symbol follows the value with a thin space.
    return `${formatPercent(c.value as number, c.decimals, lang)}${symbol ? `${stacked ? '\u2009' : ' '}${symbol}` : ''}`;
  };

  const svg = plot({
    document: options.document,
    width,
    height,
    marginTop,
    marginLeft: left,
    marginRight: 2,
    marginBottom: 4,
    className: 'q4-plot',
    ariaLabel: fill(t.chartLabel, { rows: rows.filter((r) => r.kind === 'indicator').length, columns: areas.length }),
    x: {
      domain: areas.map((a) => a.code),
      axis: 'top',
      label: null,
      tickSize: 0,
      tickPadding: 6,
      tickRotate: stacked ? -90 : 0,
      tickFormat: (code: string) => wrapName(names.get(code) ?? code),
      padding: 0,
    },
    y: { domain: rows.map((r) => r.key), axis: null, padding: 0 },
    marks: [
      text(
        rows.filter((r) => r.kind === 'group'),
        {
          y: 'key',
          text: 'label',
          frameAnchor: 'left',
          textAnchor: 'start',
          dx: -left + 2,
          dy: 4,
          fontWeight: 'bold',
          fill: colors.text,
          className: 'q4-group-label',
        },
      ),
      text(
        rows.filter((r) => r.kind === (stacked ? 'label' : 'indicator')),
        {
          y: 'key',
          text: 'label',
          frameAnchor: 'left',
          textAnchor: stacked ? 'start' : 'end',
          dx: stacked ? 0 : -8,
          dy: stacked ? 5 : 0,
          fill: colors.text,
          className: 'q4-row-label',
        },
      ),
      cell(present, {
        x,
        y,
        fill: fillOf,
        inset: 1,
        className: 'q4-cell',
        ariaLabel: (c: ScorecardCell) => cellLabel(c, data, lang),
      }),
      text(present, { x, y, text: valueText, fill: colors.text, className: 'q4-value', ariaHidden: 'true' }),
      cell(missing, {
        x,
        y,
        fill: 'none',
        stroke: colors.muted,
        strokeDasharray: '4,3',
        inset: 2,
        className: 'q4-missing',
        ariaLabel: (c: ScorecardCell) => cellLabel(c, data, lang),
      }),
      text(missing, {
        x,
        y,
        text: () => (stacked ? '–' : t.noDataWrapped),
        fill: colors.muted,
        lineHeight: 1.1,
        className: 'q4-missing-text',
        ariaHidden: 'true',
      }),
      highlight
        ? cell(
            cells.filter((c) => c.area.code === highlight),
            { x, y, fill: 'none', stroke: colors.accent, strokeWidth: 3, inset: 1.5, className: 'q4-highlight', ariaHidden: 'true' },
          )
        : null,
    ],
  }) as SVGSVGElement;

  // Tie each rect to its datum (Plot draws them in data order), for interaction and tests.
  const tag = (selector: string, list: ScorecardCell[]) =>
    svg.querySelectorAll(`${selector} rect`).forEach((rect, i) => {
      rect.setAttribute('data-key', `${list[i].area.code}|${list[i].indicator.id}`);
      rect.setAttribute('data-area', list[i].area.code);
      rect.setAttribute('data-indicator', list[i].indicator.id);
      rect.setAttribute('data-comparison', list[i].comparison);
    });
  if (stacked) svg.setAttribute('data-stacked', '');
  tag('.q4-cell', present);
  tag('.q4-missing', missing);
  svg.querySelectorAll('[aria-label="x-axis tick label"] text').forEach((label, i) => {
    const code = areas[i]?.code;
    if (!code) return;
    label.setAttribute('data-area', code);
    if (code === highlight) label.setAttribute('font-weight', 'bold');
  });
  return fixPlotAria(svg);
}
