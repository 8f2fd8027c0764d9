import type { Lang } from '@q4/core/figure';

/** Every text of <q4-identity-shift>, in both languages. */
export const messages = {
  nl: {
    title: 'Identiteit verschuift van dik naar dun: {count} verschuivingen',
    summary: '{first}: {list}.',
    // Quoted from the report, word for word.
    summaryReport: 'Het rapport: „Dikke identiteit is vaak een doel, dunne identiteit meer een middel.” {first}: {list}.',
    first: 'De eerste {shown} van de {count} paren',
    firstAll: 'De {count} paren',
    pair: 'van {thick} naar {thin}',
    thick: 'Dikke identiteiten',
    thin: 'Dunne identiteiten',
    listLabel: 'Verschuivingen van dikke naar dunne identiteit',
    tableCaption: 'Verschuiving van identiteit: van dik naar dun',
    tableRow: 'Nr.',
    chartLabel: 'Diagram met {count} pijlen van dikke naar dunne identiteit',
    translationNote: '',
  },
  en: {
    title: 'Identity shifts from thick to thin: {count} shifts',
    summary: '{first}: {list}.',
    // The report's sentence, in our translation (the note says so).
    summaryReport: 'The report: “Thick identity is often an end, thin identity more a means.” {first}: {list}.',
    first: 'The first {shown} of the {count} pairs',
    firstAll: 'The {count} pairs',
    pair: 'from {thick} to {thin}',
    thick: 'Thick identities',
    thin: 'Thin identities',
    listLabel: 'Shifts from thick to thin identity',
    tableCaption: 'The shift of identity: from thick to thin',
    tableRow: 'No.',
    chartLabel: 'Diagram with {count} arrows from thick to thin identity',
    translationNote: 'Translated from the Dutch of the report.',
  },
} satisfies Record<Lang, Record<string, string>>;
