import { css } from 'lit';

/** `--q4-land-use-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const landUseStyles = css`
  :host {
    --_d-w-area-1: #0b57d0;
    --_d-w-area-2: #7a7a7a;
    --_d-w-area-3: #e66100;
    --_d-w-area-4: #1a7f37;
    --_d-w-text: #1a1a1a;
    --_area-1: var(--q4-land-use-area-1-color, var(--q4-chart-accent, var(--q4-color-accent, var(--_d-w-area-1))));
    --_area-2: var(--q4-land-use-area-2-color, var(--q4-chart-neutral-strong, var(--q4-color-neutral-strong, var(--_d-w-area-2))));
    --_area-3: var(--q4-land-use-area-3-color, var(--q4-chart-category-3, var(--q4-color-category-3, var(--_d-w-area-3))));
    --_area-4: var(--q4-land-use-area-4-color, var(--q4-chart-category-4, var(--q4-color-category-4, var(--_d-w-area-4))));
    --_text: var(--q4-land-use-text-color, var(--q4-chart-text, var(--q4-color-text, var(--_d-w-text))));
  }
  :host([data-q4-dark]) {
    --_d-w-area-1: #8ab4f8;
    --_d-w-area-2: #a0a0a0;
    --_d-w-area-3: #ffb26b;
    --_d-w-area-4: #7ee2a0;
    --_d-w-text: #f0f0f0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    margin: 0 0 0.5em;
    font-size: max(0.875em, 12px);
  }
  select {
    font: inherit;
    min-height: 24px;
    margin-inline-start: 0.35em;
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .keys li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    display: inline-block;
    width: 1.2em;
    height: 0.8em;
  }
  .swatch--1 {
    background: var(--_area-1);
  }
  .swatch--2 {
    background: var(--_area-2);
  }
  .swatch--3 {
    background: var(--_area-3);
  }
  .swatch--4 {
    background: var(--_area-4);
  }
  @media (forced-colors: active) {
    .swatch,
    .chart svg {
      forced-color-adjust: none;
    }
    .chart text {
      fill: CanvasText;
    }
  }
`;
