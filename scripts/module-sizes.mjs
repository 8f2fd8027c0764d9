#!/usr/bin/env node
// What a CDN file is made of: the largest modules of an entry as the CDN build bundles them (slim d3 included),
// by rendered length before minifying. Usage: node scripts/module-sizes.mjs [entry] [count]
// (default packages/scorecard/src/define.ts, 60). For finding what of Plot our widgets really carry.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import { slimD3 } from './slim-d3.mjs';
const input = process.argv[2] ?? 'packages/scorecard/src/define.ts';
const bundle = await rollup({ input, plugins: [slimD3({ geo: !process.env.NO_GEO }), nodeResolve({ browser: true, exportConditions: ['source','browser','production'] }), commonjs({ include: [/interval-tree-1d/, /binary-search-bounds/] }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' })], onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
for (const [id, m] of Object.entries(output[0].modules).sort((a,b)=>b[1].renderedLength-a[1].renderedLength).slice(0, Number(process.argv[3] ?? 60))) console.log(String(m.renderedLength).padStart(7), id.replace(process.cwd()+'/node_modules/','').replace(process.cwd()+'/',''));
