// Collects CSP violations while every widget draws, then reports them to the test page that opened this one.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''}`.trim()));
const tags = [...document.querySelectorAll('body > *')].filter((el) => el.localName.startsWith('q4-'));
const drawn = () => tags.every((el) => el.shadowRoot?.querySelector('[part=chart] svg'));
const started = performance.now();
const timer = setInterval(() => {
  if (!drawn() && performance.now() - started < 7000) return;
  clearInterval(timer);
  // Let late reports arrive, then open the table and the downloads menu of one widget too.
  const first = tags[0].shadowRoot;
  first.querySelector('.table-toggle')?.click();
  setTimeout(() => {
    const cellFont = getComputedStyle(first.querySelector('.q4-value text')).whiteSpace;
    const state = tags.map(
      (el) =>
        `${el.localName}:${!!el.shadowRoot?.querySelector('[part=chart] svg')}:${el.shadowRoot?.querySelector('[role=alert],[part=status]')?.textContent.trim().slice(0, 60) ?? ''}`,
    );
    parent.postMessage({ source: 'q4-csp', drawn: drawn(), violations, whiteSpace: cellFont, state }, '*');
  }, 300);
}, 50);
