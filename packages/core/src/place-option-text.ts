// The words of the place options (place-options.ts), which a widget's option words spread, saying in its own help line
// which places it has figures for. A module of its own, outside the runtime of q4-widgets.js (rollup.config.mjs): only
// the builder and q4-render read option words.
import type { placeOptions } from './place-options.js';
import type { OptionText } from './types.js';

/** The words of the place options; a widget replaces the help of those it takes differently. */
export const placeOptionText: OptionText<typeof placeOptions> = {
  nl: {
    municipality: { label: 'Gemeente', help: 'Naam of CBS-code van een gemeente, bijvoorbeeld Zeist of GM0355. Leeg: de regio uit het rapport.' },
    region: { label: 'Regio van gemeenten', help: "Twee tot tachtig gemeenten met komma's ertussen (namen of CBS-codes)." },
    'region-name': { label: 'Naam van de regio', help: 'Hoe de regio in de teksten heet, hoogstens 60 tekens.' },
  },
  en: {
    municipality: { label: 'Municipality', help: "Name or CBS code of a municipality, for example Zeist or GM0355. Empty: the report's region." },
    region: { label: 'Region of municipalities', help: 'Two to eighty municipalities separated by commas (names or CBS codes).' },
    'region-name': { label: 'Name of the region', help: 'What the texts call the region, at most 60 characters.' },
  },
};
