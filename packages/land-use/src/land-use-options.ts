import type { OptionTable, OptionText } from '@q4/core/figure';

/** The land-use chart's options: what each takes and its default. */
export const landUseOptions = {
  /** Year shown; default the latest in the data (2015). */
  year: { kind: 'integer', default: 0 },
  /** Area codes to compare, separated by commas; default `PV26,NL01` (or the first areas of your data). */
  areas: { kind: 'text', default: '', reflect: false },
  /** One province against the Netherlands: `PV20`…`PV31` or a name (`Noord-Brabant`). Municipal figures are not in this source. */
  area: { kind: 'text', default: '' },
} as const satisfies OptionTable;

/** The land-use chart's options in words, for the builder and `q4-render --help` (not in the CDN files). */
export const landUseOptionText: OptionText<typeof landUseOptions> = {
  nl: {
    year: { label: 'Jaar', help: 'Het jaar van de cijfers. Leeg: het nieuwste jaar in de gegevens.' },
    areas: { label: 'Gebieden', help: "Codes van de gebieden om te vergelijken, met komma's ertussen, bijvoorbeeld PV26,NL01 (Utrecht en Nederland)." },
    area: { label: 'Provincie', help: 'Een provincie naast heel Nederland: de naam of de code (PV20 tot PV31). Deze cijfers zijn er niet per gemeente.' },
  },
  en: {
    year: { label: 'Year', help: 'The year of the figures. Empty: the latest year in the data.' },
    areas: { label: 'Areas', help: 'Codes of the areas to compare, separated by commas, for example PV26,NL01 (Utrecht and the Netherlands).' },
    area: { label: 'Province', help: 'One province beside the whole country: its name or code (PV20 to PV31). These figures do not exist per municipality.' },
  },
};
