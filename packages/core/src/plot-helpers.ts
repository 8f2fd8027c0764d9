/**
 * Plot puts `aria-label` on plain `<g>` elements, which axe reports as `aria-prohibited-attr`.
 * Giving them `role="group"` makes the labels valid and keeps the structure for screen readers.
 */
export function fixPlotAria<T extends Element>(chart: T): T {
  for (const g of chart.querySelectorAll('g[aria-label]:not([role])')) g.setAttribute('role', 'group');
  return chart;
}

/** Splits a long name over two lines at the space nearest its middle ("Wijk bij\nDuurstede"). */
export function wrapName(name: string, maxChars = 11): string {
  if (name.length <= maxChars || !name.includes(' ')) return name;
  const middle = name.length / 2;
  let best = -1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return `${name.slice(0, best)}\n${name.slice(best + 1)}`;
}
