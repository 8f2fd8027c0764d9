// The profile of a place as pure functions: its plan (which figures the place has, in the report's order, and why it
// lacks the others), its own sentences with footnotes, its CSV and citation, and its page as a Lit template that the
// live page (dist/profile) and q4-render's static page both render.
export * from './profile.js';
export * from './sentences/index.js';
export * from './profile-template.js';
export { messages as profileMessages } from './profile-text.js';
export { headerTemplate } from './header.js';
