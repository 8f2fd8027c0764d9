// 7. The area index: every municipality code of 2012-2026 with its Dutch name and the years it existed, and the
// reorganisations of 2013-2026 in CBS's own record (the RegioS codes of 03759ned, read by history.mjs). One small
// module that every widget, the iframe and q4-render resolve `municipality` and `region` against (loaded on demand).
import { num } from './csv.mjs';
import { DataError, expectCount, expectUnique } from './checks.mjs';
import { readHistory } from './history.mjs';

const KINDS = { samenvoeging: 'merge', naamswijziging: 'rename', splitsing: 'split', grenscorrectie: 'correction' };

/**
 * Names people use that are not the CBS name: the CBS classification calls the seat of government
 * "'s-Gravenhage" and the capital of Brabant "'s-Hertogenbosch"; most people type "Den Haag" and "Den Bosch".
 */
const ALIASES = [
  ['Den Haag', 'GM0518'],
  ['Den Bosch', 'GM0796'],
];

export function buildAreas(sources) {
  // The years each code has a population on 1 January: 2012-2023 from 37259ENG, 2019-2026 from 03759ned (equal
  // on every shared cell, data/PROVENANCE.md section 8).
  const population = [...sources.csv('bevolking-2012-2023.csv'), ...sources.csv('bevolking-2019-2026.csv')].filter((r) => r.region_code.startsWith('GM'));
  const years = new Map();
  const englishNames = new Map();
  const inhabitants = new Map();
  for (const r of population) {
    const y = num(r.year);
    const span = years.get(r.region_code) ?? [y, y];
    years.set(r.region_code, [Math.min(span[0], y), Math.max(span[1], y)]);
    if (!/\(gemeente\)$/.test(r.region_name)) englishNames.set(r.region_code, r.region_name);
    inhabitants.set(`${r.region_code} ${y}`, num(r.population_1jan));
  }
  // The codes of 1 January 2010, the oldest classification a widget reads: those with employee jobs in 2010 in CBS
  // 81402NED (data/banen-sbi-2008-2010-nl.csv; "." there means the code did not exist that year).
  const codes2010 = sources
    .csv('banen-sbi-2008-2010-nl.csv')
    .filter((r) => r.jaar === '2010' && r.sbi_code === 'A-U' && r.regio_code.startsWith('GM') && r.cbs_symbool !== '.')
    .map((r) => r.regio_code);
  expectCount('area index: municipalities of 2010', codes2010, 431);
  for (const code of codes2010) years.set(code, [2010, years.get(code)?.[1] ?? 2010]);
  // The reorganisations after 1 January 2010 (the codes of 2010 are the first a widget reads).
  const { changes, mismatches } = readHistory(sources.json('cbs-odata4/03759ned/codes-RegioS.json').value, { from: 2010, to: 2026 });
  if (mismatches.length) throw new DataError(`reorganisations: CBS's record disagrees with itself: ${mismatches.join('; ')}`);
  const after2010 = changes.filter((c) => c.date > '2010-01-01');
  // The years of 2010-2011, which no population file covers: a code that ended then lived until the year before its
  // end (Abcoude, merged on 1 January 2011: 2010), one that began then from its first 1 January.
  for (const c of after2010.filter((e) => e.date < '2012-01-02')) {
    const y = Number(c.date.slice(0, 4));
    const onNewYear = c.date.endsWith('-01-01');
    const from = years.get(c.from);
    if (from && from[1] < 2012 && c.kind !== 'grenscorrectie') years.set(c.from, [from[0], onNewYear ? y - 1 : y]);
    const to = years.get(c.to);
    if (to && to[0] > y) years.set(c.to, [onNewYear ? y : y + 1, to[1]]);
  }
  const events = after2010.map((c) => {
    // A border correction's share of the giver's inhabitants: what moved, of what it had the day before (what it
    // kept on the next 1 January, plus what moved).
    const kept = inhabitants.get(`${c.from} ${c.date.slice(0, 4)}`);
    const share = c.kind === 'grenscorrectie' ? (kept === undefined ? NaN : c.inhabitants / (kept + c.inhabitants)) : c.share;
    return { date: c.date, from: c.from, fromName: c.fromName.replace(/ \(gemeente\)$/, ''), to: c.to, toName: c.toName.replace(/ \(gemeente\)$/, ''), kind: KINDS[c.kind], share, inhabitants: c.inhabitants };
  });
  expectCount('reorganisations 2010-2026', events, 134);
  if (events.some((e) => !e.kind || !(e.share > 0 && e.share <= 1))) throw new DataError('reorganisations: a change has an unknown kind or a bad share');

  // Dutch names, latest source first: the reorganisations, LISA 2017, the boundaries of 2015 and 2014, the
  // commuting matrix; the CBS English label (minus " Municipality") only where none of these has the code.
  const names = new Map();
  const put = (code, name) => {
    if (code.startsWith('GM') && !names.has(code)) names.set(code, name);
  };
  for (const e of [...events].reverse()) {
    put(e.to, e.toName);
    put(e.from, e.fromName);
  }
  for (const r of sources.csv('lisa-2017.csv')) put(r.gemeente_code, r.gemeente);
  for (const [file, object] of [['gemeenten-2015.topojson', 'gemeente_2015'], ['gemeenten-2014.topojson', 'gemeente_2014']]) {
    for (const g of sources.json(file).objects[object].geometries) put(g.id, g.properties.statnaam);
  }
  const commuting = sources.csv('pendel-2014-nl.csv');
  for (const r of commuting) put(r.woon_code, r.woon_gemeente.replace(/ \(gemeente\)$/, ''));
  for (const [code, label] of englishNames) put(code, label.replace(/ Municipality$/, ''));

  // Codes present in each year: the population files' (1 January).
  const codes = [...years.keys()].sort();
  const inYear = (y) => codes.filter((c) => years.get(c)[0] <= y && y <= years.get(c)[1]);
  expectCount('area index: municipalities of 2010', inYear(2010), 431);
  expectCount('area index: municipalities of 2014', inYear(2014), 403);
  expectCount('area index: municipalities of 2017', inYear(2017), 388);
  expectCount('area index: municipalities of 2023', inYear(2023), 342);
  expectCount('area index: municipalities of 2026', inYear(2026), 342);
  const codes2014 = new Set(sources.json('gemeenten-2014.topojson').objects.gemeente_2014.geometries.map((g) => g.id));
  for (const c of inYear(2014)) if (!codes2014.has(c)) throw new DataError(`area index: ${c} exists in 2014 but is not on the 2014 map`);
  for (const r of commuting) if (r.woon_code.startsWith('GM') && !codes2014.has(r.woon_code)) throw new DataError(`area index: commuting code ${r.woon_code} unknown`);
  const lisaCodes = new Set(sources.csv('lisa-2017.csv').map((r) => r.gemeente_code));
  for (const c of inYear(2017)) if (!lisaCodes.has(c)) throw new DataError(`area index: ${c} exists in 2017 but has no LISA row`);
  for (const e of events) {
    for (const c of [e.from, e.to]) if (!years.has(c)) throw new DataError(`area index: reorganisation code ${c} is not in the population file`);
  }
  const municipalities = codes.map((code) => {
    if (!names.has(code)) throw new DataError(`area index: no name for ${code}`);
    return [code, names.get(code), ...years.get(code)];
  });
  expectUnique('area index', municipalities, (m) => m[0]);
  const aliases = ALIASES.map(([alias, code]) => {
    if (!years.has(code)) throw new DataError(`area index: alias ${alias} points to unknown ${code}`);
    return [alias, code];
  });
  return {
    id: 'areas',
    source: {
      publisher: 'CBS',
      title:
        'Municipal classification 2010-2026 (employee jobs of 2010, 81402NED; population on 1 January 2012-2026, 37259ENG and 03759ned) and its reorganisations after 1 January 2010 (the RegioS codes of 03759ned)',
      table: '81402NED; 37259ENG; 03759ned',
      period: '1 January 2010 - 1 January 2026',
      licence: 'CC BY 4.0 (CBS open data)',
      credit: { nl: 'Bron: CBS, gemeentelijke indeling 2010-2026', en: 'Source: CBS, municipal classification 2010-2026' },
      file: 'data/banen-sbi-2008-2010-nl.csv, data/bevolking-2012-2023.csv, data/bevolking-2019-2026.csv, data/cbs-odata4/03759ned/codes-RegioS.json',
    },
    lastYear: 2026,
    municipalities,
    aliases,
    events: events.map((e) => [e.date, e.from, e.to, e.kind, Math.round(e.share * 1e4) / 1e4, e.inhabitants]),
  };
}
