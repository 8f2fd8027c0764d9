import { css } from 'lit';

/** Widget colours: `--q4-__name__-*` -> `--q4-chart-*` -> `--q4-color-*` -> default. */
export const __camel__Styles = css`
  :host {
    --_bar: var(--q4-__name__-bar-color, var(--q4-chart-accent, var(--q4-color-accent, #0b57d0)));
  }
  @media (forced-colors: active) {
    :host {
      --_bar: CanvasText;
    }
  }
`;
