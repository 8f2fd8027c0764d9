// The palette that q4-nlds.css derives from the NL Design System example theme meets WCAG AA contrast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

test('q4-nlds.css with the example theme: text 4.5:1, marks 3:1', () => {
  const run = spawnSync('node', [resolve(import.meta.dirname, '..', 'nlds-contrast.mjs')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /contrast: 12 passed, 0 failed/);
});

test('a palette that falls short fails the check', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(resolve(tmpdir(), 'q4-nlds-'));
  try {
    writeFileSync(resolve(dir, 'pale.css'), '.pale-theme { --basis-color-default-color-document: #bbbbbb; --basis-color-default-bg-document: #ffffff; }');
    const run = spawnSync('node', [resolve(import.meta.dirname, '..', 'nlds-contrast.mjs'), resolve(dir, 'pale.css'), 'pale-theme'], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /FAIL text on the page/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
