// @q4/core has no import cycle: its modules form a tree (types.ts imports no module of ours).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const src = resolve(import.meta.dirname, '..', '..', 'packages', 'core', 'src');

test('no module of @q4/core imports one that imports it back, however far round', () => {
  const graph = new Map();
  for (const file of readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const code = readFileSync(join(src, file), 'utf8');
    graph.set(
      file,
      [...code.matchAll(/from '\.\/([\w-]+)\.js'/g)].map((m) => `${m[1]}.ts`),
    );
  }
  const cycles = [];
  const visit = (file, path) => {
    if (path.includes(file)) return cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
  };
  for (const file of graph.keys()) visit(file, []);
  assert.deepEqual(cycles, []);
  assert.deepEqual(
    graph.get('types.ts').filter((f) => f !== 'i18n.ts'),
    [],
    'types.ts imports only the Lang type',
  );
  assert.ok(graph.get('q4-element.ts').length > 5, 'the walk sees the imports');
});
