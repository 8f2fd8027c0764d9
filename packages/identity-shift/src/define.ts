import { define } from '@q4/core';
import { Q4IdentityShift } from './q4-identity-shift.js';

define('q4-identity-shift', Q4IdentityShift);

declare global {
  interface HTMLElementTagNameMap {
    'q4-identity-shift': Q4IdentityShift;
  }
}
