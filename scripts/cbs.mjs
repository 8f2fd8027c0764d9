#!/usr/bin/env node
// npm run data:cbs -- <table> [--base URL] [--out DIR]
// Reads a declared slice of a CBS table from the OData v4 API (scripts/data/cbs-odata.mjs), checks it
// (scripts/data/cbs-tables.mjs) and writes our data file: `npm run data:cbs -- 03759ned` makes
// data/bevolking-2019-2026.csv. `--base` reads another copy of the API (the tests serve the stored responses of
// data/cbs-odata4/), `--out` writes to another folder. Everything is read and checked before anything is written,
// and the file is written whole (a temporary file renamed into place): a failure leaves data/ as it was.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CBS_BASE, CbsError, readTable } from './data/cbs-odata.mjs';
import { checkTable, tables } from './data/cbs-tables.mjs';

const usage = `usage: npm run data:cbs -- <table> [--base URL] [--out DIR]
  <table>      one of: ${Object.keys(tables).join(', ')}
  --base URL   the API (default ${CBS_BASE})
  --out DIR    where to write the file (default data/)
  --retries N  times to ask again after a 429 or 503 (default 3)`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string' }, out: { type: 'string' }, retries: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`data:cbs: ${error.message}\n${usage}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}
const [table, ...extra] = args.positionals;
if (!table || extra.length || !tables[table]) {
  console.error(`data:cbs: ${table ? `no declared slice of table "${table}"` : 'name a table'}\n${usage}`);
  process.exit(2);
}
const declared = tables[table];
const base = args.values.base ?? CBS_BASE;
const out = resolve(args.values.out ?? 'data');
const retries = Number(args.values.retries ?? 3);

try {
  const read = await readTable(base, table, { filter: declared.filter, retries, log: (line) => console.error(line) });
  checkTable(declared, read);
  const text = declared.write(read);
  mkdirSync(out, { recursive: true });
  const file = join(out, declared.file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  console.log(
    `data:cbs: ${table} version ${read.properties.Version}: ${read.observations.length} observations on ${read.pages} page(s) -> ${file} (${text.split('\r\n').length - 2} rows)`,
  );
} catch (error) {
  console.error(`data:cbs: ${error instanceof CbsError ? error.message : `${table}: ${error.stack}`}\nNothing was written.`);
  process.exit(1);
}
