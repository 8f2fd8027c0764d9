// Any municipality of 2010 or of today, any region of them: loaded only when the widget is given `municipality` or
// `region`, so the area index, the national table and this code are not in the widget's file.
import { Q4Error, areaError, carriedNote, compositionNote, overlapError, type AreaProblemLike, type CompositionLike, type Lang } from '@q4/core/figure';
import {
  chooseArea,
  composeIn,
  loadAreaIndex,
  loadNationalSectors,
  loadSectors,
  reportRegion,
  territoryIn,
  type AreaRequest,
  type Municipality,
} from '@q4/data';
import { REGION, SECTOR_YEAR, loadDefaultSectors, locationQuotients, sectorCredit, type SectorData, type SectorValue } from './sector-bloem-data.js';
import { ownSectors, regionWord, sectionGroups } from './sector-bloem-own.js';

/** The texts of this module only: the main file does not carry them. */
const messages = {
  nl: {
    noNational: 'Een locatiequotiënt vergelijkt een gebied met Nederland; voor heel Nederland is het per definitie 1. Kies een gemeente of regio.',
  },
  en: {
    noNational: 'A location quotient compares an area with the Netherlands; for the whole country it is 1 by definition. Choose a municipality or region.',
  },
} satisfies Record<Lang, Record<string, string>>;

/**
 * Loads the quotients of any municipality or region in the employee jobs of December 2010 (CBS 81402NED, every
 * municipality of 2010). A municipality of today is the sum of the municipalities of 2010 it is made of, where they
 * went into it whole (Goeree-Overflakkee, Hollands Kroon, Vijfheerenlanden); where a part of one moved in or out
 * since, the figures of 2010 cannot be divided, and it gets an error that says why and names its predecessors.
 * A municipality that existed in 2010 and no longer does (Zederik) is shown as it was then.
 */
export async function loadAreaSectors(o: AreaRequest & { sectors?: string }): Promise<SectorData> {
  const [index, jobs] = await Promise.all([loadAreaIndex(), loadNationalSectors()]);
  const base = { sectors: [], credit: sectorCredit(jobs), year: SECTOR_YEAR };
  const fail = (error: (lang: Lang) => Q4Error): SectorData => ({ ...base, areaError: error });
  const choice = chooseArea(index, { municipality: o.municipality, region: o.region, regionName: o.regionName });
  if ('problem' in choice) return fail((lang) => areaError(choice as AreaProblemLike, lang));
  if (choice.kind === 'default') {
    // The report's region, its own strongest (`sectors="own"`): from the bundled extract of its five.
    const data = await loadDefaultSectors();
    if (o.sectors !== 'own') return data;
    const { jobs: extract } = await loadSectors();
    return withOwn(data, locationQuotients(extract, SECTOR_YEAR, REGION, sectionGroups(extract)), (lang) => regionWord(lang));
  }
  if (choice.kind === 'nl') return fail((lang) => new Q4Error('invalid-option', messages[lang].noNational));
  const members = choice.kind === 'municipality' ? [choice.municipality] : choice.members;
  const name = (code: string) => index.byCode.get(code)?.name ?? code;
  // What each member is in 2010: a municipality of today, its territory (the sum of whole codes of 2010, or no
  // figure where a part moved); one that no longer exists, as it was in 2010.
  const compose = (m: Municipality): CompositionLike =>
    m.last >= index.lastYear ? territoryIn(index, m.code, SECTOR_YEAR) : composeIn(index, m.code, SECTOR_YEAR);
  const composed = members.map((m) => ({ m, c: compose(m) }));
  const bad = composed.find(({ c }) => c.status === 'split' || c.status === 'ended');
  if (bad) return fail((lang) => new Q4Error('no-data', compositionNote(bad.m, bad.c, name, lang)));
  const owner = new Map<string, Municipality>();
  for (const { m, c } of composed) {
    for (const p of c.parts) {
      const other = owner.get(p);
      if (other) return fail((lang) => overlapError({ code: p, members: [other, m] }, SECTOR_YEAR, lang));
      owner.set(p, m);
    }
  }
  const parts = composed.flatMap(({ c }) => c.parts);
  const label = choice.kind === 'municipality' ? choice.municipality.name : (choice.label ?? members.map((m) => m.name).join(' + '));
  // The report's region and its five municipalities keep the report's five sectors by default (`sectors="auto"`).
  const five = new Set(reportRegion.map((r) => r.code));
  const data: SectorData = {
    ...base,
    sectors: locationQuotients(jobs, SECTOR_YEAR, parts),
    area: {
      kind: choice.kind,
      name: label,
      members: members.map((m) => ({ code: m.code, name: m.name })),
      named: choice.kind === 'region' && choice.label !== null,
      report: members.every((m) => five.has(m.code)),
      notes: (lang) =>
        composed.map(({ m, c }) => (m.last < index.lastYear ? compositionNote(m, c, name, lang) : carriedNote(m, c, name, lang))).filter(Boolean),
    },
  };
  // `auto`: the report's five for the report's municipalities, the place's own strongest elsewhere.
  const own = o.sectors === 'own' || (o.sectors !== 'report' && !data.area!.report);
  return own ? withOwn(data, locationQuotients(jobs, SECTOR_YEAR, parts, sectionGroups(jobs)), () => label) : data;
}

/** The data with the place's own strongest sectors instead of the report's five; an error where every one is secret. */
function withOwn(data: SectorData, sections: SectorValue[], place: (lang: Lang) => string): SectorData {
  const own = ownSectors(sections);
  if ('none' in own) return { ...data, sectors: [], areaError: (lang) => new Q4Error('no-data', own.none(place(lang), lang)) };
  return { ...data, ...own };
}

/** The municipalities with figures of 2010: those of 2010, and those of today made of whole municipalities of 2010. */
export async function sectorPlaces(): Promise<ReadonlySet<string>> {
  const index = await loadAreaIndex();
  const ok = (m: Municipality) =>
    m.last >= index.lastYear ? territoryIn(index, m.code, SECTOR_YEAR).status === 'whole' : composeIn(index, m.code, SECTOR_YEAR).status === 'same';
  return new Set(index.municipalities.filter(ok).map((m) => m.code));
}
