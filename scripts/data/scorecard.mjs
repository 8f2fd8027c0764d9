// 1. Scorecard: the report's quality table, parsed from the seed text
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { DataError, expectCount, expectValue } from './checks.mjs';
import { REPORT } from './sources.mjs';

const AREAS = [
  { printed: 'De Bilt', code: 'GM0310', name: 'De Bilt', kind: 'municipality' },
  { printed: 'Bunnik', code: 'GM0312', name: 'Bunnik', kind: 'municipality' },
  { printed: 'Zeist', code: 'GM0355', name: 'Zeist', kind: 'municipality' },
  { printed: 'Ut.Heuvelrug', code: 'GM1581', name: 'Utrechtse Heuvelrug', kind: 'municipality' },
  { printed: 'Wijk bij Duurstede', code: 'GM0352', name: 'Wijk bij Duurstede', kind: 'municipality' },
  { printed: 'Provincie Utrecht', code: 'PV26', name: 'Provincie Utrecht', kind: 'province' },
];
const GROUPS = [
  { id: 'cohesie', printed: 'Gebrek aan sociale cohesie', label: { nl: 'Gebrek aan sociale cohesie' } },
  { id: 'tevredenheid', printed: 'Tevredenheid met woning en woonomgeving', label: { nl: 'Tevredenheid met woning en woonomgeving' } },
  { id: 'milieuoverlast', printed: 'Milieuoverlast', label: { nl: 'Milieuoverlast' } },
];
/** Labels as printed (Dutch); the English ones are the widget's words, in packages/scorecard/src/messages.ts. */
/** `higherIs`: satisfaction is better when higher; exclusion, loneliness, emissions and nuisance worse. */
const INDICATORS = [
  { printed: 'Sociale uitsluiting', id: 'sociale-uitsluiting', group: 'cohesie', higherIs: 'worse', label: { nl: 'Sociale uitsluiting' } },
  { printed: 'Eenzaamheid', id: 'eenzaamheid', group: 'cohesie', higherIs: 'worse', label: { nl: 'Eenzaamheid' } },
  { printed: 'Woning', id: 'woning', group: 'tevredenheid', higherIs: 'better', label: { nl: 'Woning' } },
  { printed: 'Groenvoorziening', id: 'groenvoorziening', group: 'tevredenheid', higherIs: 'better', label: { nl: 'Groenvoorziening' } },
  { printed: 'CO2 Emissie', id: 'co2-emissie', group: 'milieuoverlast', higherIs: 'worse', label: { nl: 'CO2-emissie' } },
  { printed: 'Geurhinder', id: 'geurhinder', group: 'milieuoverlast', higherIs: 'worse', label: { nl: 'Geurhinder' } },
  { printed: 'Geluidshinder', id: 'geluidshinder', group: 'milieuoverlast', higherIs: 'worse', label: { nl: 'Geluidshinder' } },
  { printed: 'Lichtemissie', id: 'lichtemissie', group: 'milieuoverlast', higherIs: 'worse', label: { nl: 'Lichtemissie' } },
];

/** "5,1%" -> { value: 5.1, decimals: 1 }; "--" (the report's mark for no figure) -> null. */
export function parsePercent(printed, where) {
  if (printed === '--') return { value: null, decimals: 0 };
  const m = /^(\d+)(?:,(\d+))?%$/.exec(printed);
  if (!m) throw new DataError(`${where}: cannot read "${printed}" as a percentage`);
  return { value: Number(`${m[1]}.${m[2] ?? '0'}`), decimals: m[2]?.length ?? 0 };
}

export function buildScorecard(sources) {
  const seed = sources.seed();
  const lines = seed.text.split('\n');
  const cells = (line) => line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  const headerAt = lines.findIndex((l) => l.startsWith('Kenmerk'));
  if (headerAt < 0) throw new DataError('scorecard: no header line starting with "Kenmerk" in the seed');
  expectValue('scorecard', 'header', JSON.stringify(cells(lines[headerAt]).slice(1)), JSON.stringify(AREAS.map((a) => a.printed)));
  const creditAt = lines.findIndex((l, i) => i > headerAt && l.includes('Bron: Staat van Utrecht'));
  if (creditAt < 0) throw new DataError('scorecard: no source line after the table');

  const values = [];
  const seenGroups = [];
  let pending = '';
  for (let i = headerAt + 1; i < creditAt; i++) {
    const row = cells(lines[i]);
    if (row.length === 0) continue;
    if (row.length === 1) {
      // Group headings span lines ("Gebrek aan" / "sociale cohesie:").
      pending = `${pending} ${row[0]}`.trim();
      if (pending.endsWith(':')) {
        seenGroups.push(pending.slice(0, -1).replace(/\s+/g, ' '));
        pending = '';
      }
      continue;
    }
    const ind = INDICATORS.find((d) => d.printed === row[0]);
    if (!ind) throw new DataError(`scorecard: unknown row "${row[0]}" (seed line ${i + 1})`);
    expectValue('scorecard', `values in row "${row[0]}"`, row.length - 1, AREAS.length);
    if (GROUPS[seenGroups.length - 1]?.id !== ind.group) throw new DataError(`scorecard: "${row[0]}" is not under its group's heading`);
    AREAS.forEach((area, j) => {
      const printed = row[j + 1];
      const { value, decimals } = parsePercent(printed, `scorecard, seed line ${i + 1}, ${area.printed}`);
      values.push({ indicator: ind.id, area: area.code, value, decimals, printed });
    });
  }
  expectValue('scorecard', 'groups', JSON.stringify(seenGroups), JSON.stringify(GROUPS.map((g) => g.printed)));
  expectCount('scorecard', values, 48);
  const missing = values.filter((v) => v.value === null).map((v) => `${v.area}/${v.indicator}`);
  expectValue('scorecard', 'missing values', missing.join(), 'GM0312/geurhinder');

  return {
    id: 'scorecard',
    source: {
      // The report names no publisher: only its source line "Bron: Staat van Utrecht, 2014".
      publisher: 'Not named in the report (credited there as "Staat van Utrecht, 2014")',
      title: `Staat van Utrecht 2014, as quoted in ${REPORT}`,
      table: 'Kwaliteitsscore van de provincie Utrecht/Heuvelrug KRS (table "Kenmerk …")',
      period: '2014',
      licence: 'Not stated in the report; figures quoted from the report with their source line.',
      sourceLine: lines[creditAt].trim(),
      credit: { nl: 'Bron: Staat van Utrecht, 2014', en: 'Source: Staat van Utrecht, 2014' },
      file: seed.file,
      notes: 'Percentages as printed; the report does not say of what. "--" in the report (Bunnik, Geurhinder) is a missing value.',
    },
    reference: 'PV26',
    areas: AREAS.map(({ code, name, kind, printed }) => ({ code, name, kind, printed })),
    groups: GROUPS.map(({ id, label, printed }) => ({ id, label, printed })),
    indicators: INDICATORS.map(({ id, group, higherIs, label, printed }) => ({ id, group, higherIs, label, printed })),
    values,
  };
}
