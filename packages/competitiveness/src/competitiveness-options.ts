import type { OptionTable, OptionText } from '@q4/core/figure';

/** The competitiveness chart's options: what each takes, its allowed values and its default. */
export const rciOptions = {
  /** Edition of the index: `2010`, `2013`, `2016` or `2019` (default, the latest). */
  edition: { kind: 'integer', default: 0, values: [2019, 2016, 2013, 2010] },
  /** NUTS 2016 code of the region to highlight; default `NL31` (Utrecht). */
  region: { kind: 'text', default: 'NL31' },
} as const satisfies OptionTable;

/** The competitiveness chart's options in words, for the builder and `q4-render --help` (not in the CDN files). */
export const rciOptionText: OptionText<typeof rciOptions> = {
  nl: {
    edition: { label: 'Editie', help: 'Het jaar van de index. Leeg: de nieuwste editie.' },
    region: { label: 'Regio in Europa', help: 'De regio die opvalt in de grafiek: een NUTS-code, bijvoorbeeld NL31 voor de provincie Utrecht.' },
  },
  en: {
    edition: { label: 'Edition', help: 'The year of the index. Empty: the latest edition.' },
    region: { label: 'Region in Europe', help: 'The region the chart highlights: a NUTS code, for example NL31 for the province of Utrecht.' },
  },
};
