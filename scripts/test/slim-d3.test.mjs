// The CDN build stubs some of Plot's private files by path: Plot is pinned exactly, and a path that an upgrade
// moved fails the build with a message that says what to change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPlotInternals, plotInternals } from '../slim-d3.mjs';

const repo = resolve(import.meta.dirname, '..', '..');

test('every stubbed Plot file exists in the installed Plot', () => {
  assert.doesNotThrow(() => checkPlotInternals());
  assert.ok(plotInternals.length > 0);
});

test('a stubbed path that Plot no longer has fails with a clear message', () => {
  assert.throws(() => checkPlotInternals([...plotInternals, 'marks/gone.js']), /stubs @observablehq\/plot\/src\/marks\/gone\.js, which Plot [\d.]+ no longer has: .*update plotInternals/);
});

test('@observablehq/plot is pinned to one exact version in every package', () => {
  const installed = JSON.parse(readFileSync(resolve(repo, 'node_modules/@observablehq/plot/package.json'), 'utf8')).version;
  for (const name of ['scorecard', 'commute-flows', 'identity-shift', 'competitiveness', 'land-use', 'key-figures', 'sector-bloem', 'render']) {
    const pkg = JSON.parse(readFileSync(resolve(repo, 'packages', name, 'package.json'), 'utf8'));
    assert.equal(pkg.dependencies['@observablehq/plot'], installed, name);
  }
  const template = JSON.parse(readFileSync(resolve(repo, 'scripts/templates/widget/packages/__name__/package.json'), 'utf8'));
  assert.equal(template.dependencies['@observablehq/plot'], installed, 'the new-widget template');
});
