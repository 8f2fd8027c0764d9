/**
 * Plot puts `aria-label` on plain `<g>` elements and, with an `ariaLabel` channel, on each mark's shape;
 * axe reports both as `aria-prohibited-attr`. Labelled groups get `role="group"` and labelled shapes
 * `role="img"`, which makes the labels valid and keeps the structure for screen readers. Idempotent.
 */
export function fixPlotAria<T extends Element>(chart: T): T {
  for (const el of chart.querySelectorAll('[aria-label]:not([role])')) {
    if (el.localName !== 'svg') el.setAttribute('role', el.localName === 'g' ? 'group' : 'img');
  }
  // Plot puts a <style> in every chart, which a strict Content-Security-Policy (style-src 'self') blocks and
  // reports. Remove it while the chart is still detached; its rules (white-space: pre for text, display: block)
  // are in the widgets' adopted stylesheet and in exported SVG files.
  for (const style of chart.querySelectorAll('style')) style.remove();
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
