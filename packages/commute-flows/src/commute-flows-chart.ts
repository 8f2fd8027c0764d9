import { arrow, geo, plot, scale, text } from '@observablehq/plot';
import { geoMercator } from 'd3-geo';
import { fill, fixPlotAria, formatNumber, type ChartSize, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import type { CommuteView, DrawnFlow, ViewArea } from './commute-flows-view.js';

/** Colours of the map; the element reads them from CSS custom properties. */
export interface CommuteColors {
  flow: string;
  region: string;
  focus: string;
  border: string;
  noData: string;
  text: string;
  halo: string;
}

export const defaultCommuteColors: CommuteColors = {
  flow: '#1a1a1a',
  region: '#1a1a1a',
  focus: '#0b57d0',
  border: '#ffffff',
  noData: '#e6e6e6',
  text: '#1a1a1a',
  halo: '#ffffff',
};

export interface CommuteChartOptions {
  width: number;
  lang: Lang;
  colors?: Partial<CommuteColors>;
  /** The document to create nodes in (a linkedom or jsdom document in Node). */
  document?: Document;
}

/** Narrowest width drawn; a narrower box scrolls. */
export const minWidth = 300;
/** Widest flow line in pixels (for the largest flow drawn). */
export const maxFlowWidth = 14;

/**
 * The balance colour: red for a net origin, blue for a net destination (the colours of the report's own balance), on the
 * colour-blind-safe diverging RdBu scheme, symmetric around 0 and clamped at ±`maxRatio`.
 */
export function balanceColor(ratio: number, maxRatio: number): string {
  return scale({ color: { type: 'diverging', scheme: 'RdBu', domain: [-maxRatio, maxRatio], clamp: true } }).apply(ratio) as string;
}

/** "Zeist → Utrecht: 5.300 banen". */
export function flowLabel(flow: DrawnFlow, lang: Lang): string {
  return fill(messages[lang].flowLabel, { from: flow.fromName, to: flow.toName, jobs: formatNumber(flow.jobs, lang) });
}

/** "Utrecht: 170.000 banen in de gemeente, 90.000 banen van inwoners; saldo +80.000 (meer banen dan de inwoners hadden)". */
export function areaLabel(area: ViewArea, lang: Lang): string {
  const t = messages[lang];
  if (!area.totals || area.balance === null || area.ratio === null) return fill(t.areaLabelNoData, { name: area.name });
  const b = area.balance;
  const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '');
  return fill(t.areaLabel, {
    name: area.name,
    jobs: formatNumber(area.totals.jobs, lang),
    residents: formatNumber(area.totals.residents, lang),
    balance: `${sign(b)}${formatNumber(Math.abs(b), lang)}`,
    ratio: `${sign(b)}${formatNumber(Math.abs(area.ratio * 100), lang)}%`,
    kind: b > 0 ? t.destination : b < 0 ? t.origin : t.balanced,
  });
}

/**
 * The map's size at a width. Its height is Plot's own for a projection given no height (`autoHeight` in Plot's
 * dimensions.js): the width less 1 px of default margins, times the height-to-width ratio of the domain's bounds under
 * the Mercator projection (clamped to 0.2-5, as Plot does), plus the margins, rounded. Mercator keeps the order of
 * longitudes and of latitudes, so the projected bounds are the projected corners of the areas' bounds. The map passes
 * this height to Plot, so chart and size are one number, and Plot need not stream the domain's polygons to find it.
 */
export function commuteChartSize(view: Pick<CommuteView, 'domain'>, width: number): ChartSize {
  const w = Math.max(Math.round(width), minWidth);
  const bounds = view.domain.map((a) => a.bounds);
  const mercator = geoMercator();
  const [x0, y0] = mercator([Math.min(...bounds.map((b) => b[0][0])), Math.max(...bounds.map((b) => b[1][1]))]) ?? [0, 0];
  const [x1, y1] = mercator([Math.max(...bounds.map((b) => b[1][0])), Math.min(...bounds.map((b) => b[0][1]))]) ?? [0, 0];
  const ratio = (y1 - y0) / (x1 - x0);
  const aspect = Number.isFinite(ratio) && ratio > 0 ? Math.min(5, Math.max(0.2, ratio)) : 1;
  return { width: w, height: Math.round((w - 1) * aspect + 1) };
}

/**
 * Draws the commuting map (CBS employee jobs by municipality of residence and of work; not the report's map of
 * workplace changes): municipalities coloured by net balance, the five outlined, flows as curved arrows from
 * home to work municipality with width proportional to jobs, and the names that fit.
 * Areas and flows carry `data-key` (`area:GM0355`, `flow:GM0355>GM0344`) and an accessible name.
 */
export function commuteChart(view: CommuteView, options: CommuteChartOptions): SVGSVGElement {
  const { lang } = options;
  const colors = { ...defaultCommuteColors, ...options.colors };
  const t = messages[lang];
  const { width, height } = commuteChartSize(view, options.width);
  const maxJobs = Math.max(1, ...view.flows.map((f) => f.jobs));
  const strokeWidth = (f: DrawnFlow) => Math.max(1, (maxFlowWidth * f.jobs) / maxJobs);
  const withData = view.areas.filter((a) => a.ratio !== null);
  const withoutData = view.areas.filter((a) => a.ratio === null);
  const region = view.areas.filter((a) => a.inRegion);
  const focus = view.areas.filter((a) => a.code === view.focus);
  const areaMarkOptions = {
    geometry: (a: ViewArea) => a.feature,
    stroke: colors.border,
    strokeWidth: 0.75,
    className: 'q4-area',
    ariaLabel: (a: ViewArea) => areaLabel(a, lang),
    clip: true,
  } as const;

  const svg = plot({
    document: options.document,
    width,
    height,
    className: 'q4-plot',
    ariaLabel: fill(t.chartLabel, { flows: view.flows.length, areas: view.areas.length }),
    // No adaptive resampling (precision: 0): municipal boundaries are short segments, so it added no point to the
    // path and only cost time (the same SVG; docs/performance.md).
    projection: { type: 'mercator', precision: 0, domain: { type: 'FeatureCollection', features: view.domain.map((a) => a.feature) }, inset: 24 },
    marks: [
      geo(withData, { ...areaMarkOptions, fill: (a: ViewArea) => balanceColor(a.ratio as number, view.maxRatio) }),
      geo(withoutData, { ...areaMarkOptions, fill: colors.noData, className: 'q4-area q4-area--no-data' }),
      geo(region, {
        geometry: (a: ViewArea) => a.feature,
        fill: 'none',
        stroke: colors.region,
        strokeWidth: 1.75,
        className: 'q4-region',
        ariaHidden: 'true',
        clip: true,
      }),
      geo(focus, {
        geometry: (a: ViewArea) => a.feature,
        fill: 'none',
        stroke: colors.focus,
        strokeWidth: 3,
        className: 'q4-focus',
        ariaHidden: 'true',
        clip: true,
      }),
      arrow(view.flows, {
        x1: (f: DrawnFlow) => f.start[0],
        y1: (f: DrawnFlow) => f.start[1],
        x2: (f: DrawnFlow) => f.end[0],
        y2: (f: DrawnFlow) => f.end[1],
        bend: true,
        stroke: colors.flow,
        strokeOpacity: 0.75,
        strokeWidth,
        headLength: 12,
        insetStart: 3,
        insetEnd: 3,
        className: 'q4-flow',
        ariaLabel: (f: DrawnFlow) => flowLabel(f, lang),
        clip: true,
      }),
      ...[true, false].map((bold) =>
        text(
          view.areas.filter((a) => a.label && (a.inRegion || a.code === view.focus) === bold),
          {
            x: (a: ViewArea) => a.centroid[0],
            y: (a: ViewArea) => a.centroid[1],
            text: (a: ViewArea) => a.name,
            fill: colors.text,
            stroke: colors.halo,
            strokeWidth: 3,
            paintOrder: 'stroke',
            fontWeight: bold ? 'bold' : 'normal',
            className: 'q4-label',
            ariaHidden: 'true',
          },
        ),
      ),
    ],
  }) as SVGSVGElement;

  const tag = (selector: string, keys: string[], codes: string[]) =>
    svg.querySelectorAll(`${selector} path`).forEach((path, i) => {
      path.setAttribute('data-key', keys[i]);
      path.setAttribute('data-area', codes[i]);
    });
  tag(
    '.q4-area:not(.q4-area--no-data)',
    withData.map((a) => `area:${a.code}`),
    withData.map((a) => a.code),
  );
  tag(
    '.q4-area--no-data',
    withoutData.map((a) => `area:${a.code}`),
    withoutData.map((a) => a.code),
  );
  svg.querySelectorAll('.q4-flow path').forEach((path, i) => {
    const f = view.flows[i];
    path.setAttribute('data-key', `flow:${f.from}>${f.to}`);
    path.setAttribute('data-jobs', String(f.jobs));
  });
  return fixPlotAria(svg);
}
