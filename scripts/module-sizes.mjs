#!/usr/bin/env node
// What a CDN file is made of: the largest modules of an entry as the CDN build bundles them (slim d3 included),
// by rendered length before minifying. Usage: node scripts/module-sizes.mjs [entry] [count]
// (default packages/scorecard/src/define.ts, 60); NO_GEO=1 as for a widget without a map. For finding what of
// Plot our widgets really carry.
import { rollup } from 'rollup';
import { cdnPlugins } from './rollup/cdn-plugins.mjs';
const input = process.argv[2] ?? 'packages/scorecard/src/define.ts';
const bundle = await rollup({ input, plugins: cdnPlugins({ geo: !process.env.NO_GEO, minify: false }), onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
for (const [id, m] of Object.entries(output[0].modules)
  .sort((a, b) => b[1].renderedLength - a[1].renderedLength)
  .slice(0, Number(process.argv[3] ?? 60)))
  console.log(String(m.renderedLength).padStart(7), id.replace(process.cwd() + '/node_modules/', '').replace(process.cwd() + '/', ''));
