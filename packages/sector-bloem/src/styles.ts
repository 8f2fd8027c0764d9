import { css } from 'lit';

/** `--q4-sector-bloem-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const sectorStyles = css`
  :host {
    --_d-w-text: #1a1a1a;
    --_petal-1: var(--q4-sector-bloem-petal-1-color, var(--q4-chart-category-1, var(--q4-color-category-1, #0b57d0)));
    --_petal-2: var(--q4-sector-bloem-petal-2-color, var(--q4-chart-category-2, var(--q4-color-category-2, #e66100)));
    --_petal-3: var(--q4-sector-bloem-petal-3-color, var(--q4-chart-category-3, var(--q4-color-category-3, #1a7f37)));
    --_petal-4: var(--q4-sector-bloem-petal-4-color, var(--q4-chart-category-4, var(--q4-color-category-4, #8e24aa)));
    --_petal-5: var(--q4-sector-bloem-petal-5-color, var(--q4-chart-category-5, var(--q4-color-category-5, #8a6d00)));
    --_text: var(--q4-sector-bloem-text-color, var(--q4-chart-text, var(--q4-color-text, var(--_d-w-text))));
  }
  :host([data-q4-dark]) {
    --_d-w-text: #f0f0f0;
  }
  .legend {
    margin: 0 0 0.5em;
  }
  .chart svg {
    margin-inline: auto;
  }
  .wreath {
    font-size: max(0.875em, 12px);
  }
  .wreath__title {
    margin: 0.5em 0 0.25em;
    font-size: 1em;
  }
  .wreath__group {
    margin: 0.15em 0;
  }
  .wreath__sector {
    font-weight: 700;
  }
  .wreath a {
    color: var(--q4-color-link, var(--_accent));
  }
  .wreath a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .chart svg {
      forced-color-adjust: none;
    }
  }
`;
