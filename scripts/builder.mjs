#!/usr/bin/env node
// npm run builder: builds the builder and profile pages (dist/builder, dist/profile) and serves the builder at
// http://127.0.0.1:6007/dist/builder/ (PORT to change it). --build builds only (Storybook's scripts run it, and
// Storybook serves the pages at /builder/ and /profile/ beside the stories).
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit', env: { ...process.env, ONLY: 'builder' } });
if (!process.argv.includes('--build')) {
  const server = await serve({}, Number(process.env.PORT ?? 6007));
  console.log(`The builder: ${server.url}/dist/builder/index.html (Ctrl+C to stop)`);
}
