import type { Lang } from '@q4/core/figure';

/** Every text of <q4-__name__>, in both languages. */
export const messages = {
  nl: {
    title: '{label} is het grootst ({value})',
    titleTie: '{label} zijn het grootst ({value})',
    summary: '{count} waarden; de grootste is {label} met {value}.',
    chartLabel: 'Staafdiagram met {count} staven',
    tableCaption: 'De gegevens van de grafiek',
    tableLabel: 'Naam',
    tableValue: 'Waarde',
  },
  en: {
    title: '{label} is the largest ({value})',
    titleTie: '{label} are the largest ({value})',
    summary: '{count} values; the largest is {label} with {value}.',
    chartLabel: 'Bar chart with {count} bars',
    tableCaption: 'The data of the chart',
    tableLabel: 'Name',
    tableValue: 'Value',
  },
} satisfies Record<Lang, Record<string, string>>;
