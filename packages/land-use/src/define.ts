import { define } from '@q4/core';
import { Q4LandUse } from './q4-land-use.js';

define('q4-land-use', Q4LandUse);

declare global {
  interface HTMLElementTagNameMap {
    'q4-land-use': Q4LandUse;
  }
}
