import { css } from 'lit';

/**
 * Styles shared by every widget. Colours and fonts come from custom properties in three tiers
 * (`--q4-<widget>-*` -> `--q4-chart-*` -> `--q4-color-*` -> a safe default); see docs/theming.md.
 */
export const baseStyles = css`
  :host {
    /* Defaults of the last tier, light and (with data-q4-dark) dark; every colour chain ends in one of these. */
    --_d-text: #1a1a1a;
    --_d-muted: #4d4d4d;
    --_d-background: transparent;
    --_d-surface: #ffffff;
    --_d-accent: #0b57d0;
    --_d-border: #c8c8c8;
    --_d-error: #b3261e;
    display: block;
    min-width: 0;
    color: var(--q4-color-text, var(--_d-text));
    background: var(--q4-color-background, var(--_d-background));
    font-family: var(--q4-font-family, inherit);
    font-size: var(--q4-font-size, 1rem);
    line-height: 1.4;
    --_accent: var(--q4-chart-accent, var(--q4-color-accent, var(--_d-accent)));
    --_muted: var(--q4-chart-muted, var(--q4-color-muted, var(--_d-muted)));
    --_focus: var(--q4-color-focus, var(--_d-accent));
    /* Behind labels and between marks: the surface the chart stands on. */
    --_halo: var(--q4-chart-surface, var(--q4-color-surface, var(--_d-surface)));
  }
  :host([data-q4-dark]) {
    color-scheme: dark;
    --_d-text: #ececec;
    --_d-muted: #b9b9b9;
    --_d-background: #1b1b1f;
    --_d-surface: #1b1b1f;
    --_d-accent: #8ab4f8;
    --_d-border: #5c5c5c;
    --_d-error: #f2b8b5;
  }
  :host([data-q4-dark]) .figure,
  :host([data-q4-dark]) .state {
    padding: 0.5em;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * From connection to its first update the shadow root is empty. The host holds a chart's height meanwhile, as the
   * placeholder that follows does, so that widgets deciding whether they are near the viewport see where they are.
   */
  :host([data-q4-pending]) {
    min-height: var(--q4-deferred-height, 320px);
  }
  /* Waiting a moment for a widget above it (FirstDrawController.holds): moved while it paints nothing, it does not shift. */
  :host([data-q4-holding]) {
    visibility: hidden;
  }
  /*
   * The page's CSS can reach the host element (a global "* { font: 40px serif }" does) and through it every
   * inherited size. So the widget's base size sits on its own top element: "medium" is the reader's default
   * font size, which no page CSS changes; --q4-font-size sets another.
   */
  .figure,
  .state {
    font-family: var(--q4-font-family, inherit);
    font-size: var(--q4-font-size, medium);
    line-height: 1.4;
    letter-spacing: normal;
    text-align: start;
  }
  .figure {
    margin: 0;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .chart {
    overflow-x: auto;
  }
  /* A legend that is a list of keys (swatch and words). */
  ul.legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: max(0.875em, 12px);
  }
  ul.legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .chart svg text,
  .chart svg tspan {
    white-space: pre;
  }
  .chart svg,
  .pending-chart {
    display: block;
    height: auto;
    max-width: none;
    overflow: visible;
    font-family: inherit;
    font-size: 12px;
  }
  .chart [tabindex]:focus {
    outline: none;
  }
  .chart [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .chart-note {
    margin: 0.25em 0 0;
    font-size: max(0.875em, 12px);
    font-style: italic;
  }
  .link-notice {
    margin: 0.25em 0 0;
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }
  .link-notice:empty {
    margin: 0;
  }
  .readout {
    min-height: 1.4em;
    margin: 0.25em 0 0;
    font-size: max(0.875em, 12px);
  }
  .caption {
    margin-top: 0.5em;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
  }
  .caption p {
    margin: 0.25em 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  button {
    font: inherit;
    font-size: max(0.875em, 12px);
    min-height: 24px;
    padding: 0.25em 0.75em;
    color: inherit;
    background: var(--q4-color-button, transparent);
    border: 1px solid currentColor;
    border-radius: 4px;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .static-table {
    display: block;
  }
  .static-table > summary {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    padding: 0.25em 0.75em;
    font-size: max(0.875em, 12px);
    border: 1px solid currentColor;
    border-radius: 4px;
    cursor: pointer;
  }
  .static-table > summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .downloads summary {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    padding: 0.25em 0.75em;
    font-size: max(0.875em, 12px);
    border: 1px solid currentColor;
    border-radius: 4px;
    cursor: pointer;
  }
  .downloads summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .downloads__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .table-wrap {
    overflow-x: auto;
    margin-top: 0.5em;
  }
  .table-wrap[hidden] {
    display: none;
  }
  table {
    border-collapse: collapse;
    font-size: max(0.875em, 12px);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--q4-color-border, var(--_d-border));
    text-align: start;
    vertical-align: top;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tbody th[scope='rowgroup'] {
    padding-top: 0.75em;
  }
  .state {
    padding: 1em;
    border: 1px solid var(--q4-color-border, var(--_d-border));
    border-radius: 4px;
  }
  .state--deferred {
    min-height: var(--q4-deferred-height, 320px);
    box-sizing: border-box;
  }
  .state--error {
    border-color: var(--q4-color-error, var(--_d-error));
    border-left-width: 4px;
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .state__title {
    font-weight: 700;
  }
  /* On paper: no buttons, and the chart is never cut by a page break. */
  @media print {
    .actions,
    .readout,
    button {
      display: none;
    }
    .chart {
      break-inside: avoid;
    }
  }
  /* No widget animates; this also stops any transition or animation a theme adds through ::part. */
  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .chart [tabindex]:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
    .state--error {
      border-color: CanvasText;
    }
  }
`;
