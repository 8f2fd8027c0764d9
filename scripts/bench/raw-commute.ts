// The commute map as a raw Observable Plot page, for `npm run bench`: the same data (loaded on demand), view
// and chart function as <q4-commute-flows>, with no Lit and no element.
import { commuteChart } from '../../packages/commute-flows/src/commute-flows-chart.js';
import { commuteView } from '../../packages/commute-flows/src/commute-flows-view.js';
import { loadDefaultCommute, loadDefaultMap } from '../../packages/commute-flows/src/commute-flows-data.js';

const host = document.getElementById('chart')!;
const [data, areas] = await Promise.all([loadDefaultCommute(), loadDefaultMap()]);
let width = 0;
const draw = () => {
  const next = Math.floor(host.clientWidth);
  if (next === width) return;
  width = next;
  const view = commuteView(data, areas, { focus: null, direction: 'both', top: 15, minJobs: 0, width });
  host.replaceChildren(commuteChart(view, { width, lang: 'nl' }));
  document.dispatchEvent(new CustomEvent('bench-render', { detail: { width } }));
};
draw();
new ResizeObserver(() => requestAnimationFrame(draw)).observe(host);
