#!/usr/bin/env node
// q4-render: a Q4 widget as a PNG or SVG image plus an HTML snippet for email (alt text, size, credit, link), or as
// HTML that needs no script (--format html: the widget's tag with a declarative shadow root).
//
//   q4-render scorecard --municipality GM0355 --lang nl --width 600 --format png --out zeist.png --link https://…
//   q4-render --batch jobs.json        (a list of { "widget": …, "out": …, and any option above })
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { WIDGETS, renderWidget } from '../lib/render.mjs';

const attributeOptions = Object.fromEntries([...new Set(Object.values(WIDGETS).flatMap((w) => w.attributes))].map((a) => [a, { type: 'string' }]));
const usage = `usage: q4-render <widget> [--lang nl|en] [--width 600] [--format png|svg|html] [--out FILE] [--link URL] [--data FILE.json] [attributes]
       q4-render --batch jobs.json
widgets: ${Object.entries(WIDGETS)
  .map(([name, w]) => `${name} (${w.attributes.map((a) => `--${a}`).join(' ')})`)
  .join('; ')}`;

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
      help: { type: 'boolean' },
      ...attributeOptions,
    },
  });
} catch (error) {
  console.error(`q4-render: ${error.message}\n${usage}`);
  process.exit(2);
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

try {
  if (args.values.help) {
    console.log(usage);
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
    if (!widget) throw new Error(usage);
    const { out, htmlFile, width, height, alt, format } = await run(widget, { ...args.values });
    console.log(format === 'html' ? `${out} (HTML without script, ${width} px wide)\nalt: ${alt}` : `${out} (${width}×${height})\n${htmlFile}\nalt: ${alt}`);
  }
} catch (error) {
  console.error(`q4-render: ${error.message}`);
  process.exit(1);
}
