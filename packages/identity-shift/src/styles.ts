import { css } from 'lit';

/** `--q4-identity-shift-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const identityStyles = css`
  :host {
    --_arrow: var(--q4-identity-shift-arrow-color, var(--q4-chart-accent, var(--q4-color-accent, #0b57d0)));
    --_text: var(--q4-identity-shift-text-color, var(--q4-chart-text, var(--q4-color-text, #1a1a1a)));
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
