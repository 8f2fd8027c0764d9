export type * from './types.js';
export { scorecard } from './scorecard.js';
