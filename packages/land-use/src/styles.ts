import { css } from 'lit';

/** Widget colours: `--q4-land-use-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const landUseStyles = css`
  :host {
    --_bar: var(--q4-land-use-bar-color, var(--q4-chart-accent, var(--q4-color-accent, #0b57d0)));
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
