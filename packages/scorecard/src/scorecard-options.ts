import type { OptionTable, OptionText } from '@q4/core/figure';

/** The scorecard's options: what each takes, its allowed values and its default. */
export const scorecardOptions = {
  /** Municipality to highlight and compare with the province: a CBS code (`GM0355`) or a name (`Zeist`). */
  municipality: { kind: 'area', default: '', place: 'municipality' },
  /** Indicator group to show: `cohesie`, `tevredenheid`, `milieuoverlast`, or `all` (default). */
  group: { kind: 'enum', default: 'all', values: ['all', 'cohesie', 'tevredenheid', 'milieuoverlast'] },
} as const satisfies OptionTable;

/** The scorecard's options in words, for the builder and `q4-render --help` (not in the CDN files). */
export const scorecardOptionText: OptionText<typeof scorecardOptions> = {
  nl: {
    municipality: {
      label: 'Gemeente',
      help: 'Een gemeente uit het rapport: Bunnik, De Bilt, Utrechtse Heuvelrug, Wijk bij Duurstede of Zeist. Leeg: de regio.',
    },
    group: {
      label: 'Onderwerp',
      help: 'Welke cijfers de kaart toont.',
      values: { all: 'Alle onderwerpen', cohesie: 'Samenhang in de buurt', tevredenheid: 'Tevredenheid', milieuoverlast: 'Overlast' },
    },
  },
  en: {
    municipality: {
      label: 'Municipality',
      help: 'A municipality of the report: Bunnik, De Bilt, Utrechtse Heuvelrug, Wijk bij Duurstede or Zeist. Empty: the region.',
    },
    group: {
      label: 'Topic',
      help: 'Which figures the scorecard shows.',
      values: { all: 'All topics', cohesie: 'Neighbourhood cohesion', tevredenheid: 'Satisfaction', milieuoverlast: 'Nuisance' },
    },
  },
};
