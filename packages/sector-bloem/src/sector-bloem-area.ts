// Any municipality or region among those with sector figures: loaded only when the widget is given
// `municipality` or `region`, so the area index and this code are not in the widget's file.
import { Q4Error, areaError, compareNames, fill, listFormat, type AreaProblemLike, type Lang } from '@q4/core/figure';
import { chooseArea, loadAreaIndex, loadSectors, type AreaRequest } from '@q4/data';
import { SECTOR_YEAR, loadDefaultSectors, locationQuotients, sectorCredit, type SectorData } from './sector-bloem-data.js';

/** The texts of this module only: the main file does not carry them. */
const messages = {
  nl: {
    noNational: 'Een locatiequotiënt vergelijkt een gebied met Nederland; voor heel Nederland is het per definitie 1. Kies een gemeente of regio.',
    notCovered:
      'Geen sectorcijfers voor {list}: de meegeleverde banen per sector (CBS 81402NED, 2010) gaan alleen over {covered}. Voor een ander gebied kunt u eigen quotiënten geven via data of src.',
  },
  en: {
    noNational: 'A location quotient compares an area with the Netherlands; for the whole country it is 1 by definition. Choose a municipality or region.',
    notCovered:
      'No sector figures for {list}: the bundled jobs by sector (CBS 81402NED, 2010) cover only {covered}. For another area you can give your own quotients through data or src.',
  },
} satisfies Record<Lang, Record<string, string>>;

/**
 * Loads the location quotients of any municipality or region whose members all have sector figures in the
 * bundled 81402NED extract (the report's five and their eleven partner municipalities). Elsewhere it returns an
 * error that names the municipalities covered and the own-data route; it never estimates a member's figures.
 */
export async function loadAreaSectors(o: AreaRequest): Promise<SectorData> {
  const [index, { jobs }] = await Promise.all([loadAreaIndex(), loadSectors()]);
  const base = { sectors: [], credit: sectorCredit(jobs), year: SECTOR_YEAR };
  const choice = chooseArea(index, { municipality: o.municipality, region: o.region, regionName: o.regionName });
  if ('problem' in choice) return { ...base, areaError: (lang) => areaError(choice as AreaProblemLike, lang) };
  if (choice.kind === 'default') return loadDefaultSectors();
  if (choice.kind === 'nl') return { ...base, areaError: (lang) => new Q4Error('invalid-option', messages[lang].noNational) };
  const members = choice.kind === 'municipality' ? [choice.municipality] : choice.members;
  // The extract's municipalities, by the codes of 2010. The build checks that none of them changed in 2012-2024,
  // the years the area index covers, so a code in the table is that municipality today.
  const covered = jobs.regions.filter((r) => r.code.startsWith('GM'));
  const coveredCodes = new Set(covered.map((r) => r.code));
  const outside = members.filter((m) => !coveredCodes.has(m.code));
  if (outside.length) {
    const names = (list: { name: string }[], lang: Lang) =>
      listFormat(
        list.map((m) => m.name),
        lang,
      );
    const coveredNames = covered.map((r) => index.byCode.get(r.code)?.name ?? r.name).sort(compareNames);
    return {
      ...base,
      areaError: (lang) => new Q4Error('no-data', fill(messages[lang].notCovered, { list: names(outside, lang), covered: listFormat(coveredNames, lang) })),
    };
  }
  const name = choice.kind === 'municipality' ? choice.municipality.name : (choice.label ?? members.map((m) => m.name).join(' + '));
  return {
    ...base,
    sectors: locationQuotients(
      jobs,
      SECTOR_YEAR,
      members.map((m) => m.code),
    ),
    area: { kind: choice.kind, name, members: members.map((m) => ({ code: m.code, name: m.name })), named: choice.kind === 'region' && choice.label !== null },
  };
}
