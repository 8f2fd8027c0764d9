// What the live profile needs once it knows the place: every widget (with Plot), the plan of the profile and the
// template of its body, the CSV download. Imported by q4-profile.ts after its header is on screen, so a phone paints
// the page's first words without waiting for Plot (issue 36, Largest Contentful Paint).
import '../src/index.js';
import { download, slug } from '@q4/core';
import { commuteFigure } from '@q4/commute-flows';
export { pageTitle, planProfile, profileBody, profileCsv } from '../src/profile-model/index.js';

export { download, slug };
/** The municipalities of today, which the search boxes offer. */
export const places = (): Promise<ReadonlySet<string> | null> => commuteFigure.places?.() ?? Promise.resolve(null);
