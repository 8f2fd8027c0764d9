// What a widget's area attributes ask for: its own module, free of imports, so that a widget's file can tell
// whether it needs the area index without carrying any of it.

/** The area attributes of a widget, as typed. */
export interface AreaRequest {
  municipality?: string;
  /** Comma- or space-separated municipality codes (names work too), or `NL` for the whole country. */
  region?: string;
  regionName?: string;
}

/** Whether a widget's options ask for an area (a municipality or a region) rather than its default. */
export const asksForArea = (o: AreaRequest): boolean => !!String(o.municipality ?? '').trim() || !!String(o.region ?? '').trim();
