// The CDN build stubs some of Plot's private files by path: Plot is pinned exactly, and a path that an upgrade
// moved fails the build with a message that says what to change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPlotInternals, plotInternals } from '../slim-d3.mjs';
import { registry } from '../widget-registry.mjs';

const repo = resolve(import.meta.dirname, '..', '..');

test('every stubbed Plot file exists in the installed Plot', () => {
  assert.doesNotThrow(() => checkPlotInternals());
  assert.ok(plotInternals.length > 0);
});

test('a stubbed path that Plot no longer has fails with a clear message', () => {
  assert.throws(
    () => checkPlotInternals([...plotInternals, 'marks/gone.js']),
    /stubs @observablehq\/plot\/src\/marks\/gone\.js, which Plot [\d.]+ no longer has: .*update plotInternals/,
  );
});

test('@observablehq/plot is pinned to one exact version in every package', () => {
  const installed = JSON.parse(readFileSync(resolve(repo, 'node_modules/@observablehq/plot/package.json'), 'utf8')).version;
  for (const name of [...registry().map((w) => w.name), 'render']) {
    const pkg = JSON.parse(readFileSync(resolve(repo, 'packages', name, 'package.json'), 'utf8'));
    assert.equal(pkg.dependencies['@observablehq/plot'], installed, name);
  }
  const template = JSON.parse(readFileSync(resolve(repo, 'scripts/templates/widget/packages/__name__/package.json'), 'utf8'));
  assert.equal(template.dependencies['@observablehq/plot'], installed, 'the new-widget template');
});

test('a Plot file kept in part (plotPartials) keeps the path our marks take and stubs the rest', async () => {
  const { slimD3, plotPartials } = await import('../slim-d3.mjs');
  const plugin = slimD3();
  for (const name of Object.keys(plotPartials)) {
    const id = plugin.resolveId(`./${name.split('/').pop()}`, resolve(repo, 'node_modules/@observablehq/plot/src', name.replace(/[^/]+$/, 'x.js')));
    const code = await plugin.load.call({ resolve: async () => null }, id);
    assert.match(code, /export function maybeDenseIntervalX\(options = \{\}\)/);
    assert.match(code, /export const binX = missing\("binX"\);/);
    // The kept path: options without an interval pass on, with an interval the stub throws loudly.
    const body = code.replace(/^import .*$/m, 'const withTip = (o) => o;').replace(/export /g, '');
    const run = new Function(`${body}; return maybeDenseIntervalX;`)();
    const options = { x: 'a' };
    assert.equal(run(options), options);
    assert.throws(() => run({ interval: 1 }), /binX \(an interval on a line or area\) .* is not in this build/);
  }
});
