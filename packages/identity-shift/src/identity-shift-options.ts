import type { OptionTable, OptionText } from '@q4/core/figure';

/** The identity table's options: it has none (it shows the report's own table). */
export const identityOptions = {} as const satisfies OptionTable;

/** The identity table's options in words: none. */
export const identityOptionText: OptionText<typeof identityOptions> = { nl: {}, en: {} };
