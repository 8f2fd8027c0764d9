import type { OptionTable, OptionText } from '@q4/core/figure';

/**
 * The widget's options: what each takes, its allowed values and its default (none yet). Add one as `name: { kind, default }`
 * with a JSDoc comment for developers above it: it becomes the element's property, and that comment its documentation.
 */
export const __camel__Options = {} as const satisfies OptionTable;

/** The widget's options in words, for the builder and `q4-render --help` (not in the CDN files): a label and a help line each. */
export const __camel__OptionText: OptionText<typeof __camel__Options> = { nl: {}, en: {} };
