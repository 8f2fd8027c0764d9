// The one import that registers every widget (all.ts: each widget package's define entry), and their API, for
// every widget of the registry (widgets.json; generated/api.ts re-exports each package).
import './all.js';

export * from '@q4/core';
export * from './generated/api.js';
