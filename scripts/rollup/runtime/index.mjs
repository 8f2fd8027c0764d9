// The chunk runtime (this folder's TypeScript) as the text the plugins inject into CDN chunks: `export` taken off
// (each piece is top-level code of the chunk it goes into), types stripped by esbuild.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

/** One file of this folder as code to inject; `minify` for code added after terser. */
export function runtimeSource(name, { minify = false } = {}) {
  const source = readFileSync(new URL(`./${name}.ts`, import.meta.url), 'utf8').replace(/^export /gm, '');
  return transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022', minifyWhitespace: minify, minifySyntax: minify }).code;
}
