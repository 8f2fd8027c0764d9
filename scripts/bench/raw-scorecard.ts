// The scorecard as a raw Observable Plot page, for `npm run bench`: the same chart function, data and width
// as <q4-scorecard>, with no Lit and no element. Marks when the chart is in the DOM and after each redraw.
import { scorecardChart } from '../../packages/scorecard/src/scorecard-chart.js';
import { defaultScorecard } from '../../packages/scorecard/src/scorecard-data.js';

const host = document.getElementById('chart')!;
let width = 0;
const draw = () => {
  const next = Math.floor(host.clientWidth);
  if (next === width) return;
  width = next;
  host.replaceChildren(scorecardChart(defaultScorecard, { width, lang: 'nl' }));
  document.dispatchEvent(new CustomEvent('bench-render', { detail: { width } }));
};
draw();
new ResizeObserver(() => requestAnimationFrame(draw)).observe(host);
