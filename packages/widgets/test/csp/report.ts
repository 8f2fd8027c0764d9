// Adds every widget of the registry and collects CSP violations while they draw, then reports them to the test page
// that opened this one.
import { widgetNames } from '../../src/generated/names.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''}`.trim()));

// Every widget drawn at once (loading="eager": most are below the fold); two of them for a place of their own.
const attributes: Record<string, Record<string, string>> = { scorecard: { municipality: 'GM0355' }, 'commute-flows': { municipality: 'Zeist', top: '5' } };
const tags = widgetNames.map((name) => {
  const el = document.createElement(`q4-${name}`);
  el.setAttribute('loading', 'eager');
  for (const [k, v] of Object.entries(attributes[name] ?? {})) el.setAttribute(k, v);
  return document.body.appendChild(el);
});
const drawn = () => tags.every((el) => el.shadowRoot?.querySelector('[part=chart] svg'));
const started = performance.now();
const timer = setInterval(() => {
  if (!drawn() && performance.now() - started < 7000) return;
  clearInterval(timer);
  // Let late reports arrive, then open the table of one widget too.
  const first = tags[0].shadowRoot!;
  first.querySelector<HTMLElement>('.table-toggle')?.click();
  setTimeout(() => {
    const cellFont = getComputedStyle(first.querySelector('.q4-value text')!).whiteSpace;
    const state = tags.map(
      (el) =>
        `${el.localName}:${!!el.shadowRoot?.querySelector('[part=chart] svg')}:${el.shadowRoot?.querySelector('[role=alert],[part=status]')?.textContent?.trim().slice(0, 60) ?? ''}`,
    );
    parent.postMessage({ source: 'q4-csp', drawn: drawn(), violations, whiteSpace: cellFont, state }, '*');
  }, 300);
}, 50);
