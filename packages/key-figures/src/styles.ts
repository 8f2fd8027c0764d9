import { css } from 'lit';

/** `--q4-key-figures-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const keyFiguresStyles = css`
  :host {
    --_d-w-accent: #0b57d0;
    --_d-w-bar-muted: #8a8a8a;
    --_d-w-text: #1a1a1a;
    --_accent: var(--q4-key-figures-accent-color, var(--q4-chart-accent, var(--q4-color-accent, var(--_d-w-accent))));
    --_bar-muted: var(--q4-key-figures-muted-color, var(--q4-chart-neutral-strong, var(--q4-color-neutral-strong, var(--_d-w-bar-muted))));
    --_text: var(--q4-key-figures-text-color, var(--q4-chart-text, var(--q4-color-text, var(--_d-w-text))));
  }
  :host([data-q4-dark]) {
    --_d-w-accent: #8ab4f8;
    --_d-w-bar-muted: #9a9a9a;
    --_d-w-text: #f0f0f0;
  }
  .cards {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.75em;
  }
  .card {
    flex: 1 1 9em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--q4-color-border, #c8c8c8);
    border-radius: 4px;
  }
  .card dt {
    font-size: max(0.8em, 12px);
  }
  .card dd {
    margin: 0.15em 0 0;
    font-size: 1.5em;
    font-weight: 700;
  }
  .card--lisa {
    border-style: dashed;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .chart text {
      fill: CanvasText;
    }
  }
`;
