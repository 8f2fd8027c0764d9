// The `/*!` comment at the top of every CDN file (terser keeps it): the release, what the file is, and the licences.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** A file that carries the runtime (Lit, Plot, D3): with their licences. */
export const entryBanner = (what) =>
  `/*! Q4 widgets ${version} — ${what}. MIT licence. Includes Lit (BSD-3-Clause) and Observable Plot and D3 (ISC). Data credits are shown in each widget. */`;
/** A module the autoloader loads (the runtime's licences are in q4-widgets.js). */
export const lazyBanner = (what) => `/*! Q4 widgets ${version}: ${what}; licences in q4-widgets.js. */`;
/** A data chunk: the same from every build, so the builds share one file per chunk. */
export const dataBanner = `/*! Q4 widgets ${version}: data module; credits in data/PROVENANCE.md. */`;
/** A build's `output.banner`: its entry's banner, and the data banner for its chunks. */
export const banners = (what) => (chunk) => (chunk.isEntry ? entryBanner(what) : dataBanner);
