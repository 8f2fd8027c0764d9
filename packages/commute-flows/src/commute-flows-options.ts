import { placeOptions, placeOptionText, type OptionTable, type OptionText } from '@q4/core/figure';

/** The commuting map's options: the place options (core's), then what the map draws. */
export const commuteOptions = {
  /** Municipality whose inflows and outflows are shown (CBS code or name); empty for the region's flows. */
  municipality: placeOptions.municipality,
  /** A region of municipalities: 2 to 80 CBS codes (or names) separated by commas, or `NL` for the whole country. */
  region: placeOptions.region,
  /** The region's name in the texts (at most 60 characters; shown as text, never as HTML). */
  'region-name': placeOptions['region-name'],
  /** Which flows: `in` (to the municipality or region), `out` (from it) or `both` (default). */
  direction: { kind: 'enum', default: 'both', values: ['both', 'in', 'out'] },
  /** Draw at most this many flows, the largest first. */
  top: { kind: 'integer', default: 15, reflect: false },
  /** Leave out flows of fewer jobs than this. */
  'min-jobs': { kind: 'integer', default: 0, reflect: false },
} as const satisfies OptionTable;

/** The commuting map's options in words, for the builder and `q4-render --help` (not in the CDN files). */
export const commuteOptionText: OptionText<typeof commuteOptions> = {
  nl: {
    ...placeOptionText.nl,
    region: { label: 'Regio van gemeenten', help: "Twee tot tachtig gemeenten met komma's ertussen (namen of CBS-codes), of NL voor heel Nederland." },
    direction: {
      label: 'Richting',
      help: 'Welke stromen de kaart toont.',
      values: { both: 'Beide richtingen', in: 'Naar de gemeente toe', out: 'Vanuit de gemeente' },
    },
    top: { label: 'Aantal stromen', help: 'Hoeveel stromen de kaart hoogstens toont, de grootste eerst.' },
    'min-jobs': { label: 'Kleinste stroom', help: 'Stromen met minder banen dan dit laat de kaart weg.' },
  },
  en: {
    ...placeOptionText.en,
    region: { label: 'Region of municipalities', help: 'Two to eighty municipalities separated by commas (names or CBS codes), or NL for the whole country.' },
    direction: {
      label: 'Direction',
      help: 'Which flows the map shows.',
      values: { both: 'Both directions', in: 'Into the municipality', out: 'Out of the municipality' },
    },
    top: { label: 'Number of flows', help: 'At most this many flows on the map, the largest first.' },
    'min-jobs': { label: 'Smallest flow', help: 'The map leaves out flows of fewer jobs than this.' },
  },
};
