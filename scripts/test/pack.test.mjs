// What npm would publish: every public package's files are there and its exports point at files in the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { workspaceSources } from '../workspace-sources.mjs';

const repo = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(repo, 'dist', 'cdn', 'q4-widgets.js'));
const packages = readdirSync(join(repo, 'packages')).filter((p) => existsSync(join(repo, 'packages', p, 'package.json')));

function pack(name) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false', '-w', name], {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out)[0].files.map((f) => f.path);
}

for (const dir of packages) {
  const pkg = JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8'));
  test(`${pkg.name}: npm pack holds its exports and types`, { skip: !built && 'run npm run build first' }, () => {
    const files = pack(pkg.name);
    assert.ok(files.includes('README.md'), 'README.md');
    for (const [key, entry] of Object.entries(pkg.exports)) {
      if (key.includes('*')) continue;
      // Every condition (types, default, and any other a consumer's bundler may pick) names a published file.
      const targets = typeof entry === 'string' ? { default: entry } : entry;
      for (const [field, target] of Object.entries(targets)) {
        const file = target.replace(/^\.\//, '');
        assert.ok(files.includes(file), `${key} ${field}: ${file} is not in the package`);
      }
    }
    for (const file of Object.values(pkg.bin ?? {})) assert.ok(files.includes(file.replace(/^\.\//, '')), `bin ${file}`);
    if (pkg.name === '@q4/widgets') {
      for (const file of [
        'dist/cdn/q4-widgets.js',
        'dist/cdn/lazy/all.js',
        'dist/cdn/lazy/scorecard.js',
        'dist/cdn/q4-scorecard.js',
        'dist/embed/index.html',
        'dist/embed/q4-embed.js',
        'dist/builder/index.html',
        'dist/builder/builder.js',
        'dist/profile/index.html',
        'dist/profile/profile.js',
        'dist/profile/profile.css',
        'dist/profile-model/index.js',
      ]) {
        assert.ok(files.includes(file), `${file} is not in @q4/widgets`);
      }
      assert.ok(
        files.some((f) => /^dist\/cdn\/data\/commuting-.*\.js$/.test(f)),
        'commuting data chunk',
      );
    }
    assert.ok(!files.some((f) => f.startsWith('src/') || f.includes('test/')), 'no sources or tests published');
  });
}

// A module imported only for what it does (`import './all.js';`, `import '@q4/scorecard/define';`) must be declared in
// its package's "sideEffects", or bundlers that trust the field (Vite, Rollup, webpack) drop it and its elements are
// never defined: Storybook's pages of several widgets drew nothing when index.ts moved its define imports to all.ts.
test("every module imported for its side effects is declared in its package's sideEffects", () => {
  const packagesDir = join(repo, 'packages');
  const sources = workspaceSources();
  const missing = [];
  let seen = 0;
  for (const dir of packages) {
    const src = join(packagesDir, dir, 'src');
    if (!existsSync(src)) continue;
    for (const file of readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
      const importer = join(src, file);
      for (const [, spec] of readFileSync(importer, 'utf8').matchAll(/^import\s+['"]([^'"]+)['"];/gm)) {
        // Where the import lands in the workspace: a relative file, or an @q4/* specifier through its package's exports.
        const target = spec.startsWith('.') ? resolve(dirname(importer), spec.replace(/\.js$/, '.ts')) : sources.get(spec);
        if (!target) continue;
        seen++;
        const [owner, ...rest] = relative(packagesDir, target).split(sep);
        const { sideEffects } = JSON.parse(readFileSync(join(packagesDir, owner, 'package.json'), 'utf8'));
        if (sideEffects === undefined || sideEffects === true) continue;
        const local = `./${rest.join('/')}`;
        const dist = local.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js');
        if (!(sideEffects || []).includes(local) || !(sideEffects || []).includes(dist))
          missing.push(`${dir}/src/${file} imports ${spec}: packages/${owner} must list ${local} and ${dist}`);
      }
    }
  }
  assert.ok(seen > 0, 'found the side-effect imports');
  assert.deepEqual(missing, []);
});
