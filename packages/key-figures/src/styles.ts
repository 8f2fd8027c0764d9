import { css } from 'lit';

/** Widget colours: `--q4-key-figures-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const keyFiguresStyles = css`
  :host {
    --_bar: var(--q4-key-figures-bar-color, var(--q4-chart-accent, var(--q4-color-accent, #0b57d0)));
  }
  .chart .q4-bar {
    color: var(--_bar);
  }
  @media (forced-colors: active) {
    .chart .q4-bar {
      color: CanvasText;
    }
  }
`;
