// Rollup plugin: every dynamic import of a CDN file goes through `__q4import`, which retries a failed module under a
// new URL and gives up on one that hangs; the autoloader's variant preloads each widget's module with what it imports.
import { posix } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * A module that failed to load may stay failed under its URL: browsers that keep the failed import() in the page's
 * module map fail a second import of the same URL again, even once the network is back. (Chromium fetches a
 * failed module again when asked anew; a browser or an HTTP cache that keeps the failure would not.) So every
 * dynamic import in a CDN file goes through `__q4import`, which after a failure asks for the same file with
 * `?retry=N`: a new URL, a real new request wherever it runs. The data loaders of @q4/data forget a failed load, so
 * "Opnieuw proberen" really recovers.
 */
export function retryableImports({ preload = false } = {}) {
  // A load that hangs (a request the CDN never answers) fails after `q4LoadTimeout` ms (15 s unless a page sets
  // `window.q4LoadTimeout`), so the widget shows its error with a retry instead of loading forever. A retry asks for
  // `?retry=N`; in the autoloader's chunks that query is passed on to every chunk they import (staticImportsFollowQuery),
  // so a shared chunk that failed (lazy/loaders-….js) is fetched anew too.
  // The URL of an import: the file next to the importer, with the importer's query (a page that loads
  // `q4-widgets.js?v=2` gets every module with `?v=2`, and a retried chunk's imports are fresh too), and after a
  // failure one more `retry` parameter: a new URL, so a real new request.
  const helper =
    'const __q4failed = new Map();\n' +
    'const __q4url = (s, n) => { const u = new URL(s, import.meta.url); u.search = new URL(import.meta.url).search; if (n) u.searchParams.append("retry", n); return u.href; };\n' +
    'const __q4import = (s) => { const n = __q4failed.get(s) ?? 0; let t; ' +
    'return Promise.race([import(__q4url(s, n)), new Promise((_, no) => { t = setTimeout(() => no(new Error(`q4: loading ${s} timed out`)), globalThis.q4LoadTimeout ?? 15000); })])' +
    '.finally(() => clearTimeout(t)).catch((e) => { __q4failed.set(s, n + 1); throw e; }); };';
  // The autoloader's variant: before importing a widget's module it asks for that module and every chunk it
  // imports at once (`<link rel="modulepreload">`), so the widget's code and Plot, Lit and core arrive side by side
  // instead of one after the other. `"__Q4_DEPS__"` becomes the map of those files (preloadMap, below). A file the
  // page's own `<link rel="modulepreload">` hints already ask for (the README's snippet) gets no second link: adding
  // one costs the loader about 1 ms (docs/performance.md), for a fetch the page has started.
  const preloading =
    'const __q4deps = "__Q4_DEPS__", __q4sizes = JSON.parse("__Q4_SIZES__");\nlet __q4preloaded;\n' +
    'const __q4preload = (s) => { __q4preloaded ??= new Set(Array.from(document.querySelectorAll("link[rel=modulepreload]"), (l) => l.href)); ' +
    'for (const d of __q4deps[s] ?? []) { const href = __q4url(d, 0); if (__q4preloaded.has(href)) continue; __q4preloaded.add(href); ' +
    "const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href; document.head.append(link); } };\n" +
    helper.replace('const n = __q4failed.get(s) ?? 0; ', 'const n = __q4failed.get(s) ?? 0; if (!n) __q4preload(s); ');
  return {
    name: 'q4-retryable-imports',
    renderDynamicImport({ targetModuleId }) {
      return targetModuleId ? { left: '__q4import(', right: ')' } : null;
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
