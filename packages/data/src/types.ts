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
  /** The file in shared/ the figures were read from. */
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
