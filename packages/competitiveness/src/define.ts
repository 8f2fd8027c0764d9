import { define } from '@q4/core';
import { Q4Competitiveness } from './q4-competitiveness.js';

define('q4-competitiveness', Q4Competitiveness);

declare global {
  interface HTMLElementTagNameMap {
    'q4-competitiveness': Q4Competitiveness;
  }
}
