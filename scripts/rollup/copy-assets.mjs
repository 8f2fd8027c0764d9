// Rollup plugin: files copied beside a build's output as they are (a page's HTML and stylesheet, q4-nlds.css).
import { readFileSync } from 'node:fs';

/** Emits each `{ fileName, path }` as an asset of the build: `path` read from the repository, written as `fileName`. */
export function copyAssets(name, files) {
  return {
    name: `q4-assets-${name}`,
    generateBundle() {
      for (const { fileName, path } of files) this.emitFile({ type: 'asset', fileName, source: readFileSync(path, 'utf8') });
    },
  };
}
