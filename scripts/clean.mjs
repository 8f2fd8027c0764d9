#!/usr/bin/env node
// Removes build output (dist/, packages/*/dist, storybook-static/) so no stale file is published.
import { readdirSync, rmSync } from 'node:fs';

const targets = ['dist', ...readdirSync('packages').map((p) => `packages/${p}/dist`)];
if (process.argv.includes('--all')) targets.push('storybook-static', 'custom-elements.json');
for (const target of targets) rmSync(target, { recursive: true, force: true });
