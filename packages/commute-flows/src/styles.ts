import { css } from 'lit';

/** Map colours: `--q4-commute-flows-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const commuteStyles = css`
  :host {
    --_d-w-flow: #1a1a1a;
    --_d-w-region: #1a1a1a;
    --_d-w-no-data: #e6e6e6;
    --_d-w-border: #ffffff;
    --_d-w-halo: #ffffff;
    --_d-w-text: #1a1a1a;
    --_flow: var(--q4-commute-flows-flow-color, var(--q4-chart-text, var(--q4-color-text, var(--_d-w-flow))));
    --_region: var(--q4-commute-flows-region-color, var(--q4-chart-text, var(--q4-color-text, var(--_d-w-region))));
    --_no-data: var(--q4-commute-flows-no-data-color, var(--q4-chart-neutral, var(--q4-color-neutral, var(--_d-w-no-data))));
    --_border: var(--q4-commute-flows-border-color, var(--q4-color-background, var(--_d-w-border)));
    --_halo: var(--q4-commute-flows-halo-color, var(--q4-color-background, var(--_d-w-halo)));
    --_text: var(--q4-commute-flows-text-color, var(--q4-chart-text, var(--q4-color-text, var(--_d-w-text))));
  }
  :host([data-q4-dark]) {
    /* Flows and outlines lie on the map's light balance colours, not on the page: they stay dark. */
    --_d-w-flow: #1a1a1a;
    --_d-w-region: #1a1a1a;
    --_d-w-no-data: #3a3a3a;
    --_d-w-border: #1b1b1f;
    --_d-w-halo: #1b1b1f;
    --_d-w-text: #f0f0f0;
  }
  .legend {
    margin: 0 0 0.5em;
    font-size: max(0.875em, 12px);
  }
  .legend p {
    margin: 0.15em 0;
  }
  .legend__title {
    font-weight: 700;
  }
  .legend__scale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.6em;
  }
  .legend__nodata {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .swatch {
    display: inline-block;
    width: 1.2em;
    height: 0.8em;
    background: var(--_no-data);
    border: 1px solid currentColor;
  }
  .chart .q4-area path {
    cursor: pointer;
  }
  .chart .q4-flow path:focus-visible,
  .chart .q4-area path:focus-visible {
    outline: 3px solid var(--_focus);
  }
  @media (forced-colors: active) {
    /* The balance colours carry the meaning of the map: keep them, and draw lines and text in system colours. */
    .chart svg,
    .legend__ramp {
      forced-color-adjust: none;
    }
    .chart .q4-flow path,
    .chart .q4-area path {
      stroke: CanvasText;
    }
    .chart .q4-focus path {
      stroke: Highlight;
    }
  }
`;
