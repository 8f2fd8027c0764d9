// The commute map of any municipality or of the whole country as a raw Observable Plot page, for `npm run bench`:
// the same data modules (loaded on demand), view and chart function as <q4-commute-flows municipality|region>,
// with no Lit and no element. The area comes from the host's data attributes (`data-municipality="Amsterdam"`,
// `data-region="NL"`).
import { commuteChart } from '../../packages/commute-flows/src/commute-flows-chart.js';
import { commuteView } from '../../packages/commute-flows/src/commute-flows-view.js';
import { loadAreaCommute } from '../../packages/commute-flows/src/commute-flows-area.js';

const host = document.getElementById('chart')!;
const { data, map, area } = await loadAreaCommute({
  municipality: host.dataset.municipality,
  region: host.dataset.region,
  direction: 'both',
  top: 15,
  minJobs: 0,
});
const focus = area.kind === 'municipality' && data.members.length === 1 ? data.members[0] : null;
let width = 0;
const draw = () => {
  const next = Math.floor(host.clientWidth);
  if (next === width) return;
  width = next;
  const view = commuteView(data, map, { focus, direction: 'both', top: 15, minJobs: 0, width });
  host.replaceChildren(commuteChart(view, { width, lang: 'nl' }));
  document.dispatchEvent(new CustomEvent('bench-render', { detail: { width } }));
};
draw();
new ResizeObserver(() => requestAnimationFrame(draw)).observe(host);
