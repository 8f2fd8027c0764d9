#!/usr/bin/env node
// Stamps out a new widget package in the house shape: npm run new-widget -- <name>
// Copies the real template files in scripts/templates/widget/ (class, define, figure, chart function, data,
// messages, styles, tests with the shared conformance suite, README, story), filling in the names, and registers
// the package in the workspaces, tsconfig references and @q4/widgets (dependency, define import, re-export,
// README table). Then run `npm install`.
//
// Until you wire its own dataset from @q4/data, the new widget draws a real one (the population of the report's
// five municipalities, CBS), so it passes the conformance suite from the start; never invent numbers.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--'));
const dry = args.includes('--dry-run');
const root = process.cwd();

if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: npm run new-widget -- <name>   (kebab-case, e.g. land-use)');
  process.exit(2);
}
if (['core', 'data', 'widgets', 'render'].includes(name) || existsSync(join(root, 'packages', name))) {
  console.error(`new-widget: packages/${name} exists or is reserved`);
  process.exit(1);
}

const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const Pascal = camel[0].toUpperCase() + camel.slice(1);
const tag = `q4-${name}`;
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const templates = fileURLToPath(new URL('./templates/widget/', import.meta.url));
/** Every placeholder of the templates, in file names and contents. */
const fillIn = (text) => text.replaceAll('__name__', name).replaceAll('__Pascal__', Pascal).replaceAll('__camel__', camel).replaceAll('__version__', version);
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const files = Object.fromEntries(walk(templates).map((file) => [fillIn(relative(templates, file)), fillIn(readFileSync(file, 'utf8'))]));

// --- registrations ---------------------------------------------------------------------------------
const edits = [];
const editJson = (path, fn) => edits.push([path, (text) => `${JSON.stringify(fn(JSON.parse(text)), null, 2)}\n`]);
editJson('package.json', (pkg) => {
  if (!pkg.workspaces.includes(`packages/${name}`)) pkg.workspaces.splice(pkg.workspaces.indexOf('packages/widgets'), 0, `packages/${name}`);
  return pkg;
});
editJson('tsconfig.json', (ts) => {
  ts.references.splice(ts.references.length - 1, 0, { path: `./packages/${name}` });
  return ts;
});
editJson('packages/widgets/package.json', (pkg) => {
  pkg.dependencies[`@q4/${name}`] = version;
  return pkg;
});
editJson('packages/widgets/tsconfig.json', (ts) => {
  ts.references.push({ path: `../${name}` });
  return ts;
});
// The registry (packages/widgets/widgets.json): one entry, from which the npm entry (every define module and every
// API), the CDN's autoloader and lazy/all.js, the embed, the builder and q4-render take the widget
// (scripts/widget-registry.mjs writes their code from it).
editJson('packages/widgets/widgets.json', (registry) => {
  // Its name for people starts as its package name in words; the line on what it shows is the author's to write.
  const words = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const text = { nl: { name: words, summary: '' }, en: { name: words, summary: '' } };
  if (!registry.widgets.some((w) => w.name === name)) registry.widgets.push({ name, figure: `${camel}Figure`, text });
  return registry;
});
// The NL Design System mapping names the widgets' tags in its selectors (CSS has no selector for a tag prefix).
edits.push([
  'packages/widgets/q4-nlds.css',
  (text) => (text.includes(`${tag})`) || text.includes(`${tag},`) ? text : text.replace(/(:where\(q4-[a-z0-9-]+(?:, q4-[a-z0-9-]+)*)\)/g, `$1, ${tag})`)),
]);
edits.push(['packages/widgets/README.md', (text) => text.replace(/\n?$/, `\n| \`<${tag}>\` | \`@q4/${name}\` |\n`)]);

for (const [path, content] of Object.entries(files)) {
  if (dry) {
    console.log(`would write ${path}`);
    continue;
  }
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
  console.log(`wrote ${path}`);
}
for (const [path, edit] of edits) {
  if (dry) {
    console.log(`would update ${path}`);
    continue;
  }
  writeFileSync(join(root, path), edit(readFileSync(join(root, path), 'utf8')));
  console.log(`updated ${path}`);
}
if (!dry) console.log(`\nNext: npm install && npm run format && npm run docs && npm test. Wire the widget's own dataset from @q4/data into default${Pascal}.`);
