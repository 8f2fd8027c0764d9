import { IssueList, fill, formatNumber, isRecord, isText, readRows, type FigureText, type Lang, type Localized, type Q4Error } from '@q4/core/figure';
import { leadingSectors, loadSectors, reportRegion, type SectorTable } from '@q4/data';

/**
 * Which SBI 2008 sections make up each of the report's five leading sectors. Voeding & gezondheid (food and
 * health) has no clean counterpart: food production is part of C (industry), which CBS keeps secret for most of
 * the five, and health is Q, already counted in zorg & welzijn; so it gets no quotient rather than a proxy.
 */
export const SECTIONS: Record<string, string[]> = {
  gastvrijheidseconomie: ['I', 'R'],
  'openbaar-bestuur-veiligheid': ['O'],
  'zorg-welzijn': ['Q'],
  'voeding-gezondheid': [],
  'consultancy-overige-diensten': ['M', 'S'],
};

export const REGION: string[] = reportRegion.map((m) => m.code);

/**
 * How the SBI 2008 sections and the aggregates CBS publishes nest (81402NED): each aggregate is the sum of its
 * parts. A secret cell is bounded from above by its aggregate minus the published parts beside it. T and U
 * (households, extraterritorial bodies) are not in the table and count as unknown, never as 0.
 */
const SBI_CHILDREN: Record<string, string[]> = {
  'A-U': ['A', 'B-F', 'G-N', 'O-U'],
  'B-F': ['B-E', 'F'],
  'B-E': ['B', 'C', 'D', 'E'],
  'G-N': ['G-I', 'J', 'K', 'L', 'M-N'],
  'G-I': ['G', 'H', 'I'],
  'M-N': ['M', 'N'],
  'O-U': ['O-Q', 'R-U'],
  'O-Q': ['O', 'P', 'Q'],
  'R-U': ['R', 'S'],
};
const SBI_PARENT: Record<string, string> = Object.fromEntries(Object.entries(SBI_CHILDREN).flatMap(([parent, children]) => children.map((c) => [c, parent])));

export interface SectorValue {
  id: string;
  label: Localized;
  sections: string[];
  /** Location quotient; null where it cannot be computed. */
  lq: number | null;
  /** True when some municipalities' figures are secret: `lq` is then the lower bound, from the others, and `upper` the upper bound. */
  lowerBound: boolean;
  /**
   * With `lowerBound`: the highest quotient the published aggregates allow (each secret cell at most its
   * aggregate minus the published sections beside it); null where no aggregate bounds it, or for own data.
   */
  upper: number | null;
  /** Names of municipalities whose figures are secret. */
  secretFor: string[];
  /** Share of the region's employee jobs and of the Netherlands' (0-1), where known. */
  regionShare: number | null;
  nlShare: number | null;
  /** Why there is no quotient: no SBI counterpart. */
  noCounterpart: boolean;
}

export interface Organisation {
  name: string;
  /** Sector id (or null for "other"). */
  sector: string | null;
  /** An http(s) link, or null. */
  link: string | null;
}

/**
 * A place's own strongest sectors, chosen from every SBI section (loaded with the area code, sector-bloem-own.ts):
 * how many sections had a published figure, the secret ones and those of them that might be among the strongest,
 * and the text that says them.
 */
export interface OwnSectors {
  ranked: number;
  secret: SectorValue[];
  open: SectorValue[];
  /** Every section's quotient, shown or not (a profile compares one sector between two places). */
  all: SectorValue[];
  describe(model: { data: SectorData; mode: 'data' | 'equal'; sectors: SectorValue[] }, lang: Lang): FigureText;
}

/** A municipality or region chosen with `municipality` or `region` (bundled data only). */
export interface SectorArea {
  kind: 'municipality' | 'region';
  /** The municipality's name, or the region's `region-name` (else its members joined with " + "). */
  name: string;
  /** The members' codes and names. */
  members: { code: string; name: string }[];
  /** True when the region has a `region-name` (its members are then listed in a note). */
  named: boolean;
  /** True for the report's five municipalities, alone or together: they show the report's sectors by default. */
  report: boolean;
  /** What each member is in the figures of 2010 (the sum of its predecessors, or as it was then). */
  notes(lang: Lang): string[];
}

export interface SectorData {
  /** The sectors drawn: the report's five or the place's own strongest (bundled data), or your own sectors. */
  sectors: SectorValue[];
  /** With the place's own strongest sectors (`sectors="own"`, or `auto` outside the report's region): what says them. */
  own?: OwnSectors;
  credit: Localized | null;
  year: number | null;
  /** The area shown instead of the report's region, if one was chosen. */
  area?: SectorArea;
  /** Why the chosen area cannot be shown (unknown, ambiguous, no sector figures): the widget shows this error. */
  areaError?: (lang: Lang) => Q4Error;
}

/** A sector the flower can show: one or more SBI sections under one label. */
export interface SectorGroup {
  id: string;
  label: Localized;
  sections: string[];
}

/** The report's five leading sectors, with their SBI sections. */
export const reportGroups = (): SectorGroup[] => leadingSectors.rows.map((s) => ({ id: s.id, label: s.label, sections: SECTIONS[s.id] ?? [] }));

/**
 * Location quotients of the five sectors for an area (by default the report's region: the five municipalities
 * summed) against the Netherlands, from employee jobs (CBS 81402NED) of `year`. A secret cell is never filled in:
 * where some members are secret, the quotient from the others is a lower bound, and the published aggregates give
 * an upper bound.
 */
export function locationQuotients(jobs: SectorTable, year = 2010, members: string[] = REGION, groups: SectorGroup[] = reportGroups()): SectorValue[] {
  const value = (region: string, sbi: string) => jobs.get(year, region, sbi);
  const known = (region: string, sbi: string) => value(region, sbi)?.value ?? null;
  /** The least a cell can be: its value, else the sum of what is known below it (secret cells count as 0). */
  const lower = (region: string, sbi: string): number => known(region, sbi) ?? (SBI_CHILDREN[sbi] ?? []).reduce((sum, c) => sum + lower(region, c), 0);
  /** The most a secret cell can be: its aggregate (or that one's bound) minus the least of the sections beside it. */
  const upper = (region: string, sbi: string): number => {
    const own = known(region, sbi);
    if (own !== null) return own;
    const parent = SBI_PARENT[sbi];
    if (!parent) return Infinity;
    return upper(region, parent) - SBI_CHILDREN[parent].filter((c) => c !== sbi).reduce((sum, c) => sum + lower(region, c), 0);
  };
  const regionTotal = members.reduce((s, c) => s + (value(c, 'A-U')?.value ?? Number.NaN), 0);
  const nlTotal = value('NL01', 'A-U')!.value as number;
  return groups.map((s) => {
    const sections = s.sections;
    const base = { id: s.id, label: s.label, sections, noCounterpart: sections.length === 0 };
    // No quotient without a counterpart, or without every member's total of employee jobs (never a partial sum).
    if (!sections.length || !Number.isFinite(regionTotal))
      return { ...base, lq: null, lowerBound: false, upper: null, secretFor: [], regionShare: null, nlShare: null };
    const secretFor = new Set<string>();
    let regionSum = 0;
    let regionMax = 0;
    for (const code of members) {
      for (const sbi of sections) {
        const row = value(code, sbi);
        if (!row || row.value === null) {
          secretFor.add(row?.regionName ?? code);
          regionMax += Math.max(0, upper(code, sbi));
        } else {
          regionSum += row.value;
          regionMax += row.value;
        }
      }
    }
    const nlSum = sections.reduce((sum, sbi) => sum + (value('NL01', sbi)!.value as number), 0);
    const regionShare = regionSum / regionTotal;
    const nlShare = nlSum / nlTotal;
    const lq = regionShare / nlShare;
    const bounded = secretFor.size > 0;
    const top = bounded && Number.isFinite(regionMax) ? regionMax / regionTotal / nlShare : null;
    return { ...base, lq, lowerBound: bounded, upper: bounded ? top : lq, secretFor: [...secretFor], regionShare, nlShare };
  });
}

/** The year of the bundled quotients: the latest in 81402NED as bundled. */
export const SECTOR_YEAR = 2010;

/** The credit: the table, the month and year of the figures, and their status as CBS gives it. */
export function sectorCredit(jobs: SectorTable, year = SECTOR_YEAR): Localized {
  const status = jobs.get(year, 'NL01', 'A-U')?.status ?? '';
  const statusEn: Record<string, string> = { voorlopig: 'provisional', 'nader voorlopig': 'revised provisional' };
  return {
    nl: `${jobs.source.credit.nl}, december ${year}${status ? `, ${status}` : ''}`,
    en: `${jobs.source.credit.en}, December ${year}${status ? `, ${statusEn[status] ?? status}` : ''}`,
  };
}

/** The bundled data: the report region's quotients for 2010, loaded on demand with the sector tables. */
export async function loadDefaultSectors(): Promise<SectorData> {
  const { jobs } = await loadSectors();
  return { sectors: locationQuotients(jobs, SECTOR_YEAR), credit: sectorCredit(jobs), year: SECTOR_YEAR };
}

const expect = {
  row: { nl: 'een object met label en value', en: 'an object with label and value' },
  text: { nl: 'een tekst van 1 tot 80 tekens', en: 'a text of 1 to 80 characters' },
  lq: { nl: 'een locatiequotiënt (getal van 0 of meer), of null', en: 'a location quotient (a number of 0 or more), or null' },
  orgs: { nl: 'een lijst van organisaties', en: 'a list of organisations' },
  org: { nl: 'een object met name, sector en eventueel link', en: 'an object with name, sector and optionally link' },
  link: { nl: 'een http(s)-adres', en: 'an http(s) address' },
} satisfies Record<string, Localized>;

/** Validates your own quotients: a list of `{ label, value }`, or `{ credit, sectors }`. */
export function parseSectors(input: unknown): SectorData {
  const issues = new IssueList();
  const { rows: list, credit } = readRows(input, 'sectors', issues);
  const sectors: SectorValue[] = [];
  list.forEach((row, i) => {
    if (!isRecord(row)) return issues.add({ row: i, expected: expect.row, received: row });
    const before = issues.count;
    if (!isText(row.label)) issues.add({ row: i, field: 'label', expected: expect.text, received: row.label });
    if (!(row.value === null || (typeof row.value === 'number' && Number.isFinite(row.value) && row.value >= 0)))
      issues.add({ row: i, field: 'value', expected: expect.lq, received: row.value });
    if (issues.count > before) return;
    const label = (row.label as string).trim();
    sectors.push({
      id: `s${i}`,
      label: { nl: label, en: label },
      sections: [],
      lq: row.value as number | null,
      lowerBound: false,
      upper: row.value as number | null,
      secretFor: [],
      regionShare: null,
      nlShare: null,
      noCounterpart: false,
    });
  });
  issues.throwIfAny();
  return { sectors, credit, year: null };
}

/** Validates the wreath: a list of `{ name, sector?, link? }`; links only http(s). */
export function parseOrganisations(input: unknown, sectors: { id: string; label: Localized }[]): Organisation[] {
  const issues = new IssueList();
  const list = Array.isArray(input) ? input : isRecord(input) && Array.isArray(input.organisations) ? input.organisations : null;
  if (!list) {
    issues.add({ field: 'organisations', expected: expect.orgs, received: input });
    issues.throwIfAny();
  }
  const out: Organisation[] = [];
  (list as unknown[]).forEach((row, i) => {
    if (!isRecord(row)) return issues.add({ row: i, field: 'organisations', expected: expect.org, received: row });
    const before = issues.count;
    if (!isText(row.name)) issues.add({ row: i, field: 'name', expected: expect.text, received: row.name });
    let link: string | null = null;
    if (row.link !== undefined && row.link !== null) {
      try {
        const url = new URL(String(row.link));
        if (url.protocol === 'http:' || url.protocol === 'https:') link = url.href;
      } catch {
        /* reported below */
      }
      if (!link) issues.add({ row: i, field: 'link', expected: expect.link, received: row.link });
    }
    if (issues.count > before) return;
    const wanted = typeof row.sector === 'string' ? row.sector.trim().toLowerCase() : '';
    const sector = sectors.find((s) => s.id === wanted || s.label.nl.toLowerCase() === wanted || s.label.en.toLowerCase() === wanted)?.id ?? null;
    out.push({ name: (row.name as string).trim(), sector, link });
  });
  issues.throwIfAny();
  return out;
}

/**
 * A quotient at two decimals. A bound is rounded the safe way: a lower bound down (1,5754 is "at least 1,57"), an
 * upper bound up (1,8835 is "at most 1,89"), so that the printed bound still holds.
 */
export const roundLq = (lq: number, round: 'nearest' | 'down' | 'up' = 'nearest'): number =>
  round === 'down' ? Math.floor(lq * 100 + 1e-9) / 100 : round === 'up' ? Math.ceil(lq * 100 - 1e-9) / 100 : Math.round(lq * 100) / 100;

/** {@link roundLq}, formatted: "1,46" in Dutch, "1.46" in English. */
export const formatLq = (lq: number, lang: Lang, round: 'nearest' | 'down' | 'up' = 'nearest'): string => {
  const value = round === 'nearest' ? lq : roundLq(lq, round);
  return formatNumber(value, lang, 2);
};

/**
 * The quotient as text: "1,67"; for a bound from secret cells "1,57–1,89" (or "≥ 1,57" without an upper bound), or
 * in words with `t` ("tussen 1,57 en 1,89", "minstens 1,57").
 */
export function lqText(s: SectorValue, lang: Lang, t?: { atLeast: string; between: string }): string {
  if (s.lq === null) return '';
  if (!s.lowerBound) return formatLq(s.lq, lang);
  const low = formatLq(s.lq, lang, 'down');
  const high = s.upper === null ? null : formatLq(s.upper, lang, 'up');
  if (!t) return high ? `${low}–${high}` : `≥ ${low}`;
  return high ? fill(t.between, { low, high }) : fill(t.atLeast, { lq: low });
}
