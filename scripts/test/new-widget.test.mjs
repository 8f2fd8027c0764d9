// The generator writes a package in the house shape and registers it everywhere it must be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'q4-new-widget-'));
  for (const f of ['package.json', 'tsconfig.json', 'packages/widgets']) cpSync(join(repo, f), join(dir, f), { recursive: true });
  return dir;
}
const run = (dir, ...args) => execFileSync('node', [join(repo, 'scripts/new-widget.mjs'), ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });

test('stamps out a widget package and registers it', () => {
  const dir = scratch();
  try {
    run(dir, 'land-use');
    for (const f of [
      'packages/land-use/package.json',
      'packages/land-use/README.md',
      'packages/land-use/src/q4-land-use.ts',
      'packages/land-use/src/define.ts',
      'packages/land-use/src/land-use-chart.ts',
      'packages/land-use/src/land-use-data.ts',
      'packages/land-use/src/land-use-figure.ts',
      'packages/land-use/test/conformance.test.ts',
      'packages/land-use/src/styles.ts',
      'packages/land-use/test/q4-land-use.test.ts',
      'packages/land-use/test/land-use-chart.test.ts',
      'stories/land-use.stories.ts',
    ]) assert.ok(existsSync(join(dir, f)), `${f} missing`);
    const klass = readFileSync(join(dir, 'packages/land-use/src/q4-land-use.ts'), 'utf8');
    assert.match(klass, /export class Q4LandUse extends Q4Element/);
    assert.doesNotMatch(klass, /customElements\.define/, 'the class file must have no side effects');
    assert.match(readFileSync(join(dir, 'packages/land-use/src/define.ts'), 'utf8'), /define\('q4-land-use', Q4LandUse\)/);
    assert.match(readFileSync(join(dir, 'packages/land-use/src/land-use-chart.ts'), 'utf8'), /document: options\.document/);
    // Stamped from the real template files, every placeholder filled in.
    for (const f of ['src/land-use-figure.ts', 'src/q4-land-use.ts', 'test/conformance.test.ts', 'README.md', 'package.json']) {
      assert.doesNotMatch(readFileSync(join(dir, 'packages/land-use', f), 'utf8'), /__(name|Pascal|camel|version)__/, f);
    }
    assert.match(readFileSync(join(dir, 'packages/land-use/src/land-use-figure.ts'), 'utf8'), /export const landUseFigure: FigureDefinition</);
    assert.match(readFileSync(join(dir, 'packages/land-use/test/conformance.test.ts'), 'utf8'), /runWidgetSuite\(\{\n  tag: 'q4-land-use',/);
    const pkg = JSON.parse(readFileSync(join(dir, 'packages/land-use/package.json'), 'utf8'));
    assert.equal(pkg.name, '@q4/land-use');
    assert.ok(pkg.exports['./define']);
    const root = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    assert.ok(root.workspaces.indexOf('packages/land-use') < root.workspaces.indexOf('packages/widgets'));
    const widgets = JSON.parse(readFileSync(join(dir, 'packages/widgets/package.json'), 'utf8'));
    assert.ok(widgets.dependencies['@q4/land-use']);
    // The new define line follows the existing ones in all.ts (every widget in one import), its API in index.ts.
    const all = readFileSync(join(dir, 'packages/widgets/src/all.ts'), 'utf8');
    assert.match(all, /(import '@q4\/[a-z-]+\/define';\n)+import '@q4\/land-use\/define';\n$/);
    const index = readFileSync(join(dir, 'packages/widgets/src/index.ts'), 'utf8');
    assert.match(index, /export \* from '@q4\/land-use';/);
    // The autoloader knows the tag once (land-use is there already in the copied packages/widgets).
    const loader = readFileSync(join(dir, 'packages/widgets/src/loader.ts'), 'utf8');
    assert.equal(loader.match(/'q4-land-use': \(\) => import\('@q4\/land-use\/define'\)/g)?.length, 1);
    const ts = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
    assert.ok(ts.references.some((r) => r.path === './packages/land-use'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('refuses bad or taken names', () => {
  const dir = scratch();
  try {
    assert.throws(() => run(dir, 'Bad_Name'));
    assert.throws(() => run(dir, 'widgets'));
    run(dir, 'demo');
    assert.throws(() => run(dir, 'demo'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the autoloader loads every widget package that registers a tag, and a new one after the others', () => {
  const packages = readdirSync(join(repo, 'packages')).filter((d) => {
    const file = join(repo, 'packages', d, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).exports?.['./define'];
  });
  const loader = readFileSync(join(repo, 'packages/widgets/src/loader.ts'), 'utf8');
  const listed = [...loader.matchAll(/'(q4-[a-z0-9-]+)': \(\) => import\('@q4\/([a-z0-9-]+)\/define'\)/g)];
  assert.deepEqual(listed.map((m) => m[1]).sort(), packages.map((d) => `q4-${d}`).sort());
  for (const [, tag, name] of listed) assert.equal(tag, `q4-${name}`);
  const dir = scratch();
  try {
    run(dir, 'demo-chart');
    const after = readFileSync(join(dir, 'packages/widgets/src/loader.ts'), 'utf8');
    assert.match(after, /import\('@q4\/competitiveness\/define'\),\n  'q4-demo-chart': \(\) => import\('@q4\/demo-chart\/define'\),\n\};/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
