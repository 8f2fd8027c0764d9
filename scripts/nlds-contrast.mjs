#!/usr/bin/env node
// Contrast of the palette the widgets derive from an NL Design System theme through q4-nlds.css: text 4.5:1
// against its background, marks and focus rings 3:1 (WCAG 2.1 AA, 1.4.3 and 1.4.11). Prints a table; exits 1
// when a pair falls short. Usage: node scripts/nlds-contrast.mjs [theme.css] [theme class]
// Default: the NL Design System example theme (@nl-design-system-unstable/voorbeeld-design-tokens, EUPL-1.2).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The themes municipalities publish on npm (dev dependencies, used only to check and to show; several are
 * proprietary, so none of their values is copied into our files): package file and theme class.
 */
export const themes = [
  { name: 'NL Design System example (voorbeeld)', file: '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', className: 'voorbeeld-theme' },
  { name: 'Utrecht', file: '@utrecht/design-tokens/dist/index.css', className: 'utrecht-theme' },
  { name: 'Amsterdam', file: '@amsterdam/design-system-tokens/dist/index.theme.css', className: 'ams-theme' },
  { name: 'Rotterdam', file: '@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css', className: 'rotterdam-theme' },
  { name: 'Den Haag', file: '@gemeente-denhaag/design-tokens-components/dist/theme/index.css', className: 'denhaag-theme' },
  { name: 'Rijkshuisstijl', file: '@rijkshuisstijl-community/design-tokens/dist/index.css', className: 'rhc-theme' },
];

/** Custom properties declared in the rule(s) for `selector` (the first matching block per occurrence). */
function declarations(css, selector) {
  const props = new Map();
  const re = new RegExp(`${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`, 'g');
  for (const [, body] of css.matchAll(re)) {
    for (const [, name, value] of body.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) props.set(name, value.trim());
  }
  return props;
}

const root = new URL('../', import.meta.url);
const q4 = declarations(readFileSync(new URL('packages/widgets/q4-nlds.css', root), 'utf8'), ')');

/**
 * The widgets' own light defaults (`--_d-*` in the packages' styles.ts, first declaration = light), which a
 * --q4-color-* token falls back to when no token of its chain is defined by the theme.
 */
const widgetDefaults = new Map();
for (const pkg of readdirSync(new URL('packages/', root))) {
  let css;
  try {
    css = readFileSync(new URL(`packages/${pkg}/src/styles.ts`, root), 'utf8');
  } catch {
    continue;
  }
  for (const [, name, value] of css.matchAll(/(--_d-[\w-]+)\s*:\s*([^;]+);/g)) if (!widgetDefaults.has(name)) widgetDefaults.set(name, value.trim());
}
/** Which default each widget token ends in (see each styles.ts: `var(--q4-color-x, var(--_d-…))`). */
const fallbackOf = {
  '--q4-font-family': undefined, // inherits the page's font
  '--q4-color-text': '--_d-text',
  '--q4-color-muted': '--_d-muted',
  '--q4-color-background': '--_d-background',
  '--q4-color-border': '--_d-border',
  '--q4-color-accent': '--_d-accent',
  '--q4-color-focus': '--_d-accent',
  '--q4-color-link': '--_d-accent',
  '--q4-color-error': '--_d-error',
  '--q4-color-positive': '--_d-w-better',
  '--q4-color-negative': '--_d-w-worse',
  '--q4-color-neutral': '--_d-w-same',
  '--q4-color-reference': '--_d-w-reference',
  '--q4-color-highlight': '--_d-w-country',
  '--q4-color-neutral-strong': '--_d-w-area-2',
};

/** Resolves var() chains (with fallbacks) to a final value; undefined when no token of the chain is defined. */
function resolve(all, value, depth = 0) {
  if (depth > 30) throw new Error(`var() chain too deep: ${value}`);
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(value.trim());
  if (!m) return value.trim();
  const [, name, fallback] = m;
  if (all.has(name)) {
    const got = resolve(all, all.get(name), depth + 1);
    if (got !== undefined) return got;
  }
  if (fallback !== undefined) return resolve(all, fallback, depth + 1);
  return undefined;
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

/** The palette q4-nlds.css derives from one theme, and its contrast pairs. */
export function check(themeFile, themeClass) {
  const theme = declarations(readFileSync(themeFile, 'utf8'), `.${themeClass}`);
  const all = new Map([...theme, ...q4]);
  const token = (name) => {
    const own = resolve(all, `var(${name})`);
    if (!(name in fallbackOf)) throw new Error(`unknown token ${name}`);
    const value = own ?? widgetDefaults.get(fallbackOf[name]) ?? 'inherit';
    return { value, fromTheme: own !== undefined };
  };
  const backgroundToken = token('--q4-color-background');
  const page = backgroundToken.value === 'transparent' ? '#ffffff' : backgroundToken.value;
  const pairs = [
    ['text on the page', '--q4-color-text', page, 4.5],
    ['caption text on the page', '--q4-color-muted', page, 4.5],
    ['links on the page', '--q4-color-link', page, 4.5],
    ['text in a "better" cell', '--q4-color-text', token('--q4-color-positive').value, 4.5],
    ['text in a "worse" cell', '--q4-color-text', token('--q4-color-negative').value, 4.5],
    ['text in an "equal" cell', '--q4-color-text', token('--q4-color-neutral').value, 4.5],
    ['text in a reference cell', '--q4-color-text', token('--q4-color-reference').value, 4.5],
    ['accent marks on the page', '--q4-color-accent', page, 3],
    ['highlight marks on the page', '--q4-color-highlight', page, 3],
    ['secondary marks on the page', '--q4-color-neutral-strong', page, 3],
    ['focus ring on the page', '--q4-color-focus', page, 3],
    ['error border on the page', '--q4-color-error', page, 3],
  ];
  return {
    page,
    font: token('--q4-font-family'),
    accent: token('--q4-color-accent'),
    rows: pairs.map(([what, name, background, needed]) => {
      const { value, fromTheme } = token(name);
      const ratio = contrast(value, background);
      return { what, name, colour: value, fromTheme, background, ratio, needed, ok: ratio >= needed };
    }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const runs =
    args[0] === '--all'
      ? themes.map((t) => ({ ...t, file: require.resolve(t.file) }))
      : [{ name: args[0] ?? themes[0].name, file: args[0] ?? require.resolve(themes[0].file), className: args[1] ?? themes[0].className }];
  let failed = 0;
  let total = 0;
  for (const run of runs) {
    const result = check(run.file, run.className);
    console.log(
      `q4-nlds.css with .${run.className} (${run.file.split('/node_modules/').pop()}); page background ${result.page}; font ${result.font.value}; accent ${result.accent.value}`,
    );
    for (const r of result.rows) {
      total++;
      if (!r.ok) failed++;
      console.log(
        `${r.ok ? 'ok  ' : 'FAIL'} ${r.what.padEnd(30)} ${r.name.padEnd(28)} ${r.colour.padEnd(9)}${r.fromTheme ? ' (theme)' : ' (ours) '} on ${r.background.padEnd(9)} ${r.ratio.toFixed(2)}:1 (needs ${r.needed}:1)`,
      );
    }
  }
  console.log(`contrast: ${total - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
