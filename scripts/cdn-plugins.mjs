// The Rollup plugins of a self-contained CDN file, shared by rollup.config.mjs and the size and benchmark
// scripts, so that what they measure is what we ship.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { slimD3 } from './slim-d3.mjs';

/**
 * @param {{ slim?: boolean, geo?: boolean, minify?: boolean }} options `slim`: leave out what of d3 and Plot no
 * chart uses (scripts/slim-d3.mjs); `geo`: keep the map's projection; `minify`: terser, keeping `/*!` banners.
 */
export function cdnPlugins({ slim = true, geo = true, minify = true } = {}) {
  return [
    retryableImports(),
    ...(slim ? [slimD3({ geo })] : []),
    // The "source" condition resolves @q4/* to their TypeScript, so the CDN build needs no prior package build.
    nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'production'] }),
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
export function retryableImports() {
  const helper =
    'const __q4failed = new Map();\n' +
    'const __q4import = (s) => { const n = __q4failed.get(s) ?? 0; ' +
    "return import(n ? `${new URL(s, import.meta.url)}?retry=${n}` : s).catch((e) => { __q4failed.set(s, n + 1); throw e; }); };";
  return {
    name: 'q4-retryable-imports',
    renderDynamicImport({ targetModuleId }) {
      return targetModuleId ? { left: '__q4import(', right: ')' } : null;
    },
    intro(chunk) {
      return chunk.dynamicImports.length ? helper : '';
    },
  };
}
