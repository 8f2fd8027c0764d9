/** A text in both languages of the widgets. */
export interface Localized {
  nl: string;
  en: string;
}

/** Where a dataset comes from, and the credit a widget must show with it. */
export interface DatasetSource {
  /** Who published the figures. */
  publisher: string;
  /** Title of the publication or table. */
  title: string;
  /** Table id or the table's place in the publication. */
  table: string;
  /** Period the figures describe. */
  period: string;
  /** Licence of the figures, as far as it is known. */
  licence: string;
  /** The source line as printed next to the figures, where there is one. */
  sourceLine?: string;
  /** The exact credit line a widget shows on screen. */
  credit: Localized;
  /** The source file in the repository the figures were read from (`data/pendel-2014.csv`). */
  file: string;
  /** Caveats a reader should know. */
  notes?: string;
}

/** Whether a higher value of an indicator is better or worse for residents. */
export type Polarity = 'better' | 'worse';

export interface ScorecardArea {
  /** CBS code: `GM….` for a municipality, `PV26` for the province of Utrecht. */
  code: string;
  name: string;
  kind: 'municipality' | 'province';
  /** The column heading as printed in the report. */
  printed: string;
}

export interface ScorecardGroup {
  id: string;
  label: Localized;
  printed: string;
}

export interface ScorecardIndicator {
  id: string;
  group: string;
  /** How a higher value reads. */
  higherIs: Polarity;
  label: Localized;
  printed: string;
}

export interface ScorecardValue {
  indicator: string;
  area: string;
  /** Percentage of residents; `null` where the report has no figure ("--"). */
  value: number | null;
  /** Decimals as printed ("45%" has 0, "88,0%" has 1). */
  decimals: number;
  /** The cell exactly as printed. */
  printed: string;
}

/** The scorecard as the data build gives it: group and indicator labels in Dutch, as printed. */
export interface ScorecardSource extends Omit<ScorecardDataset, 'groups' | 'indicators'> {
  groups: (Omit<ScorecardGroup, 'label'> & { label: { nl: string } })[];
  indicators: (Omit<ScorecardIndicator, 'label'> & { label: { nl: string } })[];
}

export interface ScorecardDataset {
  id: string;
  source: DatasetSource;
  /** Code of the area every municipality is compared with. */
  reference: string;
  areas: ScorecardArea[];
  groups: ScorecardGroup[];
  indicators: ScorecardIndicator[];
  values: ScorecardValue[];
}

/** A dataset: its rows and where they come from. */
export interface Dataset<R> {
  id: string;
  source: DatasetSource;
  rows: R[];
}

/** One of the report's headline figures, with the report's wording. */
export interface ReportFigure {
  id: string;
  area: 'region' | 'stadsregio-utrecht' | 'stadsregio-amersfoort';
  areaLabel: Localized;
  measure: 'inhabitants' | 'jobs' | 'establishments' | 'farms' | 'one-person-share';
  measureLabel: Localized;
  value: number;
  unit: 'persons' | 'jobs' | 'establishments' | 'farms' | 'percent';
  /** How the report qualifies the number: "bijna" is `almost`, "meer dan" `more-than`, "circa"/"ongeveer" `about`. */
  qualifier: 'exact' | 'almost' | 'more-than' | 'about';
  /** The number as the report words it ("bijna 20.000"), and in English ("almost 20,000"). */
  wording: Localized;
  /** The sentence of the report the figure stands in. */
  quote: string;
}

export interface LeadingSector {
  id: string;
  printed: string;
  label: Localized;
}

export interface IdentityPair {
  id: number;
  thick: Localized;
  thin: Localized;
}

/** Population on 1 January (CBS). */
/**
 * What a place is compared with (scripts/data/references.mjs): the population on 1 January of the Netherlands and of
 * each province (one value per year of `years`), each province's border changes of at least 1,000 inhabitants as
 * `[year, gained, lost, other codes]`, and the province of every municipality code, current or former (CBS's grouping).
 */
export interface NationalReferencesRaw {
  years: number[];
  nl: number[];
  provinces: Record<string, { name: string; values: number[]; borders: [number, number, number, string[]][] }>;
  provinceOf: Record<string, string>;
  credit: { nl: string; en: string };
}

export interface PopulationRow {
  code: string;
  name: string;
  year: number;
  population: number;
}

/** Jobs (fulltimers, parttimers, agency workers) and establishments, LISA. Never mix with CBS employee jobs. */
export interface LisaRow {
  code: string;
  name: string;
  year: number;
  jobs: number;
  establishments: number;
}

/** Land use in hectares (CBS 70262NED). */
export interface LandUseRow {
  year: number;
  code: string;
  name: string;
  total: number;
  traffic: number;
  builtUp: number;
  semiBuiltUp: number;
  recreation: number;
  agriculture: number;
  forestNature: number;
  innerWater: number;
  /** Null for inland provinces ("no figure"). */
  outerWater: number | null;
  missing: 'no-figure' | null;
  /** `sum-of-provinces` for the Netherlands, which is not a published row. */
  derived: 'sum-of-provinces' | null;
}

/** Why a value is missing: CBS `x` (secret), `.` (not available), `-` (nil). */
export type MissingReason = 'secret' | 'not-available' | 'nil';

/** Compact form of a sector table as stored in the module (see `loadSectors`). */
export interface SectorTableRaw {
  source: DatasetSource;
  years: number[];
  status: Record<string, string>;
  regions: { code: string; name: string }[];
  sections: { code: string; label: string }[];
  /** Values are multiplied by this to make integers. */
  scale: number;
  /** In the order year, region, section; null where missing. */
  values: (number | null)[];
  /** Index in `values` -> why it is missing. */
  missing: Record<string, MissingReason>;
}

/** Employee jobs by SBI section of every municipality of 2010 and NL (CBS 81402NED), as stored in its module. */
export interface NationalSectorsRaw {
  source: DatasetSource;
  year: number;
  status: string;
  sections: { code: string; label: string }[];
  /** Region codes as numbers: 0 is NL01, 344 is GM0344. */
  codes: number[];
  /** In the order region, section: thousands x100; -1 secret (`x`), -2 not available (`.`). */
  values: number[];
}

export interface SectorRow {
  year: number;
  status: string;
  region: string;
  regionName: string;
  sbi: string;
  label: string;
  /** Thousands of employee jobs (jobs table) or a count of establishments; null where missing. */
  value: number | null;
  missing: MissingReason | null;
}

export interface SectorTable extends Dataset<SectorRow> {
  years: number[];
  regions: { code: string; name: string }[];
  sections: { code: string; label: string }[];
  /** The row of one year, region and SBI section. */
  get(year: number, region: string, sbi: string): SectorRow | undefined;
}

/** Compact form of the commuting table as stored in the module (see `loadCommuting`). */
export interface CommutingRaw {
  id: string;
  source: DatasetSource;
  /** Sum of all cells of the national matrix, in jobs. */
  nationalTotal: number;
  areas: { code: string; name: string }[];
  /** Flat triples: residence index, work index, jobs in hundreds. */
  flows: number[];
  /** Flat quads: area index, jobs held by residents, jobs located, living and working there (hundreds). */
  totals: number[];
  /** Codes of 2014 that were divided after 2014: on no map of today. */
  divided: string[];
  /** Codes of today whose territory differs from the sum of whole codes of 2014 (a part moved in or out since). */
  changed: string[];
  /** Codes of today made of more than one code of 2014, and how many: their flows are sums of that many cells. */
  parts: Record<string, number>;
}

/** Totals of one municipality over the whole national matrix (sums of cells rounded to 100). */
export interface CommutingTotals {
  /** Employee jobs held by residents, wherever they work (abroad and unknown included). */
  residents: number;
  /** Employee jobs located in the municipality, wherever their holders live. */
  jobs: number;
  /** Jobs held by residents within the municipality itself. */
  internal: number;
}

export interface CommutingFlow {
  /** Municipality of residence. */
  from: string;
  fromName: string;
  /** Municipality of work (`BUITENLAND` abroad, `ONBEKEND` unknown). */
  to: string;
  toName: string;
  /** Employee jobs, rounded to 100 by CBS; 0 means fewer than 50. */
  jobs: number;
}

/**
 * Commuting flows of December 2014 on today's municipalities: a code of 2014 that went whole into a municipality of
 * today counts as that municipality; a divided one keeps its code of 2014 (listed in `divided`).
 */
export interface CommutingDataset extends Dataset<CommutingFlow> {
  nationalTotal: number;
  areas: { code: string; name: string }[];
  /** Codes of 2014 that were divided after 2014: on no map of today. */
  divided: Set<string>;
  /** Codes of today whose territory differs from the sum of whole codes of 2014 (a part moved in or out since). */
  changed: Set<string>;
  /** Codes of today made of more than one code of 2014, and how many (1 where absent): a flow is a sum of cells. */
  parts: Map<string, number>;
  /** Per area code: totals over the national matrix (so net balances are complete, not only with the five). */
  totals: Map<string, CommutingTotals>;
}

/** A TopoJSON topology (the subset of the spec the widgets use). */
export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: { type: string; id?: string; arcs?: unknown; properties?: Record<string, unknown> }[] }>;
  bbox?: number[];
}

export interface BoundariesDataset {
  id: string;
  source: DatasetSource;
  /** Number of municipalities in the topology. */
  count: number;
  /** Of which inside the province of Utrecht (`properties.province === 'PV26'`). */
  insideProvince: number;
  /** Object `gemeenten`; each geometry has `id` and `properties` `{ code, name, province }`. */
  topology: Topology;
}

export interface RciRaw {
  id: string;
  source: DatasetSource;
  editions: number[];
  regions: RciRegion[];
  /** scores[edition index][region index]; null where the region's row has no value. */
  scores: (number | null)[][];
  /** absent[edition index]: indices of regions without a row in that edition. */
  absent: number[][];
}

export interface RciRegion {
  /** NUTS 2016 code (two letters for a country). */
  code: string;
  name: string;
  country: string;
  level: 'country' | 'region';
  capital: boolean;
  merged: string | null;
}

export interface RciRow extends RciRegion {
  edition: number;
  /** z-score, EU average 0; null where there is no value. */
  score: number | null;
}

export interface RciDataset extends Dataset<RciRow> {
  editions: number[];
  regions: RciRegion[];
}

/** A reorganisation: on `date`, `from` gave all (`merge`, `rename`, `split` parts) or part (`correction`) of its inhabitants to `to`. */
export type ReorganisationKind = 'merge' | 'rename' | 'split' | 'correction';

/** The area index as generated: compact rows, expanded by `expandAreaIndex`. */
export interface AreaIndexRaw {
  id: string;
  source: DatasetSource;
  /** The last year the classification is known for (no change on 1 January of that year). */
  lastYear: number;
  /** [code, Dutch name, first year, last year] (years in the population files, 2012-2026). */
  municipalities: [string, string, number, number][];
  /** [another name people use, code]. */
  aliases: [string, string][];
  /** [date, from, to, kind, share of `from`'s inhabitants, inhabitants moved (CBS's record; null for a rename)]. */
  events: [string, string, string, ReorganisationKind, number, number | null][];
}

/** The national commuting index as generated (CBS 81251NED, December 2014, the 403 municipalities of 2014). */
export interface NationalCommutingRaw {
  id: string;
  source: DatasetSource;
  nationalTotal: number;
  /** The codes as numbers (344 is GM0344), in the order the flows index them: today's 342 and the divided codes of 2014. */
  codes: number[];
  /** Flat quads: area index, jobs held by residents, jobs located, living and working there (hundreds). */
  totals: number[];
  /** Flat quads per area, in hundredths of a degree rounded outward: west - 300, south - 5000, width, height. */
  bounds: number[];
  /** Codes (as numbers) of 2014 that were divided after 2014: on no map of today. */
  divided: number[];
  /** Codes (as numbers) of today whose territory differs from the sum of whole codes of 2014. */
  changed: number[];
  /** Flat pairs: area index and how many codes of 2014 it is made of, for those made of more than one. */
  parts: number[];
}
