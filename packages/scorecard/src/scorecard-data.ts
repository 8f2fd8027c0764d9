import { IssueList, Q4Error, fill, isRecord, isText, listFormat, readRows, type Lang, type Localized } from '@q4/core/figure';
import { findMunicipality, scorecard as source, type ScorecardArea, type ScorecardDataset, type ScorecardIndicator } from '@q4/data';
import { englishLabels, messages } from './messages.js';

export type { ScorecardDataset } from '@q4/data';

/** One value of your own data. */
export interface ScorecardRow {
  /** Area code (CBS code such as `GM0355`, or your own). */
  area: string;
  /** Display name of the area; defaults to the bundled name of that code, else the code. */
  areaName?: string;
  /** One of the eight indicator ids: `sociale-uitsluiting`, `eenzaamheid`, `woning`, `groenvoorziening`,
   * `co2-emissie`, `geurhinder`, `geluidshinder`, `lichtemissie`. */
  indicator: string;
  /** Percentage (0-100), or `null` where there is no figure. */
  value: number | null;
  /** Decimals to show; defaults to 1. */
  decimals?: number;
}

/** What `data` (or the JSON at `src`) may be: a list of rows, or rows with a credit and a reference area. */
export type ScorecardInput =
  | ScorecardRow[]
  | {
      /** The credit line to show, with the source's name and period, e.g. "Bron: gemeente Voorbeeld, enquête 2024" (a fictitious example). */
      credit?: string;
      /** Code of the area every other area is compared with; default `PV26`. */
      reference?: string;
      rows: ScorecardRow[];
    };

/** How one value compares with the reference area. */
export type Comparison = 'better' | 'worse' | 'same' | 'reference' | 'missing' | 'no-reference';

export interface ScorecardCell {
  indicator: ScorecardIndicator;
  area: ScorecardArea;
  value: number | null;
  decimals: number;
  referenceValue: number | null;
  referenceDecimals: number;
  comparison: Comparison;
}

/** The bundled data: the report's table, exactly as printed, with our English names of its groups and indicators. */
export const defaultScorecard: ScorecardDataset = {
  ...source,
  groups: source.groups.map((g) => ({ ...g, label: { nl: g.label.nl, en: englishLabels[g.id] } })),
  indicators: source.indicators.map((i) => ({ ...i, label: { nl: i.label.nl, en: englishLabels[i.id] } })),
};
const bundled = defaultScorecard;

const MAX_ROWS = 10_000;
const INDICATOR_IDS = bundled.indicators.map((i) => i.id);

const expect = {
  row: { nl: 'een object', en: 'an object' },
  area: { nl: 'een gebiedscode (tekst van 1 tot 60 tekens)', en: 'an area code (text of 1 to 60 characters)' },
  areaName: { nl: 'een naam (tekst van 1 tot 80 tekens)', en: 'a name (text of 1 to 80 characters)' },
  indicator: { nl: `een van ${INDICATOR_IDS.join(', ')}`, en: `one of ${INDICATOR_IDS.join(', ')}` },
  value: { nl: 'een percentage van 0 tot 100, of null', en: 'a percentage from 0 to 100, or null' },
  decimals: { nl: 'een geheel getal van 0 tot 3', en: 'a whole number from 0 to 3' },
  unique: { nl: 'één waarde per gebied en kenmerk', en: 'one value per area and indicator' },
  reference: { nl: 'de code van een gebied in de rijen', en: 'the code of an area in the rows' },
  tooMany: { nl: `hoogstens ${MAX_ROWS} rijen`, en: `at most ${MAX_ROWS} rows` },
} satisfies Record<string, Localized>;

/**
 * Validates your own data and turns it into a dataset with the bundled indicator definitions.
 * Throws a ValidationError that names each bad row and field.
 */
export function parseScorecard(input: unknown): ScorecardDataset {
  const issues = new IssueList();
  const { rows, credit, record } = readRows(input, 'rows', issues);
  issues.throwIfAny();
  let reference = bundled.reference;
  if (record?.reference !== undefined) {
    if (isText(record.reference, 60)) reference = record.reference.trim();
    else issues.add({ field: 'reference', expected: expect.reference, received: record.reference });
  }
  if (rows.length > MAX_ROWS) {
    issues.add({ field: 'rows', expected: expect.tooMany, received: rows });
    issues.throwIfAny();
  }

  const areas = new Map<string, ScorecardArea>();
  const seen = new Set<string>();
  const values: ScorecardDataset['values'] = [];
  rows.forEach((row, index) => {
    if (!isRecord(row)) return issues.add({ row: index, expected: expect.row, received: row });
    let ok = true;
    const bad = (field: string, expected: Localized) => {
      ok = false;
      issues.add({ row: index, field, expected, received: row[field] });
    };
    if (!isText(row.area, 60)) bad('area', expect.area);
    if (row.areaName !== undefined && !isText(row.areaName, 80)) bad('areaName', expect.areaName);
    if (typeof row.indicator !== 'string' || !INDICATOR_IDS.includes(row.indicator)) bad('indicator', expect.indicator);
    const value = row.value;
    if (!(value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100))) {
      bad('value', expect.value);
    }
    const decimals = row.decimals ?? 1;
    if (!(Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= 3)) bad('decimals', expect.decimals);
    if (!ok) return;
    const code = (row.area as string).trim();
    const key = `${code}\u0000${row.indicator}`;
    if (seen.has(key)) return issues.add({ row: index, field: 'area', expected: expect.unique, received: `${code} / ${row.indicator}` });
    seen.add(key);
    if (!areas.has(code)) {
      const known = bundled.areas.find((a) => a.code === code);
      const name = typeof row.areaName === 'string' ? row.areaName.trim() : (known?.name ?? code);
      areas.set(code, { code, name, printed: name, kind: known?.kind ?? 'municipality' });
    }
    values.push({ indicator: row.indicator as string, area: code, value: value as number | null, decimals: decimals as number, printed: '' });
  });
  if (values.length && !areas.has(reference)) {
    issues.add({ field: 'reference', expected: expect.reference, received: reference });
  }
  issues.throwIfAny();

  const ref = areas.get(reference);
  if (ref) ref.kind = 'province';
  const ordered = [...areas.values()].filter((a) => a.code !== reference);
  if (ref) ordered.push(ref);
  return {
    id: 'scorecard',
    source: {
      ...bundled.source,
      credit: credit ?? { nl: '', en: '' },
      sourceLine: undefined,
      file: '',
      notes: undefined,
    },
    reference,
    areas: ordered,
    // Only the indicators and groups the rows speak of, so that partial data shows no empty rows.
    groups: bundled.groups.filter((g) => values.some((v) => bundled.indicators.find((i) => i.id === v.indicator)?.group === g.id)),
    indicators: bundled.indicators.filter((i) => values.some((v) => v.indicator === i.id)),
    values,
  };
}

/** The municipalities of a dataset (every area but the reference). */
export function municipalitiesOf(data: ScorecardDataset): ScorecardArea[] {
  return data.areas.filter((a) => a.code !== data.reference);
}

/**
 * Finds a municipality by CBS code (`GM0355`, `0355`, any case) or name (`Zeist`, `zeist`, `Ut.Heuvelrug`), as
 * every widget does (@q4/data's findMunicipality). Returns null for an empty value; throws a Q4Error
 * `unknown-municipality` for anything else unknown.
 */
export function resolveMunicipality(data: ScorecardDataset, value: string | null | undefined, lang: Lang): ScorecardArea | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const match = findMunicipality(municipalitiesOf(data), value, (a) => [a.name, a.printed]);
  if (match) return match;
  const list = listFormat(
    municipalitiesOf(data).map((a) => `${a.name} (${a.code})`),
    lang,
  );
  throw new Q4Error('unknown-municipality', fill(messages[lang].unknownMunicipality, { value: value.slice(0, 60), list }));
}

/** `all` (or empty) means every group; otherwise the id of one group. Throws `invalid-option` when unknown. */
export function resolveGroup(data: ScorecardDataset, value: string | null | undefined, lang: Lang): string | null {
  if (!value || value.trim() === '' || value.trim().toLowerCase() === 'all') return null;
  const group = data.groups.find((g) => g.id === value.trim().toLowerCase());
  if (group) return group.id;
  const list = listFormat(['all', ...data.groups.map((g) => g.id)], lang);
  throw new Q4Error('invalid-option', fill(messages[lang].unknownGroup, { value: value.slice(0, 60), list }));
}

/** Every cell of the scorecard for the indicators of `group` (null: all), with its comparison. */
export function scorecardCells(data: ScorecardDataset, group: string | null = null): ScorecardCell[] {
  const byKey = new Map(data.values.map((v) => [`${v.area}\u0000${v.indicator}`, v]));
  const cells: ScorecardCell[] = [];
  for (const indicator of data.indicators) {
    if (group && indicator.group !== group) continue;
    const ref = byKey.get(`${data.reference}\u0000${indicator.id}`);
    const referenceValue = ref?.value ?? null;
    for (const area of data.areas) {
      const v = byKey.get(`${area.code}\u0000${indicator.id}`);
      const value = v?.value ?? null;
      let comparison: Comparison;
      if (value === null) comparison = 'missing';
      else if (area.code === data.reference) comparison = 'reference';
      else if (referenceValue === null) comparison = 'no-reference';
      else if (Math.abs(value - referenceValue) < 1e-9) comparison = 'same';
      else comparison = value > referenceValue === (indicator.higherIs === 'better') ? 'better' : 'worse';
      cells.push({
        indicator,
        area,
        value,
        decimals: v?.decimals ?? 0,
        referenceValue,
        referenceDecimals: ref?.decimals ?? 0,
        comparison,
      });
    }
  }
  return cells;
}
