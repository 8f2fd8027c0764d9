import { define } from '@q4/core';
import { Q4CommuteFlows } from './q4-commute-flows.js';

define('q4-commute-flows', Q4CommuteFlows);

declare global {
  interface HTMLElementTagNameMap {
    'q4-commute-flows': Q4CommuteFlows;
  }
}
