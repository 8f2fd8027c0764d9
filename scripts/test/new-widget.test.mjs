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
/** The tag lists of q4-nlds.css's selectors (`:where(q4-a, q4-b, …)` at the start of a rule), in a checkout. */
const nldsSelectors = (dir) =>
  [...readFileSync(join(dir, 'packages/widgets/q4-nlds.css'), 'utf8').matchAll(/^:where\(([^)]*)\)/gm)].map((m) => m[1].split(/,\s*/));
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
    ])
      assert.ok(existsSync(join(dir, f)), `${f} missing`);
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
    assert.match(readFileSync(join(dir, 'packages/land-use/test/conformance.test.ts'), 'utf8'), /runWidgetSuite\(\{\n {2}tag: 'q4-land-use',/);
    const pkg = JSON.parse(readFileSync(join(dir, 'packages/land-use/package.json'), 'utf8'));
    assert.equal(pkg.name, '@q4/land-use');
    assert.ok(pkg.exports['./define']);
    const root = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    assert.ok(root.workspaces.indexOf('packages/land-use') < root.workspaces.indexOf('packages/widgets'));
    const widgets = JSON.parse(readFileSync(join(dir, 'packages/widgets/package.json'), 'utf8'));
    assert.ok(widgets.dependencies['@q4/land-use']);
    // One entry in the registry, from which the entries, the autoloader, the embed, the builder and q4-render take it
    // (land-use is there already in the copied packages/widgets, so it stays there once).
    const registry = JSON.parse(readFileSync(join(dir, 'packages/widgets/widgets.json'), 'utf8')).widgets;
    assert.deepEqual(
      registry.filter((w) => w.name === 'land-use').map((w) => [w.name, w.figure]),
      [['land-use', 'landUseFigure']],
    );
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

test('the registry lists every widget package that registers a tag, and a new widget is one entry after the others', async () => {
  const { registry, generated, optionText } = await import('../widget-registry.mjs');
  const packages = readdirSync(join(repo, 'packages')).filter((d) => {
    const file = join(repo, 'packages', d, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).exports?.['./define'];
  });
  const widgets = registry();
  assert.deepEqual(widgets.map((w) => w.name).sort(), packages.sort());
  // q4-nlds.css names every widget's tag, in the registry's order, in each of its selectors.
  const selectors = nldsSelectors(repo);
  assert.equal(selectors.length, 2);
  for (const list of selectors)
    assert.deepEqual(
      list,
      widgets.map((w) => w.tag),
    );
  // The code made from it: each widget's define module in the entries and the autoloader, its figure, its name.
  const files = generated(widgets);
  for (const w of widgets) {
    assert.match(files['all.ts'], new RegExp(`^import '@q4/${w.name}/define';$`, 'm'));
    assert.match(files['api.ts'], new RegExp(`^export \\* from '@q4/${w.name}';$`, 'm'));
    assert.match(files['modules.ts'], new RegExp(`^  'q4-${w.name}': \\(\\) => import\\('@q4/${w.name}/define'\\),$`, 'm'));
    assert.match(files['figures.ts'], new RegExp(`^import \\{ ${w.figure}, ${optionText(w)} \\} from '@q4/${w.name}';$`, 'm'));
    assert.match(files['figures.ts'], new RegExp(`^  '${w.name}': ${optionText(w)},$`, 'm'));
  }
  const dir = scratch();
  try {
    run(dir, 'demo-chart');
    const after = JSON.parse(readFileSync(join(dir, 'packages/widgets/widgets.json'), 'utf8')).widgets;
    assert.deepEqual(after.at(-1), {
      name: 'demo-chart',
      figure: 'demoChartFigure',
      text: { nl: { name: 'Demo chart', summary: '' }, en: { name: 'Demo chart', summary: '' } },
    });
    assert.deepEqual(after.slice(0, -1), JSON.parse(readFileSync(join(repo, 'packages/widgets/widgets.json'), 'utf8')).widgets);
    // The NL Design System mapping takes the new tag into both its selectors.
    for (const list of nldsSelectors(dir))
      assert.deepEqual(
        list,
        after.map((w) => `q4-${w.name}`),
      );
    const made = generated(after.map((w) => ({ ...w, tag: `q4-${w.name}`, package: `@q4/${w.name}` })));
    assert.match(made['modules.ts'], /import\('@q4\/competitiveness\/define'\),\n {2}'q4-demo-chart': \(\) => import\('@q4\/demo-chart\/define'\),\n\};/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
