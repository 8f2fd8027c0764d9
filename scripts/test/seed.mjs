// For the tests: the text of the report of May 2015 as data/seed/ holds it, read from the file itself. No tests here.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const seedDir = resolve(import.meta.dirname, '..', '..', 'data', 'seed');

/** The seed text that contains `marker` (the report's text, where its tables and quotes are). */
export function seedText(marker) {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(seedDir, f), 'utf8'))
    .find((text) => text.includes(marker));
}
