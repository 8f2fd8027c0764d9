import { css } from 'lit';

/** `--q4-identity-shift-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const identityStyles = css`
  :host {
    --_d-w-arrow: #0b57d0;
    --_d-w-text: #1a1a1a;
    --_arrow: var(--q4-identity-shift-arrow-color, var(--q4-chart-accent, var(--q4-color-accent, var(--_d-w-arrow))));
    --_text: var(--q4-identity-shift-text-color, var(--q4-chart-text, var(--q4-color-text, var(--_d-w-text))));
  }
  :host([data-q4-dark]) {
    --_d-w-arrow: #8ab4f8;
    --_d-w-text: #f0f0f0;
  }
  @media (forced-colors: active) {
    .chart text {
      fill: CanvasText;
    }
    .chart .q4-shift path {
      stroke: CanvasText;
    }
  }
`;
