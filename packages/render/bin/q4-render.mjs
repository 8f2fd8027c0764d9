#!/usr/bin/env node
// q4-render: a Q4 widget as a PNG or SVG image plus an HTML snippet for email (alt text, size, credit, link), or as
// HTML that needs no script (--format html: the widget's tag with a declarative shadow root). `q4-render --help`
// says it all; a mistyped option or value gets a message that names what was meant, and exit code 2.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { VERSION, slug } from '@q4/core';
import { loadAreaIndex, loadNationalPopulation, loadNationalReferences } from '@q4/data';
import { WIDGETS, optionTexts, renderProfile, renderWidget } from '../lib/render.mjs';
import { buildStamp, indexPage, indexScript, renderSite, writeWhole } from '../lib/profile-site.mjs';

/** The options every widget takes: name, what it takes, and what it does, for --help. */
const COMMON = [
  ['lang', 'nl|en', 'language of the texts (default nl)'],
  ['width', 'PX', 'width in CSS pixels, 300-2000 (default 600); a PNG has twice as many pixels'],
  ['format', 'png|svg|html', 'what to write (default: from the --out extension, else png)'],
  ['out', 'FILE', 'where to write it (default: a name that says what it holds); a PNG or SVG gets FILE.html beside it'],
  ['link', 'URL', 'http(s) address of the interactive chart, linked from the newsletter snippet'],
  ['scale', 'N', 'pixels per CSS pixel of a PNG (default 2)'],
  ['data', 'FILE.json', "your own data, in the shape the element's data property takes"],
  ['batch', 'FILE.json', 'render a list of jobs: [{ "widget": …, "out": …, and any option here }]'],
  ['compare', 'NAME|CODE', 'profile: a municipality its sentences compare with too'],
  ['all', '', 'profile: every municipality of today, and an index page with a search box, into --out DIR'],
  ['script', 'URL', "profile: the widgets' script the page loads to take over (default: this release on the npm CDN)"],
  ['help', '', 'this text'],
];
// Every widget's options, from its figure's option table: a flag each (a boolean option is a switch).
const tables = Object.values(WIDGETS).flatMap((w) => Object.entries(w.attributes));
const attributeOptions = Object.fromEntries(tables.map(([name, spec]) => [name, { type: spec.kind === 'boolean' ? 'boolean' : 'string' }]));
const known = [...COMMON.map(([name]) => name), ...Object.keys(attributeOptions)];
/** One widget's options for --help: the flag, what it takes, its default, and its help line (in English). */
const optionLines = (name, w) => {
  const entries = Object.entries(w.attributes);
  if (!entries.length) return ['    (no options of its own)'];
  return entries.map(([option, spec]) => {
    const words = optionTexts[name]?.en?.[option];
    const takes = spec.values
      ? spec.values.join('|')
      : { area: 'NAME|CODE', 'area-list': 'LIST', integer: 'N', text: 'TEXT', boolean: '', enum: '' }[spec.kind];
    const fallback = spec.default === '' || spec.default === 0 ? '' : ` (default ${spec.default})`;
    return `    --${`${option} ${takes}`.trim().padEnd(32)} ${words ? `${words.label}: ${words.help}` : ''}${fallback}`;
  });
};
const help = `q4-render: a Q4 widget as an image with an HTML snippet for a newsletter, or as HTML without script.

usage: q4-render <widget> [options]
       q4-render --batch jobs.json
       q4-render profile (--municipality NAME|CODE | --region LIST [--region-name TEXT]) [--compare NAME|CODE] [--lang nl|en] --out DIR
       q4-render profile --all --out DIR

options:
${COMMON.map(([name, value, text]) => `  --${`${name} ${value}`.trim().padEnd(22)} ${text}`).join('\n')}

widgets and their own options (they take what the element's attributes take):
${Object.entries(WIDGETS)
  .map(([name, w]) => [`  ${name}`, ...optionLines(name, w)].join('\n'))
  .join('\n')}

examples:
  q4-render scorecard --municipality Zeist --out zeist.png --link https://example.org/zeist
  q4-render commute-flows --municipality Maastricht --lang en --width 800 --out maastricht.svg
  q4-render key-figures --region "Bunnik,Houten" --region-name "Voorbeeldregio" --out regio.png
  q4-render scorecard --municipality GM0355 --format html --out zeist.html
  q4-render profile --municipality GM0363 --compare Zwolle --out amsterdam
  q4-render profile --all --out site`;

/** The known option nearest to a mistyped one (at most two edits away), to suggest it. */
function nearest(word) {
  const distance = (a, b) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  const [best] = known.map((k) => [k, distance(word, k)]).sort((a, b) => a[1] - b[1]);
  return best && best[1] <= 2 ? best[0] : null;
}

/** Stops with a message about how the command was called (exit code 2), pointing to --help. */
function usageError(message) {
  console.error(`q4-render: ${message}\n(q4-render --help lists the widgets and their options)`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      width: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      link: { type: 'string' },
      scale: { type: 'string' },
      batch: { type: 'string' },
      data: { type: 'string' },
      compare: { type: 'string' },
      all: { type: 'boolean' },
      script: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...attributeOptions,
    },
  });
} catch (error) {
  // Node's own words name its internals ("To specify a positional argument starting with a '-' …"): say ours.
  const option = /'(-[^']*)'/.exec(error.message)?.[1]?.replace(/^-+/, '');
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const guess = nearest(option);
    usageError(`unknown option --${option}${guess ? `; did you mean --${guess}?` : ''}`);
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) usageError(`--${option.split(' ')[0]} needs a value`);
  usageError(error.message);
}

/** Renders one job and writes the image and its HTML snippet (same name, .html). */
async function run(widget, options) {
  // Own data: a JSON file in the shape the element's `data` property takes (in a batch job, the data itself).
  if (typeof options.data === 'string') options = { ...options, data: JSON.parse(readFileSync(options.data, 'utf8')) };
  const format = options.format ?? (options.out ? extname(options.out).slice(1) || 'png' : 'png');
  const result = await renderWidget(widget, { ...options, format });
  const out = resolve(options.out ?? result.fileName);
  mkdirSync(dirname(out), { recursive: true });
  if (result.format === 'html') {
    writeFileSync(out, result.html);
    return { out, htmlFile: out, height: '…', ...result };
  }
  writeFileSync(out, result.image);
  const htmlFile = out.replace(/\.(png|svg)$/, '') + '.html';
  writeFileSync(htmlFile, result.html.replace(/src="[^"]*"/, `src="${out.split('/').pop()}"`) + '\n');
  return { out, htmlFile, ...result };
}

/** What the build's data are, as a short hash: a page made from other data is stale. */
async function dataTag() {
  const [references, population] = await Promise.all([loadNationalReferences(), loadNationalPopulation()]);
  return createHash('sha256')
    .update(JSON.stringify([references, population]))
    .digest('base64url')
    .slice(0, 12);
}

/** `q4-render profile`: one place's profile page into a folder, or (--all) every municipality's and an index. */
async function profile(values) {
  const { format, batch, data, link, scale, ...options } = values;
  for (const [name, value] of Object.entries({ format, batch, data, link, scale }))
    if (value !== undefined) usageError(`--${name} is not an option of profile`);
  if (options.all) {
    if (!options.out) usageError('profile --all needs --out DIR');
    if (options.municipality || options.region) usageError('profile --all takes no --municipality or --region');
    const started = performance.now();
    const [index, places] = await Promise.all([loadAreaIndex(), WIDGETS['commute-flows'].places()]);
    const entries = [...places].map((code) => ({ code, name: index.byCode.get(code)?.name ?? code })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const lang = options.lang ?? 'nl';
    const dir = resolve(options.out);
    const stamp = buildStamp(options, VERSION, await dataTag());
    let done = 0;
    const { written, skipped } = await renderSite(dir, entries, { lang, width: options.width, script: options.script, compare: options.compare }, stamp, {
      progress: () => {
        if (++done % 25 === 0) console.log(`q4-render: ${done} pages`);
      },
    });
    const first = await renderProfile({ lang, municipality: entries[0].code, width: options.width, script: options.script });
    writeWhole(join(dir, 'profile.css'), first.css);
    writeWhole(join(dir, 'index.js'), indexScript);
    writeWhole(join(dir, 'index.html'), indexPage(entries, lang));
    const seconds = (performance.now() - started) / 1000;
    console.log(`q4-render: ${entries.length} profiles in ${dir}: ${written.length} written, ${skipped} already current, in ${seconds.toFixed(1)} s`);
    return;
  }
  if (!options.municipality && !options.region) usageError('profile needs --municipality or --region (or --all)');
  const page = await renderProfile(options);
  const dir = resolve(options.out ?? `q4-profiel-${slug(page.place.name)}`);
  mkdirSync(dir, { recursive: true });
  writeWhole(join(dir, 'profile.css'), page.css);
  writeWhole(join(dir, page.csvFile), page.csv);
  writeWhole(join(dir, 'index.html'), page.html);
  console.log(`${join(dir, 'index.html')} (${page.title}; readable without script)`);
}

try {
  if (args.positionals[0] === 'profile') {
    if (args.values.help) console.log(help);
    else await profile(args.values);
  } else if (args.values.help) {
    console.log(help);
  } else if (args.values.batch) {
    const jobs = JSON.parse(readFileSync(args.values.batch, 'utf8'));
    if (!Array.isArray(jobs)) throw new Error('the batch file must hold a list of jobs');
    const started = performance.now();
    for (const [i, job] of jobs.entries()) {
      const { widget, ...options } = job ?? {};
      const { out } = await run(widget, options).catch((error) => {
        throw new Error(`job ${i + 1}: ${error.message}`);
      });
      console.log(out);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`q4-render: ${jobs.length} files in ${seconds.toFixed(2)} s (${(jobs.length / seconds).toFixed(1)} per second)`);
  } else {
    const [widget] = args.positionals;
    if (!widget) usageError('name a widget, or a batch file with --batch');
    const { out, htmlFile, width, height, alt, format } = await run(widget, { ...args.values });
    console.log(format === 'html' ? `${out} (HTML without script, ${width} px wide)\nalt: ${alt}` : `${out} (${width}×${height})\n${htmlFile}\nalt: ${alt}`);
  }
} catch (error) {
  console.error(`q4-render: ${error.message}`);
  process.exit(1);
}
