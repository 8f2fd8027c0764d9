import { define } from '@q4/core';
import { Q4Scorecard } from './q4-scorecard.js';

define('q4-scorecard', Q4Scorecard);

declare global {
  interface HTMLElementTagNameMap {
    'q4-scorecard': Q4Scorecard;
  }
}
