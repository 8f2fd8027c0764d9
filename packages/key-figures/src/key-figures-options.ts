import type { OptionTable, OptionText } from '@q4/core/figure';

/** The key figures' options: what each takes and its default. */
export const keyFiguresOptions = {
  municipality: { kind: 'area', default: '', place: 'municipality' },
  region: { kind: 'area-list', default: '', place: 'region' },
  'region-name': { kind: 'text', default: '', place: 'region-name' },
} as const satisfies OptionTable;

/** The key figures' options in words, for the builder and `q4-render --help` (not in the CDN files). */
export const keyFiguresOptionText: OptionText<typeof keyFiguresOptions> = {
  nl: {
    municipality: {
      label: 'Gemeente',
      help: 'Naam of CBS-code van een gemeente, ook van een gemeente die niet meer bestaat, bijvoorbeeld Groningen of GM0014. Leeg: de regio uit het rapport.',
    },
    region: { label: 'Regio van gemeenten', help: "Twee tot tachtig gemeenten met komma's ertussen (namen of CBS-codes)." },
    'region-name': { label: 'Naam van de regio', help: 'Hoe de regio in de teksten heet, hoogstens 60 tekens.' },
  },
  en: {
    municipality: {
      label: 'Municipality',
      help: "Name or CBS code of a municipality, also one that no longer exists, for example Groningen or GM0014. Empty: the report's region.",
    },
    region: { label: 'Region of municipalities', help: 'Two to eighty municipalities separated by commas (names or CBS codes).' },
    'region-name': { label: 'Name of the region', help: 'What the texts call the region, at most 60 characters.' },
  },
};
