#!/usr/bin/env node
// Prints the raw, gzip (-9) and brotli size of every file in dist/cdn/ (run `npm run build` first), and
// with --attribute, what of the scorecard's CDN file is Plot+D3, Lit, and our own code (same plugins,
// minified, one part external at a time).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = 'dist/cdn';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

let files;
try {
  files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort();
} catch {
  console.error('size: no dist/cdn; run npm run build first');
  process.exit(1);
}
const rows = files.map((f) => {
  const buf = readFileSync(`${dir}/${f}`);
  return { file: `${dir}/${f}`, raw: statSync(`${dir}/${f}`).size, gzip: gzip(buf), brotli: brotli(buf) };
});
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`${pad('file', 32)}${lpad('raw', 12)}${lpad('gzip -9', 12)}${lpad('brotli', 12)}`);
for (const r of rows) console.log(`${pad(r.file, 32)}${lpad(kb(r.raw), 12)}${lpad(kb(r.gzip), 12)}${lpad(kb(r.brotli), 12)}`);

if (process.argv.includes('--attribute')) {
  const { rollup } = await import('rollup');
  const { cdnPlugins } = await import('./rollup/cdn-plugins.mjs');
  const build = async (external) => {
    const bundle = await rollup({
      input: 'packages/scorecard/src/define.ts',
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      // As the scorecard's CDN file is built (it draws no map).
      plugins: cdnPlugins({ geo: false }),
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    return gzip(Buffer.from(output[0].code));
  };
  const full = await build([]);
  const withoutPlot = await build(['@observablehq/plot']);
  const withoutLit = await build(['lit', '@lit/reactive-element', 'lit-html', 'lit-element']);
  const ours = await build(['@observablehq/plot', 'lit', '@lit/reactive-element', 'lit-html', 'lit-element']);
  console.log('\nq4-scorecard.js, gzip -9 (each part measured by leaving the others out):');
  console.log(`  whole bundle                 ${lpad(kb(full), 10)}`);
  console.log(`  Plot + D3 (whole - no-Plot)  ${lpad(kb(full - withoutPlot), 10)}  ${((100 * (full - withoutPlot)) / full).toFixed(0)}%`);
  console.log(`  Lit (whole - no-Lit)         ${lpad(kb(full - withoutLit), 10)}  ${((100 * (full - withoutLit)) / full).toFixed(0)}%`);
  console.log(`  our code and data            ${lpad(kb(ours), 10)}  ${((100 * ours) / full).toFixed(0)}%`);
}
