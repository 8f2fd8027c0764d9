import { IssueList, isRecord, isText, readRows, type Lang, type Localized } from '@q4/core/figure';
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

export interface SectorValue {
  id: string;
  label: Localized;
  sections: string[];
  /** Location quotient; null where it cannot be computed. */
  lq: number | null;
  /** True when some municipalities' figures are secret and `lq` is a lower bound from the others. */
  lowerBound: boolean;
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

export interface SectorData {
  sectors: SectorValue[];
  credit: Localized | null;
  year: number | null;
}

/**
 * Location quotients of the five sectors for the region (the five municipalities summed) against the
 * Netherlands, from employee jobs (CBS 81402NED) of `year`. A secret cell is never filled in: where some of
 * the five are secret, the quotient from the others is a lower bound, and says so.
 */
export function locationQuotients(jobs: SectorTable, year = 2010): SectorValue[] {
  const value = (region: string, sbi: string) => jobs.get(year, region, sbi);
  const regionTotal = REGION.reduce((s, c) => s + (value(c, 'A-U')?.value ?? Number.NaN), 0);
  const nlTotal = value('NL01', 'A-U')!.value as number;
  return leadingSectors.rows.map((s) => {
    const sections = SECTIONS[s.id] ?? [];
    const base = { id: s.id, label: s.label, sections, noCounterpart: sections.length === 0 };
    if (!sections.length) return { ...base, lq: null, lowerBound: false, secretFor: [], regionShare: null, nlShare: null };
    const secretFor = new Set<string>();
    let regionSum = 0;
    for (const code of REGION) {
      for (const sbi of sections) {
        const row = value(code, sbi);
        if (!row || row.value === null) secretFor.add(row?.regionName ?? code);
        else regionSum += row.value;
      }
    }
    const nlSum = sections.reduce((sum, sbi) => sum + (value('NL01', sbi)!.value as number), 0);
    const regionShare = regionSum / regionTotal;
    const nlShare = nlSum / nlTotal;
    return { ...base, lq: regionShare / nlShare, lowerBound: secretFor.size > 0, secretFor: [...secretFor], regionShare, nlShare };
  });
}

/** The bundled data: quotients for 2010, loaded on demand with the sector tables. */
export async function loadDefaultSectors(): Promise<SectorData> {
  const { jobs } = await loadSectors();
  return { sectors: locationQuotients(jobs, 2010), credit: jobs.source.credit, year: 2010 };
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
    if (!(row.value === null || (typeof row.value === 'number' && Number.isFinite(row.value) && row.value >= 0))) issues.add({ row: i, field: 'value', expected: expect.lq, received: row.value });
    if (issues.count > before) return;
    const label = (row.label as string).trim();
    sectors.push({ id: `s${i}`, label: { nl: label, en: label }, sections: [], lq: row.value as number | null, lowerBound: false, secretFor: [], regionShare: null, nlShare: null, noCounterpart: false });
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
    const wanted = typeof row.sector === 'string' ? row.sector.trim().toLocaleLowerCase('nl') : '';
    const sector = sectors.find((s) => s.id === wanted || s.label.nl.toLocaleLowerCase('nl') === wanted || s.label.en.toLowerCase() === wanted)?.id ?? null;
    out.push({ name: (row.name as string).trim(), sector, link });
  });
  issues.throwIfAny();
  return out;
}

/** "1,46" in Dutch, "1.46" in English. */
export const formatLq = (lq: number, lang: Lang): string => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(lq);
