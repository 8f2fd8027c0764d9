// Property-based tests of q4-render's arguments and its static HTML (issue 19): whatever options come in, a render
// gives its output or an Error with a message for people; never another exception, never a hang; every string stays
// text in the HTML. A fixed seed; FC_RUNS sets more runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { registry } from '../widget-registry.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const skip = !existsSync(join(repo, 'packages', 'core', 'dist', 'index.js')) && 'run npm run build first';
const runs = Number(process.env.FC_RUNS ?? 12);
const seed = Number(process.env.FC_SEED ?? 20261202);
const hostile = '<img src=x onerror=alert(1)>';
const value = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.constantFrom(
    '',
    ',,,',
    'NaN',
    '-1',
    '0',
    '1e9',
    '2015',
    'GM0355',
    'GM0355,GM0355',
    'Zeist',
    'NL',
    'PV26',
    'Utrecht',
    'GM9999',
    hostile,
    'in',
    'bars',
    'all',
  ),
  fc.integer({ min: -10, max: 3000 }),
);
const widgets = registry().map((w) => w.name);

test('q4-render: any widget name and options give the output or an Error with a message', { skip }, async () => {
  const { renderWidget, WIDGETS } = await import('@q4/render');
  const names = fc.oneof(fc.constantFrom(...widgets), fc.string({ maxLength: 12 }));
  const options = fc.record(
    {
      lang: fc.oneof(fc.constantFrom('nl', 'en'), fc.string({ maxLength: 4 })),
      width: fc.oneof(fc.integer({ min: -100, max: 3000 }), fc.constantFrom('abc', '600', null)),
      format: fc.constantFrom('png', 'svg', 'html', 'gif', undefined),
      link: fc.constantFrom('https://example.org/x', 'javascript:alert(1)', 'not a url', undefined),
      municipality: value,
      region: value,
      'region-name': value,
      year: value,
      area: value,
      top: value,
      edition: value,
    },
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(names, options, async (name, opts) => {
      let result;
      try {
        result = await renderWidget(name, { ...opts, scale: 1 });
      } catch (error) {
        assert.ok(error instanceof Error, `not an Error: ${error}`);
        assert.ok(error.message.length > 0 && error.message.length < 2000);
        return;
      }
      assert.ok(WIDGETS[name]);
      if (result.format === 'html') {
        assert.ok(!result.html.includes('<img') && !result.html.includes('<script'), 'a string became markup');
      } else {
        assert.ok(result.alt.length > 0 && result.width > 0);
      }
    }),
    { numRuns: runs * 4, seed },
  );
});
