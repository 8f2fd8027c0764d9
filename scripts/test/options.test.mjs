// Each option is declared once, in its figure's option table: the custom-elements manifest (and so the README's API
// tables and the framework types made from it) must say the same names, types and defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const built = existsSync(join(root, 'packages/widgets/dist/generated/figures.js')) && existsSync(join(root, 'custom-elements.json'));

test(
  'the manifest declares each widget’s options as its option table does: names, types, defaults',
  { skip: !built && 'run npm run build first' },
  async () => {
    const { figures } = await import('@q4/widgets/figures');
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    for (const figure of figures) {
      const declaration = declarations.find((d) => d.tagName === `q4-${figure.name}`);
      assert.ok(declaration, `q4-${figure.name} is in the manifest`);
      for (const [attribute, spec] of Object.entries(figure.attributes)) {
        const entry = declaration.attributes.find((a) => a.name === attribute);
        assert.ok(entry, `q4-${figure.name} declares ${attribute}`);
        const type = { integer: 'number', boolean: 'boolean' }[spec.kind] ?? 'string';
        assert.equal(entry.type?.text, type, `q4-${figure.name} ${attribute}: type`);
        assert.equal(entry.default, typeof spec.default === 'string' ? `'${spec.default}'` : String(spec.default), `q4-${figure.name} ${attribute}: default`);
        assert.ok(entry.description?.length > 10, `q4-${figure.name} ${attribute}: a description for developers`);
      }
    }
  },
);
