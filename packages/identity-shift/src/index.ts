export { Q4IdentityShift } from './q4-identity-shift.js';
export { identityChart, type IdentityChartOptions } from './identity-chart.js';
export { defaultIdentity, parseIdentity, type IdentityData, type IdentityInput, type IdentityPairInput } from './identity-data.js';
export { messages as identityMessages } from './messages.js';
export { identityFigure, type IdentityOptions } from './identity-figure.js';
