// The framework types and editor data are generated from custom-elements.json and cover every element, attribute
// and event in it (scripts/framework-types.mjs; scripts/frameworks.mjs then uses them in real apps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
const manifestFile = join(repo, 'custom-elements.json');
const dist = join(repo, 'packages', 'widgets', 'dist');
const built = existsSync(manifestFile) && existsSync(join(dist, 'web-types.json'));
const skip = !built && 'run npm run build first';

test('every widget package with a define entry is an element of the generated types', { skip }, async () => {
  const { elements } = await import('../framework-types.mjs');
  const tags = elements().map((e) => e.tag);
  const widgets = readdirSync(join(repo, 'packages')).filter(
    (p) =>
      existsSync(join(repo, 'packages', p, 'package.json')) &&
      JSON.parse(readFileSync(join(repo, 'packages', p, 'package.json'), 'utf8')).exports?.['./define'],
  );
  assert.deepEqual(tags, widgets.map((w) => `q4-${w}`).sort());
});

test('props.d.ts, React, Vue and Svelte types, VS Code data and web-types name every attribute and event', { skip }, async () => {
  const { elements } = await import('../framework-types.mjs');
  const props = readFileSync(join(dist, 'frameworks', 'props.d.ts'), 'utf8');
  const vscode = JSON.parse(readFileSync(join(dist, 'vscode.html-custom-data.json'), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(dist, 'web-types.json'), 'utf8'));
  for (const framework of ['react', 'vue', 'svelte']) {
    const text = readFileSync(join(dist, 'frameworks', `${framework}.d.ts`), 'utf8');
    for (const el of elements()) assert.ok(text.includes(`'${el.tag}'`), `${framework}: ${el.tag}`);
  }
  for (const el of elements()) {
    const tag = vscode.tags.find((t) => t.name === el.tag);
    const web = webTypes.contributions.html.elements.find((t) => t.name === el.tag);
    assert.ok(tag && web, el.tag);
    for (const a of el.attributes) {
      const entry = tag.attributes.find((x) => x.name === a.name);
      assert.ok(entry, `${el.tag} ${a.name} in VS Code data`);
      assert.equal(entry.description.value, a.description);
      if (a.type === 'boolean') assert.equal(entry.valueSet, 'v', `${a.name} is a boolean attribute`);
      if (/^'[^']+'( \| '[^']+')+$/.test(a.type))
        assert.deepEqual(
          entry.values.map((v) => v.name),
          a.type.split(' | ').map((v) => v.slice(1, -1)),
        );
      assert.ok(
        web.attributes.some((x) => x.name === a.name),
        `${el.tag} ${a.name} in web-types`,
      );
    }
    for (const e of el.events) {
      assert.ok(props.includes(`'${e.name}': EventOf<'${e.name}'>`), `${el.tag} ${e.name} typed`);
      assert.ok(
        web.events.some((x) => x.name === e.name),
        `${el.tag} ${e.name} in web-types`,
      );
    }
  }
  const widgetsPkg = JSON.parse(readFileSync(join(repo, 'packages', 'widgets', 'package.json'), 'utf8'));
  assert.equal(widgetsPkg['web-types'], './dist/web-types.json');
  assert.equal(widgetsPkg.customElements, './dist/custom-elements.json');
});

test('each widget package ships JSX, Vue and Svelte types of its own element, so one widget needs one package', { skip }, async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { elements } = await import('../framework-types.mjs');
  for (const el of elements()) {
    const name = el.tag.replace(/^q4-/, '');
    const pkg = JSON.parse(readFileSync(join(repo, 'packages', name, 'package.json'), 'utf8'));
    for (const framework of ['react', 'vue', 'svelte']) {
      assert.deepEqual(
        pkg.exports[`./${framework}`],
        { types: `./dist/frameworks/${framework}.d.ts`, default: './dist/define.js' },
        `@q4/${name}/${framework}`,
      );
      const text = readFileSync(join(repo, 'packages', name, 'dist', 'frameworks', `${framework}.d.ts`), 'utf8');
      assert.ok(text.includes(`'${el.tag}'`), `@q4/${name}/${framework} declares ${el.tag}`);
      for (const other of elements())
        if (other.tag !== el.tag) assert.ok(!text.includes(`'${other.tag}'`), `@q4/${name}/${framework} declares only its own element`);
      assert.ok(!/@q4\/widgets['/]/.test(text.replace(/^\/\/.*$/gm, '')), `@q4/${name}/${framework} imports nothing of @q4/widgets`);
    }
  }
  // A React app with one widget: the JSX type-checks through @q4/scorecard alone, and a wrong type fails.
  const dir = mkdtempSync(join(repo, '.types-'));
  try {
    writeFileSync(
      join(dir, 'app.tsx'),
      [
        "import '@q4/scorecard/react';",
        'export const ok = <q4-scorecard municipality="GM0355" headingLevel={2} onq4-select={(e) => console.log(e.detail.code)} />;',
        '// @ts-expect-error heading-level takes a number',
        'export const bad = <q4-scorecard headingLevel="two" />;',
        '',
      ].join('\n'),
    );
    const config = {
      compilerOptions: {
        jsx: 'react-jsx',
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ['app.tsx'],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    const files = execFileSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir, '--listFilesOnly'], { encoding: 'utf8' });
    assert.ok(files.includes('/packages/scorecard/dist/frameworks/react.d.ts'), 'the app reads @q4/scorecard/react');
    assert.ok(!files.includes('/packages/widgets/'), 'the app reads nothing of @q4/widgets');
    execFileSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
