export { Q4IdentityShift } from './q4-identity-shift.js';
export { identityChart, type IdentityChartOptions } from './identity-shift-chart.js';
export { defaultIdentity, parseIdentity, type IdentityData, type IdentityInput, type IdentityPairInput } from './identity-shift-data.js';
export { messages as identityMessages } from './messages.js';
export { identityFigure, type IdentityOptions } from './identity-shift-figure.js';
export { identityOptions, identityOptionText } from './identity-shift-options.js';
