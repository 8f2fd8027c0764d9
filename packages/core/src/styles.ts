import { css } from 'lit';

/**
 * Styles shared by every widget. Colours and fonts come from custom properties in three tiers
 * (`--q4-<widget>-*` -> `--q4-chart-*` -> `--q4-color-*` -> a safe default); see docs/theming.md.
 */
export const baseStyles = css`
  :host {
    display: block;
    min-width: 0;
    color: var(--q4-color-text, #1a1a1a);
    background: var(--q4-color-background, transparent);
    font-family: var(--q4-font-family, inherit);
    font-size: var(--q4-font-size, 1rem);
    line-height: 1.4;
    --_accent: var(--q4-chart-accent, var(--q4-color-accent, #0b57d0));
    --_muted: var(--q4-chart-muted, var(--q4-color-muted, #4d4d4d));
    --_focus: var(--q4-color-focus, #0b57d0);
  }
  :host([hidden]) {
    display: none;
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
  .chart svg {
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
    border-bottom: 1px solid var(--q4-color-border, #c8c8c8);
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
    border: 1px solid var(--q4-color-border, #c8c8c8);
    border-radius: 4px;
  }
  .state--error {
    border-color: var(--q4-color-error, #b3261e);
    border-left-width: 4px;
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .state__title {
    font-weight: 700;
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
