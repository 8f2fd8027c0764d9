// Where each @q4/* import resolves while we develop: the TypeScript source of the workspace package, so tests,
// Storybook and the CDN build need no prior package build. Derived from each package's "exports" (./dist/x.js ->
// ./src/x.ts). Published packages carry no pointer to src/, which is not published: consumers get dist/.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

/** Map of import specifier (`@q4/core`, `@q4/core/figure`, `@q4/scorecard/define`, …) to its absolute .ts path. */
export function workspaceSources() {
  const map = new Map();
  for (const dir of readdirSync(packagesDir)) {
    const file = join(packagesDir, dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    for (const [key, target] of Object.entries(pkg.exports ?? {})) {
      const dist = typeof target === 'string' ? target : target.default;
      const m = /^\.\/dist\/(.+)\.js$/.exec(dist ?? '');
      if (!m) continue;
      const src = join(packagesDir, dir, 'src', `${m[1]}.ts`);
      if (existsSync(src)) map.set(key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`, src);
    }
  }
  return map;
}

/** A Rollup (and Vite) plugin resolving @q4/* to their source. */
export function workspaceSourcesPlugin() {
  const map = workspaceSources();
  return { name: 'q4-workspace-sources', resolveId: (id) => map.get(id) ?? null };
}
