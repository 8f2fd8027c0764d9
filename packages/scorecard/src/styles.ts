import { css } from 'lit';

/** Scorecard colours: `--q4-scorecard-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const scorecardStyles = css`
  :host {
    --_d-w-better: #c6dbef;
    --_d-w-worse: #fdd0a2;
    --_d-w-same: #e3e3e3;
    --_d-w-reference: #f3f3f3;
    --_d-w-text: #1a1a1a;
    --_better: var(--q4-scorecard-better-color, var(--q4-chart-positive, var(--q4-color-positive, var(--_d-w-better))));
    --_worse: var(--q4-scorecard-worse-color, var(--q4-chart-negative, var(--q4-color-negative, var(--_d-w-worse))));
    --_same: var(--q4-scorecard-same-color, var(--q4-chart-neutral, var(--q4-color-neutral, var(--_d-w-same))));
    --_reference: var(--q4-scorecard-reference-color, var(--q4-chart-reference, var(--q4-color-reference, var(--_d-w-reference))));
    --_text: var(--q4-scorecard-text-color, var(--q4-chart-text, var(--q4-color-text, var(--_d-w-text))));
  }
  :host([data-q4-dark]) {
    --_d-w-better: #1f4e79;
    --_d-w-worse: #7a3e0c;
    --_d-w-same: #4a4a4a;
    --_d-w-reference: #2c2c30;
    --_d-w-text: #f0f0f0;
  }
  .swatch {
    display: inline-grid;
    place-items: center;
    min-width: 1.6em;
    height: 1.3em;
    border-radius: 2px;
    color: var(--_text);
    font-weight: 700;
    line-height: 1;
  }
  .swatch--better {
    background: var(--_better);
  }
  .swatch--worse {
    background: var(--_worse);
  }
  .swatch--same {
    background: var(--_same);
  }
  .swatch--missing {
    border: 1px dashed currentColor;
  }
  .chart .q4-cell rect,
  .chart text[data-area] {
    cursor: pointer;
  }
  .chart .q4-cell rect[aria-disabled='true'] {
    cursor: default;
  }
  @media (forced-colors: active) {
    .swatch,
    .chart .q4-cell rect {
      forced-color-adjust: none;
      fill: Canvas;
      background: Canvas;
      color: CanvasText;
      stroke: CanvasText;
      border: 1px solid CanvasText;
    }
    .chart text {
      fill: CanvasText;
    }
    .chart .q4-missing rect {
      stroke: GrayText;
    }
    .chart .q4-highlight rect {
      stroke: Highlight;
    }
  }
`;
