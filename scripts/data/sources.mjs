// The project's data/ folder as the dataset builders read it (each file as it arrived, documented in
// data/PROVENANCE.md), and what the builders share about sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.mjs';
import { DataError } from './checks.mjs';

export class Sources {
  constructor(dir) {
    this.dir = dir;
    this.cache = new Map();
  }
  text(path) {
    if (!this.cache.has(path)) this.cache.set(path, readFileSync(join(this.dir, path), 'utf8'));
    return this.cache.get(path);
  }
  csv(file) {
    return parseCsv(this.text(file), file);
  }
  json(file) {
    return JSON.parse(this.text(file));
  }
  seed() {
    const files = readdirSync(join(this.dir, 'seed')).filter((f) => f.endsWith('.txt'));
    if (files.length !== 1) throw new DataError(`seed: expected one text, found ${files.length}`);
    return { file: `data/seed/${files[0]}`, text: this.text(`seed/${files[0]}`) };
  }
}

export const REPORT = 'Stichting Q4, "Regio Heuvelrug Kromme RijnStreek: over complementariteit en identiteit" (May 2015)';
export const reportSource = (seed, extra) => ({
  publisher: 'Stichting Q4',
  title: REPORT,
  licence: 'Not stated in the report; quoted from the report.',
  credit: { nl: 'Bron: Stichting Q4, Regio Heuvelrug Kromme RijnStreek (2015)', en: 'Source: Stichting Q4, Regio Heuvelrug Kromme RijnStreek (2015)' },
  file: seed.file,
  ...extra,
});
export const CBS_LICENCE = 'CC BY 4.0 (CBS open data)';
