import type { OptionTable, OptionText } from '@q4/core/figure';

/** The commuting map's options: what each takes, its allowed values and its default. */
export const commuteOptions = {
  municipality: { kind: 'area', default: '', place: 'municipality' },
  region: { kind: 'area-list', default: '', place: 'region' },
  'region-name': { kind: 'text', default: '', place: 'region-name' },
  direction: { kind: 'enum', default: 'both', values: ['both', 'in', 'out'] },
  top: { kind: 'integer', default: 15 },
  'min-jobs': { kind: 'integer', default: 0 },
} as const satisfies OptionTable;

/** The commuting map's options in words, for the builder and `q4-render --help` (not in the CDN files). */
export const commuteOptionText: OptionText<typeof commuteOptions> = {
  nl: {
    municipality: { label: 'Gemeente', help: 'Naam of CBS-code van een gemeente, bijvoorbeeld Zeist of GM0355. Leeg: de regio uit het rapport.' },
    region: { label: 'Regio van gemeenten', help: "Twee tot tachtig gemeenten met komma's ertussen (namen of CBS-codes), of NL voor heel Nederland." },
    'region-name': { label: 'Naam van de regio', help: 'Hoe de regio in de teksten heet, hoogstens 60 tekens.' },
    direction: {
      label: 'Richting',
      help: 'Welke stromen de kaart toont.',
      values: { both: 'Beide richtingen', in: 'Naar de gemeente toe', out: 'Vanuit de gemeente' },
    },
    top: { label: 'Aantal stromen', help: 'Hoeveel stromen de kaart hoogstens toont, de grootste eerst.' },
    'min-jobs': { label: 'Kleinste stroom', help: 'Stromen met minder banen dan dit laat de kaart weg.' },
  },
  en: {
    municipality: { label: 'Municipality', help: "Name or CBS code of a municipality, for example Zeist or GM0355. Empty: the report's region." },
    region: { label: 'Region of municipalities', help: 'Two to eighty municipalities separated by commas (names or CBS codes), or NL for the whole country.' },
    'region-name': { label: 'Name of the region', help: 'What the texts call the region, at most 60 characters.' },
    direction: {
      label: 'Direction',
      help: 'Which flows the map shows.',
      values: { both: 'Both directions', in: 'Into the municipality', out: 'Out of the municipality' },
    },
    top: { label: 'Number of flows', help: 'At most this many flows on the map, the largest first.' },
    'min-jobs': { label: 'Smallest flow', help: 'The map leaves out flows of fewer jobs than this.' },
  },
};
