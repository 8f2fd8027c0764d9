// The Rollup plugins of a self-contained CDN file, shared by rollup.config.mjs and the size and benchmark
// scripts, so that what they measure is what we ship. Each plugin of our own is a file in this folder.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { slimD3 } from '../slim-d3.mjs';
import { workspaceSourcesPlugin } from '../workspace-sources.mjs';
import { retryableImports } from './retryable-imports.mjs';
import { staticImportsFollowQuery } from './static-imports-follow-query.mjs';

/**
 * Lit's own minifier of the markup and CSS in tagged templates (lightningcss for CSS), with two of its defaults
 * turned off because they change what is rendered: whitespace is collapsed to one space, never removed (a text part
 * that starts with a space keeps it), and empty attributes stay (`alt=""` marks an image as decorative).
 */
const literalOptions = {
  failOnError: true,
  options: { minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true, removeEmptyAttributes: false } },
};

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
    // The CSS and markup inside css`` and html`` (whitespace, comments): terser leaves template strings alone.
    ...(minify ? [minifyLiterals(literalOptions)] : []),
    // esbuild strips types and lowers the (legacy) Lit decorators; es2022 keeps class fields and #private.
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    ...(minify ? [terser({ ecma: 2022, module: true, format: { comments: /^!/ } })] : []),
    // After terser: rewrites the static imports between chunks in their final form.
    staticImportsFollowQuery(),
  ];
}
