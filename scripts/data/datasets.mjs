// One builder per dataset: each reads its source from shared/, checks it against what PROVENANCE documents
// (failing the build on any difference) and returns the dataset for data/ and @q4/data.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { geoCentroid, geoContains } from 'd3-geo';
import { feature, neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { parseCsv, num } from './csv.mjs';
import { DataError, expectCodes, expectCount, expectNumbers, expectSum, expectUnique, expectValue } from './checks.mjs';
import { FOCUS, FOCUS_NAMES, PROVINCES, REGION, REGION_CODES } from './regions.mjs';

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
    return parseCsv(this.text(`data/${file}`), file);
  }
  json(file) {
    return JSON.parse(this.text(`data/${file}`));
  }
  seed() {
    const files = readdirSync(join(this.dir, 'seed')).filter((f) => f.endsWith('.txt'));
    if (files.length !== 1) throw new DataError(`seed: expected one text, found ${files.length}`);
    return { file: `seed/${files[0]}`, text: this.text(`seed/${files[0]}`) };
  }
}

const REPORT = 'Stichting Q4, "Regio Heuvelrug Kromme RijnStreek: over complementariteit en identiteit" (May 2015)';
const reportSource = (seed, extra) => ({
  publisher: 'Stichting Q4',
  title: REPORT,
  licence: 'Not stated in the report; quoted from the report.',
  credit: { nl: 'Bron: Stichting Q4, Regio Heuvelrug Kromme RijnStreek (2015)', en: 'Source: Stichting Q4, Regio Heuvelrug Kromme RijnStreek (2015)' },
  file: seed.file,
  ...extra,
});
const CBS_LICENCE = 'CC BY 4.0 (CBS open data)';

// ---------------------------------------------------------------------------------------------
// 1. Scorecard: the report's quality table, parsed from the seed text

const AREAS = [
  { printed: 'De Bilt', code: 'GM0310', name: 'De Bilt', kind: 'municipality' },
  { printed: 'Bunnik', code: 'GM0312', name: 'Bunnik', kind: 'municipality' },
  { printed: 'Zeist', code: 'GM0355', name: 'Zeist', kind: 'municipality' },
  { printed: 'Ut.Heuvelrug', code: 'GM1581', name: 'Utrechtse Heuvelrug', kind: 'municipality' },
  { printed: 'Wijk bij Duurstede', code: 'GM0352', name: 'Wijk bij Duurstede', kind: 'municipality' },
  { printed: 'Provincie Utrecht', code: 'PV26', name: 'Provincie Utrecht', kind: 'province' },
];
const GROUPS = [
  { id: 'cohesie', printed: 'Gebrek aan sociale cohesie', label: { nl: 'Gebrek aan sociale cohesie', en: 'Lack of social cohesion' } },
  { id: 'tevredenheid', printed: 'Tevredenheid met woning en woonomgeving', label: { nl: 'Tevredenheid met woning en woonomgeving', en: 'Satisfaction with home and surroundings' } },
  { id: 'milieuoverlast', printed: 'Milieuoverlast', label: { nl: 'Milieuoverlast', en: 'Environmental nuisance' } },
];
/** `higherIs`: satisfaction is better when higher; exclusion, loneliness, emissions and nuisance worse. */
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
      publisher: 'Provincie Utrecht',
      title: `Staat van Utrecht 2014, as quoted in ${REPORT}`,
      table: 'Kwaliteitsscore van de provincie Utrecht/Heuvelrug KRS (table "Kenmerk …")',
      period: '2014',
      licence: 'Not stated in the report; figures quoted from the report with their source line.',
      sourceLine: lines[creditAt].trim(),
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
// 2a. The report's key figures, with its own wording

const QUALIFIERS = {
  '': { id: 'exact', nl: '', en: '' },
  bijna: { id: 'almost', nl: 'bijna', en: 'almost' },
  'meer dan': { id: 'more-than', nl: 'meer dan', en: 'more than' },
  circa: { id: 'about', nl: 'circa', en: 'about' },
  ongeveer: { id: 'about', nl: 'ongeveer', en: 'about' },
};
const AREA_LABELS = {
  region: { nl: 'Heuvelrug Kromme Rijnstreek', en: 'Heuvelrug Kromme Rijnstreek' },
  'stadsregio-utrecht': { nl: 'Stadsregio Utrecht', en: 'Utrecht city region' },
  'stadsregio-amersfoort': { nl: 'Stadsregio Amersfoort', en: 'Amersfoort city region' },
};
const MEASURES = {
  inhabitants: { unit: 'persons', label: { nl: 'inwoners', en: 'inhabitants' } },
  jobs: { unit: 'jobs', label: { nl: 'arbeidsplaatsen', en: 'jobs' } },
  establishments: { unit: 'establishments', label: { nl: 'bedrijfsvestigingen', en: 'business establishments' } },
  farms: { unit: 'farms', label: { nl: 'landbouwbedrijven', en: 'farms' } },
  'one-person-share': { unit: 'percent', label: { nl: 'vestigingen met één arbeidsplaats (zzp)', en: 'one-person businesses (share of establishments)' } },
};
/** Each figure with the sentence it stands in; `q` captures the report's qualifier, `n` the number. */
const FIGURES = [
  ['region', 'inhabitants', /Er wonen (?<n>190\.000) mensen in deze regio/],
  ['region', 'jobs', /er zijn (?<n>87\.000) arbeidsplaatsen bij/],
  ['region', 'establishments', /arbeidsplaatsen bij (?<q>bijna) (?<n>20\.000) bedrijfsvestigingen/],
  ['stadsregio-utrecht', 'inhabitants', /stadsregio Utrecht heeft (?<q>meer dan) (?<n>550\.000) mensen/],
  ['stadsregio-utrecht', 'jobs', /550\.000 mensen en (?<q>bijna) (?<n>340\.000) arbeidsplaatsen/],
  ['stadsregio-amersfoort', 'inhabitants', /stadsregio Amersfoort (?<n>295\.000) inwoners/],
  ['stadsregio-amersfoort', 'jobs', /295\.000 inwoners en (?<q>bijna) (?<n>145\.000) arbeidsplaatsen/],
  ['region', 'farms', /(?<q>circa) (?<n>300) landbouwbedrijven in de Heuvelrug KRS/],
  ['region', 'one-person-share', /\(zzp-ers\) maken (?<q>ongeveer) (?<n>70)% uit van alle vestigingen/],
];

/** The sentence around `index`: it ends at ". " before a capital (not at the dot of "190.000"). */
const sentenceAround = (text, index, length) => {
  const boundary = /[.!?] (?=[A-Z‘'"])/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index < index) start = m.index + 2;
    else if (m.index >= index + length) {
      end = m.index + 1;
      break;
    }
  }
  return text.slice(start, end).trim();
};

export function buildKeyFigures(sources) {
  const seed = sources.seed();
  const text = seed.text.replace(/\s+/g, ' ');
  const rows = FIGURES.map(([area, measure, re]) => {
    const all = [...text.matchAll(new RegExp(re.source, 'g'))];
    if (all.length !== 1) throw new DataError(`key figures: ${area}/${measure} found ${all.length} times in the seed`);
    const { q = '', n } = all[0].groups;
    const value = Number(n.replace(/\./g, ''));
    const qualifier = QUALIFIERS[q];
    const unit = MEASURES[measure].unit;
    const nl = `${qualifier.nl ? `${qualifier.nl} ` : ''}${n}${unit === 'percent' ? '%' : ''}`;
    const en = `${qualifier.en ? `${qualifier.en} ` : ''}${value.toLocaleString('en-GB')}${unit === 'percent' ? '%' : ''}`;
    return {
      id: `${area}-${measure}`,
      area,
      areaLabel: AREA_LABELS[area],
      measure,
      measureLabel: MEASURES[measure].label,
      value,
      unit,
      qualifier: qualifier.id,
      wording: { nl, en },
      quote: sentenceAround(text, all[0].index, all[0][0].length),
    };
  });
  expectNumbers('key figures', rows, ['value']);
  expectUnique('key figures', rows, (r) => r.id);
  return {
    id: 'key-figures',
    source: reportSource(seed, { table: 'Text of "De regio Heuvelrug Kromme RijnStreek in vogelvlucht" and "Economische specialisaties"', period: '2015 (report)', notes: 'Rounded figures as the report words them; the report gives no year or source for them.' }),
    rows,
  };
}

// ---------------------------------------------------------------------------------------------
// 2b. Population on 1 January, 2012-2023 (CBS)

export function buildPopulation(sources) {
  const codes = new Set(FOCUS.map(([c]) => c));
  const rows = sources
    .csv('bevolking-2012-2023.csv')
    .filter((r) => codes.has(r.region_code))
    .map((r) => ({ code: r.region_code, name: FOCUS_NAMES.get(r.region_code), year: num(r.year), population: num(r.population_1jan) }));
  expectCount('population', rows, codes.size * 12);
  expectCodes('population', rows, 'code', codes);
  expectNumbers('population', rows, ['year', 'population']);
  expectUnique('population', rows, (r) => `${r.code}/${r.year}`);
  const at = (code, year) => rows.find((r) => r.code === code && r.year === year)?.population;
  for (const [code, value] of [['GM0355', 61641], ['GM0310', 42169], ['GM1581', 48183], ['GM0312', 14662], ['GM0352', 23222]]) {
    expectValue('population', `${code} on 1 January 2015`, at(code, 2015), value);
  }
  const order = [...codes];
  rows.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code) || a.year - b.year);
  return {
    id: 'population',
    source: {
      publisher: 'CBS',
      title: 'Population dynamics; birth, death and migration per region',
      table: '37259ENG (identified from the column names; the copy names only "Statistics Netherlands (CBS)")',
      period: '1 January 2012-2023',
      licence: CBS_LICENCE,
      credit: { nl: 'Bron: CBS', en: 'Source: CBS' },
      file: 'data/bevolking-2012-2023.csv',
      notes: 'Population on 1 January, municipalities as they existed in each year.',
    },
    rows,
  };
}

// ---------------------------------------------------------------------------------------------
// 2c. Jobs and establishments per municipality, LISA 2017

export function buildLisa(sources) {
  const all = sources.csv('lisa-2017.csv');
  expectCount('lisa', all, 388);
  // The codes were matched against the municipalities of 2017 in the CBS population table.
  const municipalities2017 = new Set(sources.csv('bevolking-2012-2023.csv').filter((r) => r.year === '2017' && r.region_code.startsWith('GM')).map((r) => r.region_code));
  expectCount('lisa (municipalities of 2017)', [...municipalities2017], 388);
  expectCodes('lisa', all, 'gemeente_code', municipalities2017);
  expectUnique('lisa', all, (r) => r.gemeente_code);
  const codes = new Set(FOCUS.filter(([c]) => c.startsWith('GM')).map(([c]) => c));
  const rows = all
    .filter((r) => codes.has(r.gemeente_code))
    .map((r) => ({ code: r.gemeente_code, name: FOCUS_NAMES.get(r.gemeente_code), year: num(r.jaar), jobs: num(r.banen), establishments: num(r.vestigingen) }));
  expectCount('lisa', rows, codes.size);
  expectNumbers('lisa', rows, ['year', 'jobs', 'establishments']);
  const documented = { GM0312: [9050, 1700], GM0310: [18710, 4620], GM1581: [22330, 5600], GM0352: [6800, 2250], GM0355: [35360, 6310] };
  for (const [code, [jobs, est]] of Object.entries(documented)) {
    const row = rows.find((r) => r.code === code);
    expectValue('lisa', `${code} jobs`, row?.jobs, jobs);
    expectValue('lisa', `${code} establishments`, row?.establishments, est);
  }
  const order = [...codes];
  rows.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
  return {
    id: 'lisa-2017',
    source: {
      publisher: 'Stichting LISA',
      title: 'Overzicht LISA data per gemeente',
      table: 'LISA per gemeente',
      period: '2017',
      licence: "Publication allowed with a clear credit (Bron: 'LISA', with the year), per table or chart.",
      credit: { nl: 'Bron: LISA 2017', en: 'Source: LISA 2017' },
      file: 'data/lisa-2017.csv',
      notes: 'Jobs = fulltimers, parttimers and agency workers (LISA definition); not comparable with CBS employee jobs.',
    },
    rows,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Commuting, December 2014 (CBS 81251NED)

const tenths = (x) => Math.round(x * 10);

export function buildCommuting(sources) {
  const geo2014 = sources.json('gemeenten-2014.topojson');
  const known = new Set([...geo2014.objects.gemeente_2014.geometries.map((g) => g.id), 'BUITENLAND', 'ONBEKEND']);
  const read = (file) =>
    sources.csv(file).map((r) => ({ year: num(r.jaar), from: r.woon_code, fromName: r.woon_gemeente, to: r.werk_code, toName: r.werk_gemeente, thousands: num(r.banen_x1000) }));
  const national = read('pendel-2014-nl.csv');
  expectCount('commuting (national)', national, 83445);
  expectCodes('commuting (national)', national, 'from', known);
  expectCodes('commuting (national)', national, 'to', known);
  expectNumbers('commuting (national)', national, ['thousands']);
  expectUnique('commuting (national)', national, (r) => `${r.from}>${r.to}`);
  expectSum('commuting (national)', 'sum of all cells (thousand jobs, in tenths)', national.reduce((s, r) => s + tenths(r.thousands), 0), 71404, 0);

  const rows = read('pendel-2014.csv');
  expectCount('commuting', rows, 2814);
  expectCodes('commuting', rows, 'from', known);
  expectCodes('commuting', rows, 'to', known);
  expectNumbers('commuting', rows, ['thousands']);
  const five = new Set(REGION_CODES);
  if (rows.some((r) => !five.has(r.from) && !five.has(r.to))) throw new DataError('commuting: a row involves none of the five');
  const nationalCells = new Map(national.map((r) => [`${r.from}>${r.to}`, r.thousands]));
  const subset = national.filter((r) => five.has(r.from) || five.has(r.to));
  expectCount('commuting (national rows of the five)', subset, rows.length);
  for (const r of rows) expectValue('commuting', `${r.from}>${r.to} against the national file`, nationalCells.get(`${r.from}>${r.to}`), r.thousands);

  const names = new Map();
  for (const r of rows) names.set(r.from, r.fromName).set(r.to, r.toName);
  const areas = [...names].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
  const index = new Map(areas.map((a, i) => [a.code, i]));

  // Totals per municipality from the national matrix, so that a map can colour every municipality by its true
  // net balance (jobs located there minus working residents), not only its balance with the five.
  const totals = new Map(areas.map((a) => [a.code, { residents: 0, jobs: 0, internal: 0 }]));
  for (const r of national) {
    const t = tenths(r.thousands);
    if (totals.has(r.from)) totals.get(r.from).residents += t;
    if (totals.has(r.to)) totals.get(r.to).jobs += t;
    if (r.from === r.to && totals.has(r.from)) totals.get(r.from).internal += t;
  }
  for (const code of REGION_CODES) {
    const out = rows.filter((r) => r.from === code).reduce((s, r) => s + tenths(r.thousands), 0);
    const into = rows.filter((r) => r.to === code).reduce((s, r) => s + tenths(r.thousands), 0);
    expectValue('commuting', `working residents of ${code}, extract against national`, out, totals.get(code).residents);
    expectValue('commuting', `jobs in ${code}, extract against national`, into, totals.get(code).jobs);
  }
  rows.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return {
    id: 'commuting-2014',
    source: {
      publisher: 'CBS',
      title: 'Banen werknemers en afstand woon-werk; woon- en werkregio\'s',
      table: '81251NED',
      period: 'December 2014',
      licence: CBS_LICENCE,
      credit: { nl: 'Bron: CBS, banen van werknemers, december 2014', en: 'Source: CBS, employee jobs, December 2014' },
      file: 'data/pendel-2014.csv',
      notes: 'Employee jobs by municipality of residence and of work, rounded to 100 jobs (0 means fewer than 50); self-employed not included. Totals per municipality are sums of rounded cells of the national matrix.',
    },
    nationalTotal: 7140400,
    areas,
    // Flat triples: residence index, work index, jobs in hundreds (the published thousands x 10).
    flows: rows.flatMap((r) => [index.get(r.from), index.get(r.to), tenths(r.thousands)]),
    // Flat quads per area: index, working residents, jobs located, living and working there (hundreds; sums of rounded cells).
    totals: areas.flatMap((a, i) => {
      const t = totals.get(a.code);
      return [i, t.residents, t.jobs, t.internal];
    }),
    csv: rows,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Municipal boundaries 2014 and 2015: the province of Utrecht and its neighbours, lightly simplified

export function buildBoundaries(sources, year) {
  const file = `gemeenten-${year}.topojson`;
  const topo = sources.json(file);
  const object = topo.objects[`gemeente_${year}`];
  const provinces = sources.json('provincies-2015.topojson');
  const utrecht = feature(provinces, { type: 'GeometryCollection', geometries: provinces.objects.provincie_2015.geometries.filter((g) => g.id === 'PV26') });
  const features = feature(topo, object).features;
  const inside = features.map((f) => geoContains(utrecht, geoCentroid(f)));
  const adjacent = neighbors(object.geometries);
  const keep = new Set();
  inside.forEach((isIn, i) => {
    if (!isIn) return;
    keep.add(i);
    for (const j of adjacent[i]) keep.add(j);
  });
  for (const code of REGION_CODES) {
    if (!features.some((f, i) => f.id === code && inside[i])) throw new DataError(`boundaries ${year}: ${code} not found inside the province`);
  }
  const selected = features
    .filter((_, i) => keep.has(i))
    .map((f, i) => ({ type: 'Feature', id: f.id, properties: { code: f.id, name: f.properties.statnaam, province: inside[features.indexOf(f)] ? 'PV26' : null }, geometry: f.geometry }))
    .sort((a, b) => a.id.localeCompare(b.id));
  expectUnique(`boundaries ${year}`, selected, (f) => f.id);
  // Light simplification: drop the least significant 40% of the points (by triangle area), then quantise.
  let out = topology({ gemeenten: { type: 'FeatureCollection', features: selected } });
  out = presimplify(out);
  out = simplify(out, quantile(out, 0.4));
  out = quantize(out, 1e5);
  return {
    id: `boundaries-${year}`,
    source: {
      publisher: 'CBS / Kadaster (PDOK)',
      title: `CBS gebiedsindelingen, cbs_gemeente_${year}_gegeneraliseerd`,
      table: `gemeente_${year} (via edwindj/nl_maps)`,
      period: `1 January ${year}`,
      licence: 'CC BY 4.0 (CBS/Kadaster open geodata)',
      credit: { nl: 'Kaart: CBS/Kadaster', en: 'Map: CBS/Kadaster' },
      file: `data/${file}`,
      notes: `Municipalities of the province of Utrecht (centroid inside PV26) and their neighbours: ${selected.length} of ${features.length}. ${year === 2014 ? 'The municipal classification of the commuting data.' : ''}`.trim(),
    },
    count: selected.length,
    insideProvince: selected.filter((f) => f.properties.province).length,
    topology: out,
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Land use by province, 1996-2015 (CBS 70262NED), with the Netherlands as the sum of the provinces

const LAND = [
  ['totale_oppervlakte_ha', 'total'],
  ['verkeersterrein_ha', 'traffic'],
  ['bebouwd_terrein_ha', 'builtUp'],
  ['semi_bebouwd_terrein_ha', 'semiBuiltUp'],
  ['recreatieterrein_ha', 'recreation'],
  ['agrarisch_terrein_ha', 'agriculture'],
  ['bos_en_open_natuurlijk_terrein_ha', 'forestNature'],
  ['binnenwater_ha', 'innerWater'],
  ['buitenwater_ha', 'outerWater'],
];

export function buildLandUse(sources) {
  const names = new Map(PROVINCES);
  const rows = sources.csv('bodemgebruik-provincies-1996-2015.csv').map((r) => ({
    year: num(r.jaar),
    code: r.regio_code,
    name: names.get(r.regio_code),
    ...Object.fromEntries(LAND.map(([col, key]) => [key, r[col] === '' ? null : num(r[col])])),
    // An empty cell is "no figure": inland provinces have no outer water. Only that column may be empty.
    missing: r.buitenwater_ha === '' ? 'no-figure' : null,
    derived: null,
  }));
  expectCount('land use', rows, 96);
  expectCodes('land use', rows, 'code', new Set(names.keys()));
  expectNumbers('land use', rows, LAND.slice(0, -1).map(([, k]) => k));
  expectNumbers('land use', rows, ['outerWater'], { reasonField: 'missing' });
  expectUnique('land use', rows, (r) => `${r.code}/${r.year}`);
  const utrecht2015 = rows.find((r) => r.code === 'PV26' && r.year === 2015);
  expectValue('land use', 'Utrecht 2015 total', utrecht2015.total, 144913);
  expectValue('land use', 'Utrecht 2015 inner water', utrecht2015.innerWater, 7088);
  const years = [...new Set(rows.map((r) => r.year))].sort();
  expectValue('land use', 'years', years.join(), '1996,2000,2003,2006,2008,2010,2012,2015');
  const sums = years.map((year) => {
    const of = rows.filter((r) => r.year === year);
    expectCount(`land use ${year}`, of, 12);
    const sum = Object.fromEntries(LAND.map(([, k]) => [k, of.reduce((s, r) => s + (r[k] ?? 0), 0)]));
    return { year, code: 'NL01', name: 'Nederland', ...sum, missing: null, derived: 'sum-of-provinces' };
  });
  expectSum('land use', 'sum of the provinces 2015', sums.find((s) => s.year === 2015).total, 4154304, 0);
  return {
    id: 'land-use',
    source: {
      publisher: 'CBS',
      title: 'Bodemgebruik; uitgebreide gebruiksvorm, per gemeente',
      table: '70262NED (provinces only)',
      period: '1996-2015',
      licence: CBS_LICENCE,
      credit: { nl: 'Bron: CBS, bodemgebruik', en: 'Source: CBS, land use' },
      file: 'data/bodemgebruik-provincies-1996-2015.csv',
      notes: 'Hectares. Inland provinces have no figure for outer water (null, missing: "no-figure"). The Netherlands (NL01) is the sum of the 12 provinces, marked derived: "sum-of-provinces"; its outer water is the sum of the provinces that have a figure (CBS gives 4,154,303 ha in all for 2015; the sum is 4,154,304). Municipal figures are not in our sources.',
    },
    rows: [...rows, ...sums],
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Employee jobs by SBI section 2008-2010 (81402NED) and establishments 2007-2012 (81575NED)

const SYMBOLS = {
  x: { reason: 'secret', nl: 'geheim', en: 'confidential' },
  '.': { reason: 'not-available', nl: 'niet beschikbaar', en: 'not available' },
  '-': { reason: 'nil', nl: 'nihil', en: 'nil' },
};

function sectorTable(dataset, raw, { valueField, yearsExpected, regionsExpected, sectionsExpected, symbols, scale }) {
  const regions = new Set(FOCUS.map(([c]) => c));
  const rows = raw.map((r) => {
    const symbol = r.cbs_symbool || null;
    if (symbol && !symbols.includes(symbol)) throw new DataError(`${dataset}: unknown CBS symbol ${JSON.stringify(symbol)}`);
    const value = r[valueField] === '' ? null : num(r[valueField]);
    if (value !== null && symbol) throw new DataError(`${dataset}: ${r.regio_code}/${r.sbi_code}/${r.jaar} has a value and the symbol ${symbol}`);
    if (value === null && !symbol) throw new DataError(`${dataset}: ${r.regio_code}/${r.sbi_code}/${r.jaar} has no value and no symbol`);
    return { year: num(r.jaar), status: r.status, region: r.regio_code, sbi: r.sbi_code, label: r.sbi_omschrijving, value, missing: symbol ? SYMBOLS[symbol].reason : null };
  });
  expectCodes(dataset, rows, 'region', regions);
  expectNumbers(dataset, rows, ['value'], { reasonField: 'missing' });
  expectUnique(dataset, rows, (r) => `${r.year}/${r.region}/${r.sbi}`);
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const sections = [...new Map(rows.map((r) => [r.sbi, r.label]))].map(([code, label]) => ({ code, label }));
  const regionList = [...new Set(rows.map((r) => r.region))];
  expectValue(dataset, 'years', years.join(), yearsExpected.join());
  expectValue(dataset, 'regions', regionList.length, regionsExpected);
  expectValue(dataset, 'sections', sections.length, sectionsExpected);
  expectCount(dataset, rows, years.length * regionList.length * sections.length);
  // Columnar: values in the order year, region, section; scaled to integers.
  const order = FOCUS.map(([c]) => c).filter((c) => regionList.includes(c));
  const values = [];
  const missing = {};
  const status = {};
  for (const year of years) {
    for (const region of order) {
      for (const { code } of sections) {
        const row = rows.find((r) => r.year === year && r.region === region && r.sbi === code);
        status[year] = row.status;
        if (row.value === null) missing[values.length] = row.missing;
        values.push(row.value === null ? null : Math.round(row.value * scale));
      }
    }
  }
  return { rows, table: { years, status, regions: order.map((code) => ({ code, name: FOCUS_NAMES.get(code) })), sections, scale, values, missing } };
}

export function buildSectors(sources) {
  const jobs = sectorTable('employee jobs', sources.csv('banen-sbi-2008-2010.csv'), {
    valueField: 'banen_werknemers_x1000',
    yearsExpected: [2008, 2009, 2010],
    regionsExpected: 19,
    sectionsExpected: 28,
    symbols: ['x', '.'],
    scale: 100,
  });
  const nl2010 = jobs.rows.find((r) => r.region === 'NL01' && r.sbi === 'A-U' && r.year === 2010);
  if (!(nl2010?.value > 7000)) throw new DataError('employee jobs: no national total for 2010');
  const est = sectorTable('establishments', sources.csv('vestigingen-sbi-2007-2012.csv'), {
    valueField: 'vestigingen',
    yearsExpected: [2007, 2008, 2009, 2010, 2011, 2012],
    regionsExpected: 19,
    sectionsExpected: 26,
    symbols: ['-', '.'],
    scale: 1,
  });
  return {
    id: 'sectors',
    jobs: {
      source: {
        publisher: 'CBS',
        title: 'Banen van werknemers; bedrijfstak (SBI 2008), regio',
        table: '81402NED',
        period: 'December 2008-2010 (2008-2009 nader voorlopig, 2010 voorlopig)',
        licence: CBS_LICENCE,
        credit: { nl: 'Bron: CBS, banen van werknemers', en: 'Source: CBS, employee jobs' },
        file: 'data/banen-sbi-2008-2010.csv',
        notes: 'Employee jobs by place of work, in thousands (values x100 in `values`). Not comparable with LISA jobs.',
      },
      ...jobs.table,
    },
    establishments: {
      source: {
        publisher: 'CBS',
        title: 'Vestigingen van bedrijven; bedrijfstak (SBI 2008), gemeente',
        table: '81575NED',
        period: '2007-2012 (voorlopig)',
        licence: CBS_LICENCE,
        credit: { nl: 'Bron: CBS, vestigingen van bedrijven', en: 'Source: CBS, business establishments' },
        file: 'data/vestigingen-sbi-2007-2012.csv',
        notes: 'Counts rounded to 5 by CBS. No overall total and no sections O, P, Q: the rows cannot be summed into a total.',
      },
      ...est.table,
    },
    csv: { jobs: jobs.rows, establishments: est.rows },
  };
}

export const MISSING_LABELS = Object.fromEntries(Object.values(SYMBOLS).map(({ reason, nl, en }) => [reason, { nl, en }]));

// ---------------------------------------------------------------------------------------------
// 7. EU Regional Competitiveness Index 2010-2019

export function buildRci(sources) {
  const rows = sources.csv('rci-2010-2019.csv').map((r) => ({
    country: r.country,
    code: r.nuts_code_2016,
    level: r.level,
    merged: r.merged_region_code || null,
    capital: r.capital_region === 'yes',
    name: r.region_name,
    edition: num(r.edition),
    score: r.rci_zscore === '' ? null : num(r.rci_zscore),
  }));
  expectCount('rci', rows, 1133);
  rows.forEach((r, i) => {
    const ok = r.level === 'country' ? /^[A-Z]{2}$/.test(r.code) : /^[A-Z]{2}[0-9A-Z]{2}\+?$/.test(r.code);
    if (!ok) throw new DataError(`rci: row ${i}: unexpected NUTS code ${JSON.stringify(r.code)} for level ${r.level}`);
  });
  expectNumbers('rci', rows.map((r) => ({ ...r, reason: r.score === null ? 'not in this edition' : '' })), ['score'], { min: -Infinity, reasonField: 'reason' });
  expectUnique('rci', rows, (r) => `${r.code}/${r.edition}`);
  for (const [edition, score] of [[2010, 1.25], [2013, 1.36], [2016, 1.15], [2019, 1.05]]) {
    expectValue('rci', `NL31 ${edition}`, rows.find((r) => r.code === 'NL31' && r.edition === edition)?.score, score);
  }
  const rank = (edition) =>
    rows.filter((r) => r.level === 'region' && r.edition === edition && r.score !== null).sort((a, b) => b.score - a.score).findIndex((r) => r.code === 'NL31') + 1;
  expectValue('rci', 'rank of NL31 in 2010', rank(2010), 1);
  expectValue('rci', 'rank of NL31 in 2013', rank(2013), 1);
  const regions = [...new Map(rows.map((r) => [r.code, { code: r.code, name: r.name, country: r.country, level: r.level, capital: r.capital, merged: r.merged }])).values()];
  const editions = [2010, 2013, 2016, 2019];
  const index = new Map(regions.map((r, i) => [r.code, i]));
  // A region may have no row in an edition (absent) or a row without a score (null): keep the difference.
  const scores = editions.map((e) => {
    const byRegion = new Array(regions.length).fill(null);
    for (const r of rows) if (r.edition === e) byRegion[index.get(r.code)] = r.score;
    return byRegion;
  });
  const absent = editions.map((e) => regions.map((_, i) => i).filter((i) => !rows.some((r) => r.edition === e && index.get(r.code) === i)));
  return {
    id: 'rci',
    source: {
      publisher: 'European Commission, DG REGIO',
      title: 'Regional Competitiveness Index, evolution (editions 2010, 2013, 2016, 2019)',
      table: 'EU Cohesion Open Data Platform geur-y3df',
      period: '2010-2019',
      licence: 'European Commission reuse policy (Decision 2011/833/EU)',
      credit: { nl: 'Bron: Europese Commissie, Regional Competitiveness Index', en: 'Source: European Commission, Regional Competitiveness Index' },
      file: 'data/rci-2010-2019.csv',
      notes: 'z-scores (EU average 0), NUTS 2016. Seven capital regions are merged with their commuting belts (e.g. NL00). Null: no value in that edition.',
    },
    editions,
    regions,
    // scores[edition index][region index]; absent[edition index] lists regions with no row in that edition
    scores,
    absent,
    csv: rows,
  };
}

// ---------------------------------------------------------------------------------------------
// 8. The report's leading sectors and its "van dik naar dun" identity table

const SECTOR_EN = {
  gastvrijheidseconomie: 'Hospitality economy',
  'openbaar bestuur & veiligheid': 'Public administration & safety',
  'zorg & welzijn': 'Care & welfare',
  'voeding & gezondheid': 'Food & health',
  'consultancy & overige diensten': 'Consultancy & other services',
};
const IDENTITY_EN = {
  'Wortels in (lokale) geschiedenis': 'Roots in (local) history',
  'Inspelend op actualiteit': 'Responsive to current events',
  'Impliciete overeenstemming': 'Implicit agreement',
  'Expliciete dialogen': 'Explicit dialogue',
  'Normatieve waarheden': 'Normative truths',
  'Utilitaire toepassingen': 'Utilitarian applications',
  'Gesloten instituties': 'Closed institutions',
  'Open netwerken': 'Open networks',
  'Gezamenlijke cultuur': 'Shared culture',
  'Verschillende culturen': 'Different cultures',
  'Algemeen belang': 'Common interest',
  'Specifiek nut': 'Specific benefit',
  'Directe betrokkenheid': 'Direct involvement',
  'Afstandelijke afweging': 'Detached consideration',
  'Permanente aanwezigheid': 'Permanent presence',
  'Tijdelijke werking': 'Temporary effect',
  'Afweging van belangen': 'Weighing of interests',
  'Strategische inzet': 'Strategic deployment',
  '‘Government’': '‘Government’',
  '‘Governance’': '‘Governance’',
  'Sociale rechtvaardigheid': 'Social justice',
  'Economische doelmatigheid': 'Economic efficiency',
};

export function buildReport(sources) {
  const seed = sources.seed();
  const flat = seed.text.replace(/\s+/g, ' ');
  const m = /Een vijftal sectoren zijn nadrukkelijk vertegenwoordigd: ([^.]+)\./.exec(flat);
  if (!m) throw new DataError('report: the sentence naming the five sectors is not in the seed');
  const printed = m[1].split(/, /).map((s) => s.trim());
  expectCount('leading sectors', printed, 5);
  const sectors = printed.map((p) => {
    if (!SECTOR_EN[p]) throw new DataError(`leading sectors: no English label for "${p}"`);
    return { id: p.replace(/ & /g, '-').replace(/\s+/g, '-'), printed: p, label: { nl: p[0].toUpperCase() + p.slice(1), en: SECTOR_EN[p] } };
  });

  const lines = seed.text.split('\n');
  const tables = [];
  lines.forEach((line, i) => {
    if (!/^Dikke identiteiten\t\s*Dunne identiteiten$/.test(line)) return;
    const pairs = [];
    for (let j = i + 1; j < lines.length && pairs.length < 11; j++) {
      const cells = lines[j].split('\t').map((c) => c.trim()).filter(Boolean);
      if (cells.length === 0) continue;
      if (cells.length !== 2) throw new DataError(`identity: seed line ${j + 1} is not a pair`);
      pairs.push(cells);
    }
    tables.push(pairs);
  });
  if (tables.length !== 2) throw new DataError(`identity: expected the table twice in the seed, found ${tables.length}`);
  expectValue('identity', 'the two printings agree', JSON.stringify(tables[0]), JSON.stringify(tables[1]));
  expectCount('identity', tables[0], 11);
  const identity = tables[0].map(([thick, thin], i) => {
    for (const t of [thick, thin]) if (!IDENTITY_EN[t]) throw new DataError(`identity: no English label for "${t}"`);
    return { id: i + 1, thick: { nl: thick, en: IDENTITY_EN[thick] }, thin: { nl: thin, en: IDENTITY_EN[thin] } };
  });
  return {
    leadingSectors: { id: 'leading-sectors', source: reportSource(seed, { table: 'Economische specialisaties in de regio', period: '2015 (report)', notes: 'The report names the sectors; it gives no figures for them. English labels are ours.' }), rows: sectors },
    identityShift: {
      id: 'identity-shift',
      source: reportSource(seed, { table: 'Verschuiving van identiteit: van dik naar dun', period: '2015 (report)', notes: 'Dutch as printed (the table appears twice, identically); English translations are ours.' }),
      rows: identity,
    },
  };
}
