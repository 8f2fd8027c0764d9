#!/usr/bin/env node
// prepack of @q4/widgets: puts the CDN files, the iframe embed and the builder page (built by `npm run build` into the repository's
// dist/) into the package, so that npm CDNs serve them at @q4/widgets/dist/cdn/…, …/dist/embed/… and …/dist/builder/….
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'packages', 'widgets', 'dist');
for (const part of ['cdn', 'embed', 'builder', 'profile']) {
  const from = join(root, 'dist', part);
  if (!existsSync(from)) {
    console.error(`copy-cdn: ${from} is missing; run npm run build first`);
    process.exit(1);
  }
  rmSync(join(target, part), { recursive: true, force: true });
  cpSync(from, join(target, part), { recursive: true });
}
