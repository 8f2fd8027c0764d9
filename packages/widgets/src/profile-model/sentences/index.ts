// The profile's own sentences, one module per widget: each written from the model its widget draws.
export { periodOf, withoutPrefix, type Compared, type Sentence } from './sentence.js';
export { keyFiguresSentences, type ComparedPlace } from './key-figures.js';
export { commuteSentences } from './commute-flows.js';
export { sectorSentences } from './sector-bloem.js';
export { landUseSentences } from './land-use.js';
export { competitivenessSentences } from './competitiveness.js';
export { scorecardSentences } from './scorecard.js';
export { identitySentences } from './identity-shift.js';
