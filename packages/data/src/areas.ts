// The area index: resolves what a user types (`municipality="utrecht"`, `region="GM0344,GM0307"`) to CBS codes,
// and a code to what it was in a dataset's year, through the reorganisations of 2014-2024. Pure functions over
// a small generated table; no wording here (the widgets say things in their language, from these results).
import { provinces } from './generated/region.js';
import type { AreaIndexRaw, ReorganisationKind } from './types.js';
import { municipalityCode, normaliseName } from './municipality-key.js';

export interface Municipality {
  code: string;
  name: string;
  /** First and last year with a population figure on 1 January (2012-2023; a code alive in 2023 lives on). */
  first: number;
  last: number;
}

export interface Reorganisation {
  date: string;
  year: number;
  from: string;
  to: string;
  kind: ReorganisationKind;
  share: number;
  /** Inhabitants that moved, as CBS recorded them on the day (null for a rename, which moves no one). */
  inhabitants: number | null;
}

export interface AreaIndex {
  municipalities: Municipality[];
  byCode: Map<string, Municipality>;
  events: Reorganisation[];
  lastYear: number;
  /** Normalised name or alias → codes. */
  names: Map<string, string[]>;
}

/**
 * A province by CBS code (`PV30`) or name, in any case, with or without diacritics, hyphens or "provincie"
 * ("Noord-Brabant", "provincie utrecht", "Fryslân", "Friesland"); null for anything else.
 */
export function findProvince(text: string): { code: string; name: string } | null {
  const key = normaliseName(text).replace(/^(de )?provincie /, '').replace(/\s*\((pv|provincie)\)$/, '');
  const alias = key === 'friesland' ? 'PV21' : null;
  return provinces.find((p) => p.code.toLowerCase() === key || normaliseName(p.name) === key || p.code === alias) ?? null;
}

/** The name without a province suffix: "bergen (nh.)" → "bergen". */
const baseName = (normalised: string) => normalised.replace(/\s*\([a-z. ]{1,6}\)$/, '');

export function expandAreaIndex(raw: AreaIndexRaw): AreaIndex {
  const municipalities = raw.municipalities.map(([code, name, first, last]) => ({ code, name, first, last }));
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const names = new Map<string, string[]>();
  const add = (key: string, code: string) => {
    const list = names.get(key) ?? [];
    if (!list.includes(code)) names.set(key, [...list, code]);
  };
  for (const m of municipalities) {
    const full = normaliseName(m.name);
    add(full, m.code);
    if (baseName(full) !== full) add(baseName(full), m.code);
  }
  for (const [alias, code] of raw.aliases) add(normaliseName(alias), code);
  const events = raw.events.map(([date, from, to, kind, share, inhabitants]) => ({ date, year: Number(date.slice(0, 4)), from, to, kind, share, inhabitants }));
  return { municipalities, byCode, events, lastYear: raw.lastYear, names };
}

/** What a typed municipality resolves to. */
export type Lookup =
  | { found: Municipality }
  | { ambiguous: Municipality[] }
  | { unknown: string; suggestions: Municipality[] };

/** Edit distance, for suggestions (names are short: at most a few dozen characters). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The closest names to a text that matched none: prefix matches first, then the smallest edit distances. */
export function suggest(index: AreaIndex, text: string, count = 3): Municipality[] {
  const wanted = baseName(normaliseName(text));
  if (!wanted) return [];
  const scored = index.municipalities.map((m) => {
    const name = normaliseName(m.name);
    const d = name.startsWith(wanted) || wanted.startsWith(baseName(name)) ? 0.5 : distance(wanted, baseName(name));
    // A code still alive wins a tie over a dissolved one.
    return { m, d: d + (m.last < 2023 ? 0.25 : 0) };
  });
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  return scored
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || a.m.name.localeCompare(b.m.name, 'nl'))
    .slice(0, count)
    .map((s) => s.m);
}

/**
 * Resolves a CBS code (`GM0344`, `gm0344`, `0344`) or a name in any case, with or without diacritics and CBS
 * suffixes. A name shared by more than one municipality is ambiguous (never a guess).
 */
export function lookupMunicipality(index: AreaIndex, text: string): Lookup {
  const trimmed = text.trim();
  const code = municipalityCode(trimmed);
  if (code) {
    const m = index.byCode.get(code);
    return m ? { found: m } : { unknown: trimmed, suggestions: [] };
  }
  const key = normaliseName(trimmed);
  const codes = index.names.get(key) ?? (baseName(key) !== key ? index.names.get(baseName(key)) : undefined);
  if (codes?.length === 1) return { found: index.byCode.get(codes[0])! };
  if (codes && codes.length > 1) return { ambiguous: codes.map((c) => index.byCode.get(c)!) };
  return { unknown: trimmed, suggestions: suggest(index, trimmed) };
}

/** The codes that existed on 1 January of `year`. */
export function codesIn(index: AreaIndex, year: number): Set<string> {
  return new Set(index.municipalities.filter((m) => m.first <= year && (year <= m.last || m.last >= index.lastYear - 1)).map((m) => m.code));
}

/** A part of a predecessor's inhabitants in a composition: a split or correction that no figure can divide. */
export interface SplitPart {
  /** The code that gave the part, as it was on `date` (Nissewaard, which gave part of itself to Hellevoetsluis in 2018). */
  from: string;
  /** The codes of the dataset's year that `from` was made of then (Bernisse and Spijkenisse, in 2014). */
  parts: string[];
  /** The code that received the part. */
  to: string;
  /** `split`: `from` ended, divided among several; `correction`: `from` went on without the part. */
  kind: 'split' | 'correction';
  /** Share of `from`'s inhabitants that went to `to`. */
  share: number;
  /** Inhabitants that moved, as CBS recorded them (null where unknown). */
  inhabitants: number | null;
  date: string;
  /** Whether the composed code is the one that lost the part (it kept the rest) rather than the one that received it. */
  lost: boolean;
}

/** What a code is in a dataset's year. */
export interface Composition {
  code: string;
  year: number;
  /**
   * - `same`: the code existed that year (`changes` lists what happened to it after);
   * - `whole`: it arose later from whole codes of that year (`parts`), so its figure is their sum;
   * - `split`: it includes part of a code that was divided (`split`), so no figure can be given;
   * - `ended`: it had ceased before that year (`became` says into what).
   */
  status: 'same' | 'whole' | 'split' | 'ended';
  parts: string[];
  split: SplitPart[];
  /** For `same`: reorganisations after the year that involve the code (joined, split off, renamed, merged away). */
  changes: Reorganisation[];
  /** For `ended` (and `same` codes that ended later): the codes it went into, with the date. */
  became: Reorganisation[];
}

interface State {
  parts: Set<string>;
  split: SplitPart[];
}
const simulations = new WeakMap<AreaIndex, Map<number, Map<string, State>>>();

/** ISO dates (`2019-01-01`) in order, by `<`: no collator needed (a page's first `localeCompare` costs 7-12 ms). */
const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Applies every reorganisation after 1 January of `year` to that year's codes, keeping each code's final make-up. */
function simulate(index: AreaIndex, year: number): Map<string, State> {
  let perIndex = simulations.get(index);
  if (!perIndex) simulations.set(index, (perIndex = new Map()));
  const cached = perIndex.get(year);
  if (cached) return cached;
  const live = new Map<string, State>();
  for (const c of codesIn(index, year)) live.set(c, { parts: new Set([c]), split: [] });
  const final = new Map<string, State>();
  const start = `${year}-01-01`;
  const events = index.events.filter((e) => e.date > start).sort(byDate);
  for (let i = 0; i < events.length; ) {
    const date = events[i].date;
    const batch = [];
    while (i < events.length && events[i].date === date) batch.push(events[i++]);
    // Each source as it was before this date's batch: only the codes the batch takes from are copied, not every live
    // code for every date (a profile's first render waits for this; docs/performance.md, "The profile page").
    const before = new Map<string, State>();
    for (const e of batch) {
      const s = live.get(e.from);
      if (s && !before.has(e.from)) before.set(e.from, { parts: new Set(s.parts), split: [...s.split] });
    }
    const gone = new Set<string>();
    for (const e of batch) {
      const source = before.get(e.from);
      if (!source) continue;
      let target = live.get(e.to);
      if (!target) live.set(e.to, (target = { parts: new Set(), split: [] }));
      if (e.kind === 'merge' || e.kind === 'rename') {
        for (const p of source.parts) target.parts.add(p);
        target.split.push(...source.split);
        gone.add(e.from);
      } else {
        // A part of the code's inhabitants: the figures of that year cannot be divided. It is said of the code that
        // gave it, as it was then, with the codes of the dataset's year it was made of.
        const part = { from: e.from, parts: [...source.parts].sort(), to: e.to, kind: e.kind, share: e.share, inhabitants: e.inhabitants, date: e.date };
        target.split.push({ ...part, lost: false });
        if (e.kind === 'split') gone.add(e.from);
        else live.get(e.from)!.split.push({ ...part, lost: true });
      }
    }
    for (const c of gone) {
      final.set(c, before.get(c)!);
      live.delete(c);
    }
  }
  for (const [c, s] of live) final.set(c, s);
  perIndex.set(year, final);
  return final;
}

/** The reorganisations a code went through after 1 January of `year`, in order. */
function history(index: AreaIndex, code: string, year: number): Reorganisation[] {
  const start = `${year}-01-01`;
  return index.events.filter((e) => e.date > start && (e.from === code || e.to === code)).sort(byDate);
}

/** Where a code went, following renames and mergers to the codes that exist now. */
export function successors(index: AreaIndex, code: string): Reorganisation[] {
  const out: Reorganisation[] = [];
  let frontier = [code];
  const seen = new Set<string>();
  while (frontier.length) {
    const next: string[] = [];
    for (const c of frontier) {
      if (seen.has(c)) continue;
      seen.add(c);
      for (const e of index.events) {
        if (e.from !== c || e.kind === 'correction') continue;
        out.push(e);
        next.push(e.to);
      }
    }
    frontier = next;
  }
  return out;
}

/** What `code` is in the data of `year` (codes of 1 January of that year). */
export function composeIn(index: AreaIndex, code: string, year: number): Composition {
  const m = index.byCode.get(code);
  const base = { code, year, parts: [] as string[], split: [] as SplitPart[], changes: [] as Reorganisation[], became: [] as Reorganisation[] };
  if (!m) return { ...base, status: 'ended' };
  if (codesIn(index, year).has(code)) {
    const changes = history(index, code, year);
    return { ...base, status: 'same', parts: [code], changes, became: changes.some((e) => e.from === code && e.kind !== 'correction') ? successors(index, code) : [] };
  }
  const state = simulate(index, year).get(code);
  if (!state || m.last < year) return { ...base, status: 'ended', became: successors(index, code) };
  const parts = [...state.parts].sort();
  const split = state.split;
  return { ...base, status: split.length ? 'split' : 'whole', parts, split };
}

/**
 * Today's territory of `code` (its make-up after every change the index knows) in the data of `year`: `whole`, the
 * codes of that year whose sum it is (the code alone where nothing changed), or `split` where part of a code of
 * that year went into it or out of it, so that no figure of that year is on today's boundaries. `ended` for a code
 * that no longer exists.
 */
export function territoryIn(index: AreaIndex, code: string, year: number): Composition {
  const m = index.byCode.get(code);
  const base = { code, year, parts: [] as string[], split: [] as SplitPart[], changes: [] as Reorganisation[], became: [] as Reorganisation[] };
  const state = simulate(index, year).get(code);
  if (!m || !state || (m.last < index.lastYear - 1 && !codesIn(index, index.lastYear).has(code))) return { ...base, status: 'ended' };
  return { ...base, status: state.split.length ? 'split' : 'whole', parts: [...state.parts].sort(), split: state.split };
}

export { asksForArea, type AreaRequest } from './area-request.js';
import type { AreaRequest } from './area-request.js';

/** A valid choice of area. */
export type AreaChoice =
  | { kind: 'default' }
  | { kind: 'nl' }
  | { kind: 'municipality'; municipality: Municipality }
  | { kind: 'region'; members: Municipality[]; label: string | null };

/** Why an area request is not valid, for the widget to say in its language. */
export type AreaProblem =
  | { problem: 'unknown'; value: string; suggestions: Municipality[] }
  | { problem: 'ambiguous'; value: string; candidates: Municipality[] }
  | { problem: 'both' }
  | { problem: 'region-size'; count: number }
  | { problem: 'region-duplicate'; municipality: Municipality }
  | { problem: 'region-name' };

/** Members a region may have: the largest COROP region has 20-odd municipalities, a province at most 60-odd. */
export const MAX_REGION = 80;
const NATIONAL = new Set(['nl', 'nl01', 'nederland', 'netherlands', 'the netherlands']);

/** Reads the area attributes: nothing for the report's region, a municipality, a region of municipalities, or NL. */
export function chooseArea(index: AreaIndex, request: AreaRequest): AreaChoice | AreaProblem {
  const municipality = String(request.municipality ?? '').trim();
  const region = String(request.region ?? '').trim();
  const label = String(request.regionName ?? '').trim();
  // Control characters are what this refuses, so the pattern names them.
  // eslint-disable-next-line no-control-regex
  if (label && (label.length > 60 || /[\u0000-\u001f\u007f]/.test(label))) return { problem: 'region-name' };
  if (municipality && region) return { problem: 'both' };
  if (municipality) {
    if (municipality.length > 80) return { problem: 'unknown', value: municipality.slice(0, 60), suggestions: [] };
    if (NATIONAL.has(normaliseName(municipality))) return { kind: 'nl' };
    const found = lookupMunicipality(index, municipality);
    if ('found' in found) return { kind: 'municipality', municipality: found.found };
    return 'ambiguous' in found ? { problem: 'ambiguous', value: municipality, candidates: found.ambiguous } : { problem: 'unknown', value: found.unknown, suggestions: found.suggestions };
  }
  if (!region) return { kind: 'default' };
  if (NATIONAL.has(normaliseName(region))) return { kind: 'nl' };
  const items = region.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);
  if (items.length < 2 || items.length > MAX_REGION) return { problem: 'region-size', count: items.length };
  const members: Municipality[] = [];
  for (const item of items) {
    const found = lookupMunicipality(index, item.slice(0, 80));
    if ('ambiguous' in found) return { problem: 'ambiguous', value: item.slice(0, 60), candidates: found.ambiguous };
    if ('unknown' in found) return { problem: 'unknown', value: found.unknown.slice(0, 60), suggestions: found.suggestions };
    if (members.includes(found.found)) return { problem: 'region-duplicate', municipality: found.found };
    members.push(found.found);
  }
  return { kind: 'region', members, label: label || null };
}

/** One member of an area in a dataset's year. */
export interface ComposedMember {
  municipality: Municipality;
  composition: Composition;
}

/** An area in a dataset's year: its members' compositions, and the codes of that year that make it up. */
export interface ComposedArea {
  year: number;
  members: ComposedMember[];
  /** Codes of the year (only from members whose figure can be given: `same` or `whole`). */
  parts: string[];
  /** Members that have no figure that year (`split` or `ended`). */
  missing: ComposedMember[];
  /** A code of the year that two members both contain (e.g. Vijfheerenlanden and Leerdam): a region counts it once only if said. */
  overlap: { code: string; members: [Municipality, Municipality] } | null;
}

/** Composes the members of a municipality or region in the data of `year`. */
export function composeArea(index: AreaIndex, members: Municipality[], year: number): ComposedArea {
  const composed = members.map((municipality) => ({ municipality, composition: composeIn(index, municipality.code, year) }));
  const owner = new Map<string, Municipality>();
  let overlap: ComposedArea['overlap'] = null;
  for (const { municipality, composition } of composed) {
    for (const p of [...composition.parts, ...composition.split.flatMap((s) => s.parts)]) {
      const other = owner.get(p);
      if (other && other !== municipality && !overlap) overlap = { code: p, members: [other, municipality] };
      owner.set(p, municipality);
    }
  }
  const ok = composed.filter((m) => m.composition.status === 'same' || m.composition.status === 'whole');
  return { year, members: composed, parts: ok.flatMap((m) => m.composition.parts), missing: composed.filter((m) => !ok.includes(m)), overlap };
}
