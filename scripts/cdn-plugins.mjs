// The Rollup plugins of a self-contained CDN file, shared by rollup.config.mjs and the size and benchmark
// scripts, so that what they measure is what we ship.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { posix } from 'node:path';
import { slimD3 } from './slim-d3.mjs';
import { workspaceSourcesPlugin } from './workspace-sources.mjs';

/**
 * @param {{ slim?: boolean, geo?: boolean, minify?: boolean }} options `slim`: leave out what of d3 and Plot no
 * chart uses (scripts/slim-d3.mjs); `geo`: keep the map's projection; `minify`: terser, keeping `/*!` banners.
 */
export function cdnPlugins({ slim = true, geo = true, minify = true, preload = false } = {}) {
  return [
    retryableImports({ preload }),
    ...(slim ? [slimD3({ geo })] : []),
    // @q4/* resolve to their TypeScript, so the CDN build needs no prior package build.
    workspaceSourcesPlugin(),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    // Plot's interval-tree-1d is CommonJS; plugin-commonjs is pinned to 26.0.3 (29 breaks under WTR's fromRollup).
    commonjs({ include: [/node_modules\/interval-tree-1d/, /node_modules\/binary-search-bounds/] }),
    // esbuild strips types and lowers the (legacy) Lit decorators; es2022 keeps class fields and #private.
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    ...(minify ? [terser({ ecma: 2022, module: true, format: { comments: /^!/ } })] : []),
  ];
}

/**
 * A module that failed to load stays failed under its URL: the browser keeps the failed import() in the page's
 * module map, so importing the same URL again fails again, even once the network is back. So every dynamic import
 * in a CDN file goes through `__q4import`, which after a failure asks for the same file with `?retry=N`: a new URL,
 * a real new request. The data loaders of @q4/data forget a failed load, so "Opnieuw proberen" really recovers.
 */
export function retryableImports({ preload = false } = {}) {
  const helper =
    'const __q4failed = new Map();\n' +
    'const __q4import = (s) => { const n = __q4failed.get(s) ?? 0; ' +
    "return import(n ? `${new URL(s, import.meta.url)}?retry=${n}` : s).catch((e) => { __q4failed.set(s, n + 1); throw e; }); };";
  // The autoloader's variant: before importing a widget's module it asks for that module and every chunk it
  // imports at once (`<link rel="modulepreload">`), so the widget's code and Plot, Lit and core arrive side by side
  // instead of one after the other. `"__Q4_DEPS__"` becomes the map of those files (preloadMap, below).
  const preloading =
    'const __q4deps = "__Q4_DEPS__", __q4preloaded = new Set();\n' +
    'const __q4preload = (s) => { for (const d of __q4deps[s] ?? []) { const href = new URL(d, import.meta.url).href; if (__q4preloaded.has(href)) continue; __q4preloaded.add(href); ' +
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
    generateBundle(_, bundle) {
      if (preload) preloadMap(bundle);
    },
  };
}

/**
 * Writes, into each chunk that preloads, the files that each of its dynamic imports needs: the imported chunk and
 * all it imports statically, less what the importer has already. Paths relative to the importer, as Rollup writes
 * the import() specifiers.
 */
function preloadMap(bundle) {
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
    for (const target of chunk.dynamicImports) map[rel(chunk.fileName, target)] = [target, ...closure(target)].filter((f) => !have.has(f)).map((f) => rel(chunk.fileName, f));
    chunk.code = chunk.code.replace(/["']__Q4_DEPS__["']/, `(${JSON.stringify(map)})`);
  }
}
