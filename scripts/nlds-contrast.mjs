#!/usr/bin/env node
// Contrast of the palette the widgets derive from an NL Design System theme through q4-nlds.css: text 4.5:1
// against its background, marks and focus rings 3:1 (WCAG 2.1 AA, 1.4.3 and 1.4.11). Prints a table; exits 1
// when a pair falls short. Usage: node scripts/nlds-contrast.mjs [theme.css] [theme class]
// Default: the NL Design System example theme (@nl-design-system-unstable/voorbeeld-design-tokens, EUPL-1.2).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const themeFile = process.argv[2] ?? require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css');
const themeClass = process.argv[3] ?? 'voorbeeld-theme';

/** Custom properties declared in the rule(s) for `selector` (the first matching block per occurrence). */
function declarations(css, selector) {
  const props = new Map();
  const re = new RegExp(`${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`, 'g');
  for (const [, body] of css.matchAll(re)) {
    for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) props.set(name, value.trim());
  }
  return props;
}

const theme = declarations(readFileSync(themeFile, 'utf8'), `.${themeClass}`);
const q4 = declarations(readFileSync(new URL('../packages/widgets/q4-nlds.css', import.meta.url), 'utf8'), ')');
const all = new Map([...theme, ...q4]);

/** Resolves var() chains (with fallbacks) to a final value. */
function resolve(value, depth = 0) {
  if (depth > 20) throw new Error(`var() chain too deep: ${value}`);
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(value.trim());
  if (!m) return value.trim();
  const [, name, fallback] = m;
  if (all.has(name)) return resolve(all.get(name), depth + 1);
  if (fallback !== undefined) return resolve(fallback, depth + 1);
  throw new Error(`${name} is not defined by the theme`);
}

function rgb(color) {
  let m = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color);
  if (m) {
    const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color);
  if (m) return m.slice(1, 4).map(Number);
  m = /^hsla?\(\s*([\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%/i.exec(color);
  if (m) {
    const [h, s, l] = [Number(m[1]), Number(m[2]) / 100, Number(m[3]) / 100];
    const k = (n) => (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    return [0, 8, 4].map((n) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)))));
  }
  if (color === 'transparent') return [255, 255, 255];
  throw new Error(`cannot read the colour ${color}`);
}
const luminance = (c) => {
  const [r, g, b] = rgb(c).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

const token = (name) => resolve(`var(${name})`);
const page = token('--q4-color-background') === 'transparent' ? token('--basis-color-default-bg-document') : token('--q4-color-background');
const pairs = [
  ['text on the page', '--q4-color-text', page, 4.5],
  ['caption text on the page', '--q4-color-muted', page, 4.5],
  ['links on the page', '--q4-color-link', page, 4.5],
  ['text in a "better" cell', '--q4-color-text', token('--q4-color-positive'), 4.5],
  ['text in a "worse" cell', '--q4-color-text', token('--q4-color-negative'), 4.5],
  ['text in an "equal" cell', '--q4-color-text', token('--q4-color-neutral'), 4.5],
  ['text in a reference cell', '--q4-color-text', token('--q4-color-reference'), 4.5],
  ['accent marks on the page', '--q4-color-accent', page, 3],
  ['highlight marks on the page', '--q4-color-highlight', page, 3],
  ['secondary marks on the page', '--q4-color-neutral-strong', page, 3],
  ['focus ring on the page', '--q4-color-focus', page, 3],
  ['error border on the page', '--q4-color-error', page, 3],
];
let failed = 0;
console.log(`q4-nlds.css with .${themeClass} (${themeFile.split('/node_modules/').pop()}); page background ${page}`);
for (const [what, name, background, needed] of pairs) {
  const colour = token(name);
  const ratio = contrast(colour, background);
  const ok = ratio >= needed;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what.padEnd(30)} ${name.padEnd(28)} ${colour.padEnd(9)} on ${background.padEnd(9)} ${ratio.toFixed(2)}:1 (needs ${needed}:1)`);
}
console.log(`contrast: ${pairs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
