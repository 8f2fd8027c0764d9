import { css } from 'lit';

/** Widget colours: `--q4-sector-bloem-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const sectorBloemStyles = css`
  :host {
    --_bar: var(--q4-sector-bloem-bar-color, var(--q4-chart-accent, var(--q4-color-accent, #0b57d0)));
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
