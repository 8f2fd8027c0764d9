// The profile's own sentences beside each widget (one module per widget, in ./sentences/), written from the same
// model the widget draws, with the comparisons the report makes. Each sentence has its footnote: the table, the
// period, and what it is compared with. The house's rules hold: ties named at the precision shown, bounds stated as
// bounds, every period named, a count of the right thing, quotes exact.

/** A credit without its "Bron: " or "Source: " (the footnotes and the citation name the source after their own words). */
export const withoutPrefix = (credit: string): string => credit.replace(/^(Bron|Source): /, '');

/** One sentence of a profile, with its footnote (source, period, what it is compared with). */
export interface Sentence {
  text: string;
  note: string;
}

/** The period a credit names ("Bron: CBS (81251NED), december 2014 · Kaart: …" gives "december 2014"). */
export const periodOf = (credit: string): string =>
  withoutPrefix(credit)
    .split(' · ')[0]
    .replace(/^[^)]*\),\s*/, '');

/** The municipality the reader compares with (`compare=`): its model of the same figure, or its own reason for none. */
export interface Compared<M> {
  name: string;
  model: M | null;
  /** Why there is no model (the widget's own error), where there is none. */
  error?: string;
}
