#!/usr/bin/env node
// After `changeset version`: the shared version of the @q4 packages also goes into packages/core/src/version.ts
// (which define() compares) and the root package.json. A test checks that the three agree.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('packages/core/package.json', 'utf8'));
writeFileSync(
  'packages/core/src/version.ts',
  `/** Version of the Q4 widgets; a test keeps it equal to package.json. */\nexport const VERSION = '${version}';\n`,
);
const root = JSON.parse(readFileSync('package.json', 'utf8'));
root.version = version;
writeFileSync('package.json', `${JSON.stringify(root, null, 2)}\n`);
console.log(`version ${version}`);
