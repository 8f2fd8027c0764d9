import { barX, line, plot, ruleX, text } from '@observablehq/plot';
import { fill, fixPlotAria, wrapWords, type ChartSize, type Lang } from '@q4/core/figure';
import { messages } from './messages.js';
import { formatLq, lqText, type Organisation, type SectorValue } from './sector-bloem-data.js';

export interface SectorChartOptions {
  width: number;
  lang: Lang;
  /** `equal` draws the report's illustration with equal petals. */
  mode: 'data' | 'equal';
  organisations?: Organisation[];
  colors?: string[];
  textColor?: string;
  /** Outline of petals and labels: the surface behind the chart. */
  haloColor?: string;
  document?: Document;
}

export const petalColors = ['#0b57d0', '#e66100', '#1a7f37', '#8e24aa', '#8a6d00'];
export const minWidth = 320;

interface Point {
  id: string;
  x: number;
  y: number;
}

const angleOf = (i: number, n: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;

/** The outline of a petal of `length` along `angle`, as points of a closed line. */
function petal(id: string, angle: number, length: number): Point[] {
  const n = 24;
  const half = 0.05 + 0.2 * length;
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  const left: Point[] = [];
  const right: Point[] = [];
  for (let k = 0; k <= n; k++) {
    const s = k / n;
    const along = s * length;
    const w = half * Math.sin(Math.PI * s) ** 0.8;
    left.push({ id, x: along * dx - w * dy, y: along * dy + w * dx });
    right.push({ id, x: along * dx + w * dy, y: along * dy - w * dx });
  }
  return [...left, ...right.reverse()];
}

const circle = (id: string, r: number): Point[] =>
  Array.from({ length: 73 }, (_, k) => ({ id, x: r * Math.cos((k * Math.PI) / 36), y: r * Math.sin((k * Math.PI) / 36) }));

/** A sector's accessible name: "Zorg & welzijn: locatiequotiënt 1,39 (Q)". */
export function sectorLabel(s: SectorValue, lang: Lang, mode: 'data' | 'equal'): string {
  const t = messages[lang];
  if (mode === 'equal') return fill(t.petalLabelEqual, { sector: s.label[lang] });
  if (s.lq === null) return fill(t.petalLabelNone, { sector: s.label[lang], reason: s.noCounterpart ? t.noCounterpart : '–' });
  const lq = lqText(s, lang, t);
  return fill(t.petalLabel, { sector: s.label[lang], lq, sections: s.sections.join(', ') || '–' });
}

/**
 * The flower's layout at a width: its size, the petals, their labels and the box that holds them (what the chart
 * draws, and its size before it is drawn).
 */
export function flowerLayout(sectors: SectorValue[], options: Pick<SectorChartOptions, 'width' | 'lang' | 'mode' | 'organisations'>) {
  const { lang, mode } = options;
  const t = messages[lang];
  const orgs = options.organisations ?? [];
  // Up to 720 px wide: the flower fills a column of a page, and a wider one keeps it at a size that reads.
  const size = Math.max(minWidth, Math.min(Math.round(options.width), 720));
  const lqMax = Math.max(2, ...sectors.map((s) => Math.max(s.lq ?? 0, s.upper ?? 0)));
  const lengthOf = (s: SectorValue) => (mode === 'equal' ? 0.75 : s.lq === null ? 1 / lqMax : s.lq / lqMax);
  const n = sectors.length;
  const drawn = sectors.map((s, i) => ({ s, i, angle: angleOf(i, n), length: lengthOf(s) }));
  const solid = drawn.filter((d) => mode === 'equal' || d.s.lq !== null);
  const ghost = drawn.filter((d) => mode !== 'equal' && d.s.lq === null);
  const bounds = drawn.filter((d) => mode !== 'equal' && d.s.lowerBound);
  // Room for the longest petal and its label (and the wreath, when there is one). Labels beside the petals need
  // more room across than up and down, so the box is wider than high and nothing is drawn outside it.
  const longest = Math.max(0.75, ...drawn.map((d) => d.length));
  const reach = longest + (orgs.length ? 0.95 : 0.6);
  const reachX = longest + (orgs.length ? 1.45 : 1.2);
  const reachY = longest + (orgs.length ? 0.95 : 0.45);

  const tip = (d: (typeof drawn)[number], extra: number) => ({ x: Math.cos(d.angle) * (d.length + extra), y: Math.sin(d.angle) * (d.length + extra) });
  // Each label wrapped here, at fewer characters on a narrow screen, so that its width is known: about 7.4 px a
  // character of the bold 12 px label (DejaVu Sans, the widest font a widget or its image is drawn in).
  const perLine = size < 480 ? 12 : 20;
  const labels = drawn.map((d) => {
    const at = tip(d, 0.1);
    const lq = mode === 'equal' ? '' : d.s.lq === null ? t.noCounterpart : `${lqText(d.s, lang)}×`;
    const lines = [...wrapWords(d.s.label[lang], perLine), ...(lq ? wrapWords(lq, perLine) : [])];
    return {
      ...at,
      text: lines.join('\n'),
      px: Math.max(...lines.map((l) => l.length)) * 7.4 + 4,
      anchor: Math.abs(at.x) < 0.15 ? 'middle' : at.x > 0 ? 'start' : 'end',
    };
  });

  // Up and down, the box holds what is drawn: the petals and their labels (each line about 14 px, centred on its
  // point), so no band of empty space is left above or below the flower. With a wreath, its ring sets the box.
  // Across, the scale leaves each label its width inside the box: a label beside a petal starts at its tip and runs
  // outward, a label above or below is centred on it.
  const unit = orgs.length
    ? size / (2 * reachX)
    : Math.min(
        size / (2 * reachX),
        ...labels
          .map((l) => (l.anchor === 'middle' ? (size / 2 - l.px / 2) / Math.max(Math.abs(l.x), 0.01) : (size / 2 - 2 - l.px) / Math.abs(l.x)))
          .filter((u) => u > 0),
      );
  const spanX = size / (2 * unit);
  const line14 = 15 / unit;
  const extents = orgs.length
    ? [-reachY, reachY]
    : [
        Math.min(...drawn.map((d) => tip(d, 0).y), ...labels.map((l) => l.y - (l.text.split('\n').length * line14) / 2)) - 0.08,
        Math.max(...drawn.map((d) => tip(d, 0).y), ...labels.map((l) => l.y + (l.text.split('\n').length * line14) / 2)) + 0.08,
      ];
  return { size, height: Math.round((extents[1] - extents[0]) * unit), lqMax, n, drawn, solid, ghost, bounds, reach, tip, labels, spanX, extents };
}

/**
 * The flower: one petal per sector, its length proportional to the location quotient, with a dashed circle at
 * 1 (the national average). A range from secret cells gets a dashed extension from its lower to its upper bound, a sector without a quotient a dashed ghost
 * petal. With organisations, a wreath of their names around the flower, each near its sector's petal.
 */
export function flowerChart(sectors: SectorValue[], options: SectorChartOptions): SVGSVGElement {
  const { lang, mode } = options;
  const t = messages[lang];
  const colors = options.colors ?? petalColors;
  const textColor = options.textColor ?? '#1a1a1a';
  const halo = options.haloColor ?? '#ffffff';
  const orgs = options.organisations ?? [];
  const { size, height, lqMax, n, drawn, solid, ghost, bounds, reach, tip, labels, spanX, extents } = flowerLayout(sectors, options);
  // Wreath: each organisation near its sector's petal; others between petals.
  const wreath = orgs.slice(0, 24).map((o, k, all) => {
    const index = sectors.findIndex((s) => s.id === o.sector);
    const group = all.filter((x) => x.sector === o.sector);
    const j = group.indexOf(o);
    const base = index >= 0 ? angleOf(index, n) : angleOf(0, n) + Math.PI / n;
    const step = Math.min((2 * Math.PI) / n / Math.max(group.length, 1), 0.3);
    const angle = base + (j - (group.length - 1) / 2) * step + (index >= 0 ? 0.22 : 0);
    const x = Math.cos(angle) * (reach - 0.35);
    return { x, y: Math.sin(angle) * (reach - 0.35), text: o.name, anchor: Math.abs(x) < 0.2 ? 'middle' : x > 0 ? 'start' : 'end' };
  });

  /** A ring of labels (the petals', the wreath's), one text mark per anchor, on a halo so they read over the petals. */
  type Label = { x: number; y: number; text: string; anchor: string };
  const ring = (list: Label[], own: { className: string; fontWeight?: string; lineWidth?: number }) =>
    (['start', 'middle', 'end'] as const).map((anchor) =>
      text(
        list.filter((l) => l.anchor === anchor),
        { x: 'x', y: 'y', text: 'text', textAnchor: anchor, fill: textColor, stroke: halo, strokeWidth: 3, paintOrder: 'stroke', ...own, ariaHidden: 'true' },
      ),
    );

  const svg = plot({
    document: options.document,
    width: size,
    height,
    margin: 0,
    className: 'q4-plot',
    ariaLabel: fill(t.chartLabel, { count: n }),
    x: { domain: [-spanX, spanX], axis: null },
    y: { domain: [extents[1], extents[0]], axis: null },
    marks: [
      mode === 'equal'
        ? null
        : line(circle('ref', 1 / lqMax), {
            x: 'x',
            y: 'y',
            stroke: textColor,
            strokeOpacity: 0.6,
            strokeDasharray: '4,4',
            className: 'q4-reference',
            ariaHidden: 'true',
          }),
      orgs.length
        ? line(circle('wreath', 1.25), { x: 'x', y: 'y', stroke: textColor, strokeOpacity: 0.25, className: 'q4-wreath-ring', ariaHidden: 'true' })
        : null,
      ...solid.map((d) =>
        line(petal(d.s.id, d.angle, d.length), {
          x: 'x',
          y: 'y',
          curve: 'linear-closed',
          fill: colors[d.i % colors.length],
          fillOpacity: 0.85,
          stroke: halo,
          className: 'q4-petal',
          ariaLabel: () => sectorLabel(d.s, lang, mode),
        }),
      ),
      ...ghost.map((d) =>
        line(petal(d.s.id, d.angle, d.length), {
          x: 'x',
          y: 'y',
          curve: 'linear-closed',
          fill: 'none',
          stroke: textColor,
          strokeDasharray: '3,3',
          className: 'q4-petal q4-petal--none',
          ariaLabel: () => sectorLabel(d.s, lang, mode),
        }),
      ),
      ...bounds.map((d) =>
        // The dashed extension reaches the upper bound where the published aggregates give one.
        line(
          [0, d.s.upper !== null && d.s.lq !== null ? (d.s.upper - d.s.lq) / lqMax : 0.12].map((e) => ({ id: d.s.id, ...tip(d, e) })),
          { x: 'x', y: 'y', stroke: colors[d.i % colors.length], strokeWidth: 3, strokeDasharray: '3,3', className: 'q4-bound', ariaHidden: 'true' },
        ),
      ),
      ...ring(labels, { fontWeight: 'bold', className: 'q4-petal-label' }),
      ...ring(wreath, { className: 'q4-wreath' }),
    ],
  }) as SVGSVGElement;
  svg.querySelectorAll('.q4-petal path').forEach((p, i) => p.setAttribute('data-key', `sector:${[...solid, ...ghost][i].s.id}`));
  if (mode === 'data')
    svg
      .querySelectorAll('.q4-petal path')
      .forEach((p) => p.setAttribute('data-length', String(drawn.find((d) => `sector:${d.s.id}` === p.getAttribute('data-key'))!.length)));
  return fixPlotAria(svg);
}

/** The bars' size at a width for `count` sectors. */
export function barsChartSize(count: number, width: number): ChartSize {
  return { width: Math.max(minWidth, Math.round(width)), height: count * 40 + 50 };
}

/** The same quotients as sorted bars, for readers who find radial shapes hard. */
export function barsChart(sectors: SectorValue[], options: SectorChartOptions): SVGSVGElement {
  const { lang } = options;
  const t = messages[lang];
  const textColor = options.textColor ?? '#1a1a1a';
  const colors = options.colors ?? petalColors;
  const { width, height } = barsChartSize(sectors.length, options.width);
  const order = [...sectors].sort((a, b) => (b.lq ?? -1) - (a.lq ?? -1));
  const colorOf = new Map(sectors.map((s, i) => [s.id, colors[i % colors.length]]));
  const scored = order.filter((s) => s.lq !== null);
  const svg = plot({
    document: options.document,
    width,
    height,
    marginLeft: Math.min(220, Math.max(140, width * 0.34)),
    marginRight: 90,
    className: 'q4-plot',
    ariaLabel: fill(t.chartLabelBars, { count: order.length }),
    x: {
      label: t.axisLq,
      domain: [0, Math.max(2, ...scored.map((s) => s.lq as number))],
      grid: true,
      tickFormat: (v: number) => formatLq(v, lang).replace(/[,.]00$/, ''),
    },
    y: { domain: order.map((s) => s.id), tickFormat: (id: string) => sectors.find((s) => s.id === id)!.label[lang], label: null, tickSize: 0 },
    marks: [
      barX(scored, {
        x: 'lq',
        y: 'id',
        fill: (s: SectorValue) => colorOf.get(s.id),
        className: 'q4-bar',
        ariaLabel: (s: SectorValue) => sectorLabel(s, lang, 'data'),
      }),
      ruleX([1], { stroke: textColor, strokeDasharray: '4,4' }),
      text(scored, {
        x: 'lq',
        y: 'id',
        text: (s: SectorValue) => lqText(s, lang),
        dx: 6,
        textAnchor: 'start',
        fill: textColor,
        className: 'q4-value',
        ariaHidden: 'true',
      }),
      text(
        order.filter((s) => s.lq === null),
        {
          x: 0,
          y: 'id',
          text: () => t.noCounterpart,
          dx: 6,
          textAnchor: 'start',
          fill: textColor,
          fontStyle: 'italic',
          className: 'q4-value',
          ariaHidden: 'true',
        },
      ),
    ],
  }) as SVGSVGElement;
  svg.querySelectorAll('.q4-bar rect').forEach((r, i) => r.setAttribute('data-key', `sector:${scored[i].id}`));
  return fixPlotAria(svg);
}
