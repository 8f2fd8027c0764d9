#!/usr/bin/env node
// Derives the project's data/ and the typed modules of @q4/data from the sources in ../shared/.
// Re-running it gives the same bytes. `--check` writes nothing and fails when a committed file
// differs from what the sources give (used by the tests).
//
// Sources: the seed report (../shared/seed/*.txt). Its tables are parsed from the text itself, so
// every number is the report's as printed; the script only attaches ids, CBS codes and labels.
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.Q4_SHARED ?? join(root, '..', 'shared'));
const check = process.argv.includes('--check');

function fail(message) {
  console.error(`build-data: ${message}`);
  process.exit(1);
}

function readSeed() {
  const dir = join(shared, 'seed');
  if (!existsSync(dir) && check) {
    // The committed data/ is still tested (scripts/test); only the comparison with the sources is skipped.
    console.log(`build-data --check: skipped, no sources at ${shared} (set Q4_SHARED to the shared/ folder)`);
    process.exit(0);
  }
  if (!existsSync(dir)) fail(`no seed folder at ${dir} (set Q4_SHARED to the shared/ folder)`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  if (files.length !== 1) fail(`expected one seed text in ${dir}, found ${files.length}`);
  return { file: `seed/${files[0]}`, text: readFileSync(join(dir, files[0]), 'utf8') };
}

// ---------------------------------------------------------------------------------------------
// 1. The quality scorecard ("Kenmerk … Bron: Staat van Utrecht, 2014")

/** The table's column headers as printed, mapped to CBS codes (see ../shared/data/PROVENANCE.md). */
const AREAS = [
  { printed: 'De Bilt', code: 'GM0310', name: 'De Bilt', kind: 'municipality' },
  { printed: 'Bunnik', code: 'GM0312', name: 'Bunnik', kind: 'municipality' },
  { printed: 'Zeist', code: 'GM0355', name: 'Zeist', kind: 'municipality' },
  { printed: 'Ut.Heuvelrug', code: 'GM1581', name: 'Utrechtse Heuvelrug', kind: 'municipality' },
  { printed: 'Wijk bij Duurstede', code: 'GM0352', name: 'Wijk bij Duurstede', kind: 'municipality' },
  { printed: 'Provincie Utrecht', code: 'PV26', name: 'Provincie Utrecht', kind: 'province' },
];

/** The table's three groups, as printed (the printed headings span lines and end in a colon). */
const GROUPS = [
  { id: 'cohesie', printed: 'Gebrek aan sociale cohesie', label: { nl: 'Gebrek aan sociale cohesie', en: 'Lack of social cohesion' } },
  { id: 'tevredenheid', printed: 'Tevredenheid met woning en woonomgeving', label: { nl: 'Tevredenheid met woning en woonomgeving', en: 'Satisfaction with home and surroundings' } },
  { id: 'milieuoverlast', printed: 'Milieuoverlast', label: { nl: 'Milieuoverlast', en: 'Environmental nuisance' } },
];

/**
 * The eight indicators in printed order. `higherIs` says how a higher value reads: satisfaction is
 * better when higher; exclusion, loneliness, emissions and nuisance are worse when higher.
 */
const INDICATORS = [
  { printed: 'Sociale uitsluiting', id: 'sociale-uitsluiting', group: 'cohesie', higherIs: 'worse', label: { nl: 'Sociale uitsluiting', en: 'Social exclusion' } },
  { printed: 'Eenzaamheid', id: 'eenzaamheid', group: 'cohesie', higherIs: 'worse', label: { nl: 'Eenzaamheid', en: 'Loneliness' } },
  { printed: 'Woning', id: 'woning', group: 'tevredenheid', higherIs: 'better', label: { nl: 'Woning', en: 'Home' } },
  { printed: 'Groenvoorziening', id: 'groenvoorziening', group: 'tevredenheid', higherIs: 'better', label: { nl: 'Groenvoorziening', en: 'Green space' } },
  { printed: 'CO2 Emissie', id: 'co2-emissie', group: 'milieuoverlast', higherIs: 'worse', label: { nl: 'CO2-emissie', en: 'CO2 emission' } },
  { printed: 'Geurhinder', id: 'geurhinder', group: 'milieuoverlast', higherIs: 'worse', label: { nl: 'Geurhinder', en: 'Odour nuisance' } },
  { printed: 'Geluidshinder', id: 'geluidshinder', group: 'milieuoverlast', higherIs: 'worse', label: { nl: 'Geluidshinder', en: 'Noise nuisance' } },
  { printed: 'Lichtemissie', id: 'lichtemissie', group: 'milieuoverlast', higherIs: 'worse', label: { nl: 'Lichtemissie', en: 'Light emission' } },
];

/** "5,1%" -> { value: 5.1, decimals: 1 }; "--" (the report's mark for no figure) -> null. */
function parsePercent(printed, where) {
  if (printed === '--') return { value: null, decimals: 0 };
  const m = /^(\d+)(?:,(\d+))?%$/.exec(printed);
  if (!m) fail(`${where}: cannot read "${printed}" as a percentage`);
  const decimals = m[2]?.length ?? 0;
  return { value: Number(`${m[1]}.${m[2] ?? '0'}`), decimals };
}

function buildScorecard(seed) {
  const lines = seed.text.split('\n');
  const cells = (line) => line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  const headerAt = lines.findIndex((l) => l.startsWith('Kenmerk'));
  if (headerAt < 0) fail('scorecard: no header line starting with "Kenmerk" in the seed');
  const header = cells(lines[headerAt]).slice(1);
  if (JSON.stringify(header) !== JSON.stringify(AREAS.map((a) => a.printed))) {
    fail(`scorecard: header ${JSON.stringify(header)} differs from the expected columns`);
  }
  const creditAt = lines.findIndex((l, i) => i > headerAt && l.includes('Bron: Staat van Utrecht'));
  if (creditAt < 0) fail('scorecard: no source line after the table');
  const sourceLine = lines[creditAt].trim();

  // Group headings span lines ("Gebrek aan" / "sociale cohesie:"); join the text between rows.
  const values = [];
  let pending = '';
  const seenGroups = [];
  for (let i = headerAt + 1; i < creditAt; i++) {
    const row = cells(lines[i]);
    if (row.length === 0) continue;
    if (row.length === 1) {
      pending = `${pending} ${row[0]}`.trim();
      if (pending.endsWith(':')) {
        seenGroups.push(pending.slice(0, -1).replace(/\s+/g, ' '));
        pending = '';
      }
      continue;
    }
    const ind = INDICATORS.find((d) => d.printed === row[0]);
    if (!ind) fail(`scorecard: unknown row "${row[0]}" (seed line ${i + 1})`);
    if (row.length !== AREAS.length + 1) fail(`scorecard: row "${row[0]}" has ${row.length - 1} values, expected ${AREAS.length}`);
    const group = GROUPS[seenGroups.length - 1];
    if (!group || group.id !== ind.group) fail(`scorecard: "${row[0]}" is not under the heading of group ${ind.group}`);
    AREAS.forEach((area, j) => {
      const printed = row[j + 1];
      const { value, decimals } = parsePercent(printed, `seed line ${i + 1}, ${area.printed}`);
      values.push({ indicator: ind.id, area: area.code, value, decimals, printed });
    });
  }
  if (JSON.stringify(seenGroups) !== JSON.stringify(GROUPS.map((g) => g.printed))) {
    fail(`scorecard: groups ${JSON.stringify(seenGroups)} differ from the expected ones`);
  }
  if (values.length !== INDICATORS.length * AREAS.length) fail(`scorecard: ${values.length} values, expected 48`);
  const missing = values.filter((v) => v.value === null);
  if (missing.length !== 1 || missing[0].area !== 'GM0312' || missing[0].indicator !== 'geurhinder') {
    fail('scorecard: expected exactly one missing value (Bunnik, Geurhinder)');
  }

  return {
    id: 'scorecard',
    source: {
      publisher: 'Provincie Utrecht',
      title: 'Staat van Utrecht 2014, as quoted in the Q4 report "Regio Heuvelrug Kromme RijnStreek" (Stichting Q4, May 2015)',
      table: 'Kwaliteitsscore van de provincie Utrecht/Heuvelrug KRS (table "Kenmerk …")',
      period: '2014',
      licence: 'Not stated in the report; figures quoted from the report with their source line.',
      sourceLine,
      credit: { nl: 'Bron: Staat van Utrecht, 2014', en: 'Source: Staat van Utrecht, 2014' },
      file: seed.file,
      notes: 'Percentages of residents as printed. "--" in the report (Bunnik, Geurhinder) is a missing value.',
    },
    reference: 'PV26',
    areas: AREAS.map(({ code, name, kind, printed }) => ({ code, name, kind, printed })),
    groups: GROUPS.map(({ id, label, printed }) => ({ id, label, printed })),
    indicators: INDICATORS.map(({ id, group, higherIs, label, printed }) => ({ id, group, higherIs, label, printed })),
    values,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

const outputs = [];
function emit(path, content) {
  outputs.push({ path, content });
}

const seed = readSeed();
const scorecard = buildScorecard(seed);
emit('data/scorecard.json', `${JSON.stringify(scorecard, null, 1)}\n`);
emit(
  'packages/data/src/scorecard.ts',
  `// Generated by scripts/build-data.mjs from ${seed.file}: do not edit by hand.\n` +
    `import type { ScorecardDataset } from './types.js';\n\n` +
    `/** The seed's quality scorecard (Staat van Utrecht 2014), exactly as printed in the report. */\n` +
    `export const scorecard: ScorecardDataset = ${JSON.stringify(scorecard, null, 2)};\n`,
);

let stale = 0;
for (const { path, content } of outputs) {
  const file = join(root, path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === content) continue;
  if (check) {
    console.error(`build-data --check: ${path} is not what the sources give; run npm run data`);
    stale++;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
console.log(`build-data: ${outputs.length} files ${check ? 'up to date' : 'written'}; scorecard ${scorecard.values.length} values, ${scorecard.values.filter((v) => v.value === null).length} missing`);
