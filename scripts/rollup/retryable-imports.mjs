// Rollup plugin: every dynamic import of a CDN file goes through `__q4import`, which retries a failed module under a
// new URL and gives up on one that hangs; the autoloader's variant preloads each widget's module with what it imports.
import { posix } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { runtimeSource } from './runtime/index.mjs';

/**
 * A module that failed to load may stay failed under its URL: browsers that keep the failed import() in the page's
 * module map fail a second import of the same URL again, even once the network is back. (Chromium fetches a
 * failed module again when asked anew; a browser or an HTTP cache that keeps the failure would not.) So every
 * dynamic import in a CDN file goes through `__q4import`, which after a failure asks for the same file with
 * `?retry=N`: a new URL, a real new request wherever it runs. The data loaders of @q4/data forget a failed load, so
 * "Opnieuw proberen" really recovers.
 */
/** The export that marks a module as arrived whole (import-retry.ts checks it). */
const WHOLE = '__q4whole';

export function retryableImports({ preload = false } = {}) {
  // The code is TypeScript in ./runtime/ (import-retry.ts; preload.ts for the autoloader's entry, which preloads a
  // widget's module with every chunk it imports). `__q4preloading` tells import-retry.ts which; terser drops the
  // branch a chunk does not take.
  const helper = `const __q4preloading = false;\n${runtimeSource('import-retry')}`;
  const preloading = `const __q4preloading = true;\n${runtimeSource('preload')}${runtimeSource('import-retry')}`;
  return {
    name: 'q4-retryable-imports',
    renderDynamicImport({ targetModuleId }) {
      return targetModuleId ? { left: '__q4import(', right: ')' } : null;
    },
    // The last line of every module that may be imported with import() (a dynamic entry, or an entry of its own
    // build, as lazy/all.js): `__q4import` takes a module without it as cut short. A body cut at the end of a
    // statement still parses, and would run half its code and define nothing.
    footer(chunk) {
      return chunk.isDynamicEntry || chunk.isEntry ? `export const ${WHOLE} = 1;` : '';
    },
    intro(chunk) {
      if (!chunk.dynamicImports.length) return '';
      return preload && chunk.isEntry ? preloading : helper;
    },
    generateBundle(options, bundle) {
      if (preload) preloadMap(bundle, options.dir);
    },
  };
}

/**
 * Writes, into each chunk that preloads, the files that each of its dynamic imports needs: the imported chunk and
 * all it imports statically, less what the importer has already. Paths relative to the importer, as Rollup writes
 * the import() specifiers.
 */
function preloadMap(bundle, dir) {
  const rel = (from, to) => {
    const path = posix.relative(posix.dirname(from), to);
    return path.startsWith('.') ? path : `./${path}`;
  };
  const closure = (file, seen = new Set()) => {
    for (const dep of bundle[file]?.imports ?? []) if (!seen.has(dep)) closure(dep, seen.add(dep));
    return seen;
  };
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !/["']__Q4_DEPS__["']/.test(chunk.code)) continue;
    const have = closure(chunk.fileName, new Set([chunk.fileName]));
    const map = {};
    for (const target of chunk.dynamicImports)
      map[rel(chunk.fileName, target)] = [target, ...closure(target)].filter((f) => !have.has(f)).map((f) => rel(chunk.fileName, f));
    // The gzip size of each of those files, for the loader's choice between them and one module of every widget
    // (lazy/all.js, an earlier build of the same config: read from disk).
    const sizes = {};
    for (const target of chunk.dynamicImports) {
      for (const file of [target, ...closure(target)].filter((f) => !have.has(f))) {
        const out = bundle[file];
        const code = out ? (out.type === 'chunk' ? out.code : out.source) : existsSync(`${dir}/${file}`) ? readFileSync(`${dir}/${file}`) : null;
        if (code === null) throw new Error(`preloadMap: ${file} is neither in this build nor in ${dir} (build lazy/all.js before the loader)`);
        sizes[rel(chunk.fileName, file)] = gzipSync(code, { level: 9 }).length;
      }
    }
    chunk.code = chunk.code.replace(/["']__Q4_DEPS__["']/, `(${JSON.stringify(map)})`).replace(/["']__Q4_SIZES__["']/g, JSON.stringify(JSON.stringify(sizes)));
  }
}
