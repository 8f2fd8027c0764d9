import { css } from 'lit';

/** `--q4-competitiveness-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const rciStyles = css`
  :host {
    --_d-w-focus: #0b57d0;
    --_d-w-country: #e66100;
    --_d-w-other: #9a9a9a;
    --_d-w-text: #1a1a1a;
    --_focus: var(--q4-competitiveness-focus-color, var(--q4-chart-accent, var(--q4-color-accent, var(--_d-w-focus))));
    --_country: var(--q4-competitiveness-country-color, var(--q4-chart-highlight, var(--q4-color-highlight, var(--_d-w-country))));
    --_other: var(--q4-competitiveness-other-color, var(--q4-chart-muted, var(--q4-color-muted, var(--_d-w-other))));
    --_text: var(--q4-competitiveness-text-color, var(--q4-chart-text, var(--q4-color-text, var(--_d-w-text))));
  }
  :host([data-q4-dark]) {
    --_d-w-focus: #8ab4f8;
    --_d-w-country: #ffb26b;
    --_d-w-other: #8a8a8a;
    --_d-w-text: #f0f0f0;
  }
  .dot {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
  }
  .dot--focus {
    background: var(--_focus);
  }
  .dot--country {
    background: var(--_country);
  }
  .dot--other {
    background: var(--_other);
  }
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    .chart text {
      fill: CanvasText;
    }
  }
`;
