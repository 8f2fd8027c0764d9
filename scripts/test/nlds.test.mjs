// The palette that q4-nlds.css derives from each NL Design System theme meets WCAG AA contrast, and takes the
// theme's own brand colour and font (not our defaults).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { check, themes } from '../nlds-contrast.mjs';

const require = createRequire(import.meta.url);
const script = resolve(import.meta.dirname, '..', 'nlds-contrast.mjs');

test('q4-nlds.css with every theme: text 4.5:1, marks 3:1', () => {
  const run = spawnSync('node', [script, '--all'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const pairs = check(require.resolve(themes[0].file), themes[0].className).rows.length;
  assert.match(run.stdout, new RegExp(`contrast: ${pairs * themes.length} passed, 0 failed`));
});

for (const theme of themes) {
  test(`${theme.name}: the widgets take the theme's font, text, background, link and brand colour`, () => {
    const result = check(require.resolve(theme.file), theme.className);
    assert.ok(result.font.fromTheme, 'font');
    assert.ok(result.accent.fromTheme, 'accent');
    for (const name of ['--q4-color-text', '--q4-color-link', '--q4-color-focus']) {
      assert.ok(result.rows.find((r) => r.name === name).fromTheme, name);
    }
  });
}

test('a palette that falls short fails the check', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(resolve(tmpdir(), 'q4-nlds-'));
  try {
    writeFileSync(resolve(dir, 'pale.css'), '.pale-theme { --basis-color-default-color-document: #bbbbbb; --basis-color-default-bg-document: #ffffff; }');
    const run = spawnSync('node', [script, resolve(dir, 'pale.css'), 'pale-theme'], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /FAIL text on the page/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
