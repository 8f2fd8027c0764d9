import { placeOptions, placeOptionText, type OptionTable, type OptionText } from '@q4/core/figure';

/** The key figures' options: which figures, and the place options (core's). */
export const keyFiguresOptions = {
  /**
   * `today` (default): the newest figures, the population on 1 January 2012-2026 (CBS) and LISA 2017, of the
   * region or of the place chosen; `report`: the region's key figures as the report of May 2015 gave them, beside
   * the city regions of Utrecht and Amersfoort.
   */
  view: { kind: 'enum', default: 'today', values: ['today', 'report'] },
  /** Any municipality to show instead of the region: a CBS code or name of today or an earlier year (`Groningen`, `GM1961`, `Bergen (NH.)`). */
  municipality: placeOptions.municipality,
  /** A region of municipalities: 2 to 80 CBS codes (or names) separated by commas; `NL` for the whole country. */
  region: placeOptions.region,
  /** The region's name in the texts (at most 60 characters; shown as text, never as HTML). */
  'region-name': placeOptions['region-name'],
} as const satisfies OptionTable;

/** The key figures' options in words, for the builder and `q4-render --help` (not in the CDN files). */
export const keyFiguresOptionText: OptionText<typeof keyFiguresOptions> = {
  nl: {
    view: {
      label: 'Welke cijfers',
      help: 'De nieuwste cijfers van CBS en LISA, of de kerncijfers zoals het rapport van mei 2015 ze noemde.',
      values: { today: 'De nieuwste cijfers', report: 'De cijfers uit het rapport (2015)' },
    },
    ...placeOptionText.nl,
    municipality: {
      label: 'Gemeente',
      help: 'Naam of CBS-code van een gemeente, ook van een gemeente die niet meer bestaat, bijvoorbeeld Groningen of GM0014. Leeg: de regio uit het rapport.',
    },
  },
  en: {
    view: {
      label: 'Which figures',
      help: 'The newest figures of CBS and LISA, or the key figures as the report of May 2015 gave them.',
      values: { today: 'The newest figures', report: 'The report’s figures (2015)' },
    },
    ...placeOptionText.en,
    municipality: {
      label: 'Municipality',
      help: "Name or CBS code of a municipality, also one that no longer exists, for example Groningen or GM0014. Empty: the report's region.",
    },
  },
};
