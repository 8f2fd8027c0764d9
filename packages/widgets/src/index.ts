// The one import that registers every widget (all.ts: each widget package's define entry), and their API.
import './all.js';

export * from '@q4/core';
export * from '@q4/scorecard';
export * from '@q4/commute-flows';
export * from '@q4/identity-shift';
export * from '@q4/competitiveness';
export * from '@q4/land-use';
export * from '@q4/key-figures';
export * from '@q4/sector-bloem';
