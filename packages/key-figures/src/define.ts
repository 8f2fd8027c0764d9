import { define } from '@q4/core';
import { Q4KeyFigures } from './q4-key-figures.js';

define('q4-key-figures', Q4KeyFigures);

declare global {
  interface HTMLElementTagNameMap {
    'q4-key-figures': Q4KeyFigures;
  }
}
