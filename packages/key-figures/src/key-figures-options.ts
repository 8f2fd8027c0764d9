import { placeOptions, placeOptionText, type OptionTable, type OptionText } from '@q4/core/figure';

/** The key figures' options: the place options (core's). */
export const keyFiguresOptions = { ...placeOptions } as const satisfies OptionTable;

/** The key figures' options in words, for the builder and `q4-render --help` (not in the CDN files). */
export const keyFiguresOptionText: OptionText<typeof keyFiguresOptions> = {
  nl: {
    ...placeOptionText.nl,
    municipality: {
      label: 'Gemeente',
      help: 'Naam of CBS-code van een gemeente, ook van een gemeente die niet meer bestaat, bijvoorbeeld Groningen of GM0014. Leeg: de regio uit het rapport.',
    },
  },
  en: {
    ...placeOptionText.en,
    municipality: {
      label: 'Municipality',
      help: "Name or CBS code of a municipality, also one that no longer exists, for example Groningen or GM0014. Empty: the report's region.",
    },
  },
};
