// The raw Observable Plot pages of `npm run bench` and `npm run bench:lighthouse` (scripts/bench/<name>.ts), built and
// minified like the CDN files, into out/bench/: `<name>.js`, or `<name>-slim.js` with the CDN files' slim Plot.
import { mkdirSync } from 'node:fs';
import { rollup } from 'rollup';
import { cdnPlugins } from './rollup/cdn-plugins.mjs';

/** @param {string} name @param {{ slim?: boolean, geo?: boolean }} options `geo`: keep the map's projection. */
export async function buildRawPage(name, { slim = false, geo = false } = {}) {
  mkdirSync('out/bench', { recursive: true });
  const bundle = await rollup({ input: `scripts/bench/${name}.ts`, plugins: cdnPlugins({ slim, geo }), onwarn: () => {} });
  await bundle.write({ dir: 'out/bench', format: 'es', entryFileNames: `${name}${slim ? '-slim' : ''}.js`, chunkFileNames: 'data/[name]-[hash].js' });
  await bundle.close();
}
