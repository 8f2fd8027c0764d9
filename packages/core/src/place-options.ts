// The options that name a place, as the widgets that take one declare them: a municipality, a region of
// municipalities and the region's name. A widget's option table spreads these; their words are in place-option-text.ts.

/** The place options of a figure's option table (LinkController sets them for a place followed from a linked widget). */
export const placeOptions = {
  municipality: { kind: 'area', default: '', place: 'municipality' },
  region: { kind: 'area-list', default: '', place: 'region' },
  'region-name': { kind: 'text', default: '', place: 'region-name' },
} as const;
