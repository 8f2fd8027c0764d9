import { define } from '@q4/core';
import { Q4SectorBloem } from './q4-sector-bloem.js';

define('q4-sector-bloem', Q4SectorBloem);

declare global {
  interface HTMLElementTagNameMap {
    'q4-sector-bloem': Q4SectorBloem;
  }
}
