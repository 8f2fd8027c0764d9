import { define } from '@q4/core';
import { Q4__Pascal__ } from './q4-__name__.js';

define('q4-__name__', Q4__Pascal__);

declare global {
  interface HTMLElementTagNameMap {
    'q4-__name__': Q4__Pascal__;
  }
}
