import { placeOptions, placeOptionText, type OptionTable, type OptionText } from '@q4/core/figure';

/** The sector flower's options: what each takes, its allowed values and its default. */
export const sectorOptions = {
  /** `data` (default): petals sized by location quotient; `equal`: the report's illustration with equal petals. */
  mode: { kind: 'enum', default: 'data', values: ['data', 'equal'] },
  /** `flower` (default) or `bars`: sorted bars of the same quotients. */
  view: { kind: 'enum', default: 'flower', values: ['flower', 'bars'] },
  /**
   * A municipality to show instead of the report's region: a CBS code or name of a municipality of 2010 or of today.
   * One whose territory is not a sum of whole municipalities of 2010 (a part of one moved in or out since) gets an
   * error that says so and names its predecessors.
   */
  municipality: placeOptions.municipality,
  /**
   * Which sectors: `auto` (default) the report's five for the report's region and its five municipalities, the
   * place's own strongest elsewhere; `own` the five SBI sections with the highest quotient (with every tie);
   * `report` the report's five leading sectors. Your own `data` is shown as given.
   */
  sectors: { kind: 'enum', default: 'auto', values: ['auto', 'own', 'report'] },
  /** A region of municipalities: 2 to 80 CBS codes (or names) separated by commas. */
  region: placeOptions.region,
  /** The region's name in the texts (at most 60 characters; shown as text, never as HTML). */
  'region-name': placeOptions['region-name'],
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
    sectors: {
      label: 'Welke sectoren',
      help: 'De vijf uit het rapport, of de vijf sectoren die in deze plaats het sterkst zijn vergeleken met heel Nederland.',
      values: { auto: 'Vanzelf: het rapport voor de regio, anders de eigen', own: 'De sterkste van deze plaats', report: 'De vijf uit het rapport' },
    },
    municipality: {
      label: 'Gemeente',
      help: 'Een gemeente van nu of van 2010, bijvoorbeeld Amersfoort of Goeree-Overflakkee. Leeg: de regio uit het rapport.',
    },
    region: { label: 'Regio van gemeenten', help: "Twee of meer gemeenten, met komma's ertussen." },
    'region-name': placeOptionText.nl['region-name'],
  },
  en: {
    mode: {
      label: 'Size of the petals',
      help: 'By the figures (how strong a sector is compared with the whole country), or all the same size, as in the drawing in the report.',
      values: { data: 'By the figures', equal: 'All the same, as in the report' },
    },
    view: { label: 'Shape', help: 'As a flower, or as bars in order.', values: { flower: 'Flower', bars: 'Bars' } },
    sectors: {
      label: 'Which sectors',
      help: "The report's five, or the five sectors that are strongest in this place compared with the whole country.",
      values: { auto: "Automatic: the report's for the region, else the place's own", own: "This place's strongest", report: "The report's five" },
    },
    municipality: {
      label: 'Municipality',
      help: "A municipality of today or of 2010, for example Amersfoort or Goeree-Overflakkee. Empty: the report's region.",
    },
    region: { label: 'Region of municipalities', help: 'Two or more municipalities, separated by commas.' },
    'region-name': placeOptionText.en['region-name'],
  },
};
