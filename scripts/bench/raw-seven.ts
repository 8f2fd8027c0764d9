// The page of seven as a raw Observable Plot page, for `npm run bench:lighthouse`: the seven widgets' charts with the
// same figure code (bundled data, model, chart function) and no Lit, no element, no texts, table or readout. Written
// as a developer would without us: when the data are in, each chart is drawn into its box, one after the other.
import { commuteFigure } from '../../packages/commute-flows/src/commute-flows-figure.js';
import { rciFigure } from '../../packages/competitiveness/src/competitiveness-figure.js';
import { identityFigure } from '../../packages/identity-shift/src/identity-shift-figure.js';
import { keyFiguresFigure } from '../../packages/key-figures/src/key-figures-figure.js';
import { landUseFigure } from '../../packages/land-use/src/land-use-figure.js';
import { scorecardFigure } from '../../packages/scorecard/src/scorecard-figure.js';
import { sectorFigure } from '../../packages/sector-bloem/src/sector-bloem-figure.js';
import type { FigureDefinition } from '../../packages/core/src/types.js';

const figures = new Map(
  (
    [commuteFigure, rciFigure, identityFigure, keyFiguresFigure, landUseFigure, scorecardFigure, sectorFigure] as FigureDefinition<unknown, object, unknown>[]
  ).map((f) => [f.name, f]),
);
// Each box names its widget (`data-widget`, the widget's package: scripts/lighthouse.mjs).
const boxes = [...document.querySelectorAll<HTMLElement>('.chart[data-widget]')].map((host) => {
  const figure = figures.get(host.dataset.widget!);
  if (!figure) throw new Error(`raw-seven: no figure for ${host.dataset.widget}`);
  return { host, figure };
});
const data = await Promise.all(boxes.map(({ figure }) => figure.loadDefault({})));
boxes.forEach(({ host, figure }, i) => {
  const width = Math.floor(host.clientWidth);
  host.append(figure.chart(figure.prepare(data[i], {}, 'nl'), { width, lang: 'nl' }));
});
document.dispatchEvent(new CustomEvent('bench-render', { detail: { charts: boxes.length } }));
