import { placeOptions, placeOptionText, type OptionTable, type OptionText } from '@q4/core/figure';

/** The sector flower's options: what each takes, its allowed values and its default. */
export const sectorOptions = {
  mode: { kind: 'enum', default: 'data', values: ['data', 'equal'] },
  view: { kind: 'enum', default: 'flower', values: ['flower', 'bars'] },
  ...placeOptions,
} as const satisfies OptionTable;

/** The sector flower's options in words, for the builder and `q4-render --help` (not in the CDN files). */
export const sectorOptionText: OptionText<typeof sectorOptions> = {
  nl: {
    mode: {
      label: 'Grootte van de bladen',
      help: 'Naar de cijfers (hoe sterk een sector is, vergeleken met heel Nederland), of allemaal even groot, zoals de tekening in het rapport.',
      values: { data: 'Naar de cijfers', equal: 'Even groot, zoals in het rapport' },
    },
    view: { label: 'Vorm', help: 'Als bloem, of als staven op volgorde.', values: { flower: 'Bloem', bars: 'Staven' } },
    municipality: {
      label: 'Gemeente',
      help: 'Een gemeente met cijfers per sector, bijvoorbeeld Zeist of Amersfoort. Leeg: de regio uit het rapport.',
    },
    region: { label: 'Regio van gemeenten', help: "Twee of meer gemeenten met cijfers per sector, met komma's ertussen." },
    'region-name': placeOptionText.nl['region-name'],
  },
  en: {
    mode: {
      label: 'Size of the petals',
      help: 'By the figures (how strong a sector is compared with the whole country), or all the same size, as in the drawing in the report.',
      values: { data: 'By the figures', equal: 'All the same, as in the report' },
    },
    view: { label: 'Shape', help: 'As a flower, or as bars in order.', values: { flower: 'Flower', bars: 'Bars' } },
    municipality: {
      label: 'Municipality',
      help: "A municipality with figures by sector, for example Zeist or Amersfoort. Empty: the report's region.",
    },
    region: { label: 'Region of municipalities', help: 'Two or more municipalities with figures by sector, separated by commas.' },
    'region-name': placeOptionText.en['region-name'],
  },
};
