#!/usr/bin/env node
// What data a page loads for <q4-commute-flows municipality=…>, for every municipality of today (the map of 2025),
// and for the national overview: the gzip -9 size of the CDN data modules the widget imports for that area (the area
// index, the commuting index, the import map of the national modules, each member's flows, the boundaries of the
// provinces on its map), as `loadAreaCommute` reports them. The code chunks (area code, national loaders) are
// counted apart. Run after `npm run build`; `npm run size` runs it. Figures only: it names the municipalities
// over about 40 KB and says whether the national overview is within 120 KB (issue 14's limits).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = 'dist/cdn/data';
if (!existsSync(dir) || !existsSync('packages/commute-flows/dist/commute-flows-area.js')) {
  console.error('area-data: run npm run build first');
  process.exit(1);
}
// A build over an older one leaves the older national folder beside the new: its files would be counted too.
if (readdirSync(dir).filter((d) => d.startsWith('nl-')).length > 1) {
  console.error(`area-data: ${dir} holds more than one build's national files; run npm run build (it cleans) first`);
  process.exit(1);
}
/** gzip -9 size of each module in `from`, by name without its hash; the largest where two share a name. */
function sizesIn(from) {
  const sizes = new Map();
  for (const f of readdirSync(from, { recursive: true }).filter((f) => f.endsWith('.js'))) {
    // Data chunks are named name-hash.js, or nl-hash/name.js for the national flows and map tiles.
    const name = f
      .replace(/^nl-[A-Za-z0-9_-]+\//, '')
      .replace(/-[A-Za-z0-9_-]{8}\.js$/, '')
      .replace(/\.js$/, '');
    sizes.set(name, Math.max(sizes.get(name) ?? 0, gzipSync(readFileSync(`${from}/${f}`), { level: 9 }).length));
  }
  return sizes;
}
const sizes = sizesIn(dir);
// The national loaders are code shared by the loader's widgets, so the build puts them in lazy/.
const codeSizes = sizesIn('dist/cdn/lazy');
const size = (name, from = sizes) => {
  if (!from.has(name)) throw new Error(`area-data: no module ${name} in ${from === sizes ? dir : 'dist/cdn/lazy'}`);
  return from.get(name);
};
const { loadAreaCommute } = await import('../packages/commute-flows/dist/commute-flows-area.js');
const { loadAreaIndex } = await import('../packages/data/dist/index.js');
const index = await loadAreaIndex();
const shared = ['areas', 'commuting-index', 'modules'];
const code = size('commute-flows-area') + size('national-loaders', codeSizes);

/** The data modules one area loads, and their size. */
async function measure(options) {
  const { data, area } = await loadAreaCommute({ ...options, direction: 'both', top: 15, minJobs: 0 });
  if (area.error) return null;
  const modules =
    area.kind === 'nl'
      ? ['areas', 'top-flows', 'commuting-index', 'modules', 'boundaries-nl']
      : [...shared, ...data.members, ...area.maps.map((p) => `boundaries-${p.toLowerCase()}`)];
  return { modules, bytes: modules.reduce((s, m) => s + size(m), 0) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const results = [];
for (const c of index.municipalities.filter((m) => m.last >= index.lastYear).map((m) => m.code)) {
  const m = await measure({ municipality: c });
  if (m) results.push({ code: c, name: index.byCode.get(c).name, ...m });
}
results.sort((a, b) => a.bytes - b.bytes);
const at = (q) => results[Math.min(results.length - 1, Math.floor(q * results.length))].bytes;
const nl = await measure({ region: 'NL' });
console.log(`\nData loaded by <q4-commute-flows municipality=…> (gzip -9; area code ${kb(code)} apart), ${results.length} municipalities of today:`);
console.log(
  `  median ${kb(at(0.5))}, 90th percentile ${kb(at(0.9))}, max ${kb(results.at(-1).bytes)} (${results.at(-1).name}: ${results.at(-1).modules.filter((m) => m.startsWith('boundaries')).length} map files)`,
);
console.log(
  `  largest: ${results
    .slice(-5)
    .reverse()
    .map((r) => `${r.name} ${kb(r.bytes)}`)
    .join(', ')}`,
);
console.log(`  region="NL": ${kb(nl.bytes)} (${nl.modules.join(', ')})`);
const over = results.filter((r) => r.bytes > 40 * 1024);
console.log(
  `  over 40 KB: ${over.length}${over.length ? ` (${over.map((r) => r.name).join(', ')})` : ''}; national overview ${nl.bytes > 120 * 1024 ? 'OVER' : 'within'} 120 KB`,
);
const mid = results[Math.floor(results.length / 2)];
console.log(`  median case ${mid.name}: ${mid.modules.map((m) => `${m} ${kb(size(m))}`).join(', ')}`);
