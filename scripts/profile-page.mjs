#!/usr/bin/env node
// npm run profile: builds the pages (dist/builder and dist/profile) and serves the profile page at
// http://127.0.0.1:6008/dist/profile/index.html (PORT to change it); ?municipality=GM0363, ?region=…&region-name=…
// or ?region=NL chooses the place. Storybook serves the same page at /profile/.
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit', env: { ...process.env, ONLY: 'builder' } });
const server = await serve({}, Number(process.env.PORT ?? 6008));
console.log(`The profile page: ${server.url}/dist/profile/index.html?municipality=GM0363 (Ctrl+C to stop)`);
