/** The languages every widget speaks completely. */
export type Lang = 'nl' | 'en';

/** A text in both languages. */
export interface Localized {
  nl: string;
  en: string;
}

/** `en`, `en-GB`, `EN` -> `en`; anything else -> `nl` (the default). */
export function toLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value.trim()) ? 'en' : 'nl';
}

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * One `Intl` formatter per locale and options, made on first use and kept: making one costs about 50 µs, formatting
 * with it under 1 µs, and a page of seven widgets formats about a thousand numbers in its first render.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** Formats a number the way readers of `lang` expect (`5,1` in Dutch, `5.1` in English). */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  return formatter(`n${lang}${decimals}`, () => new Intl.NumberFormat(locales[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals })).format(value);
}

/** Formats a number with at most `decimals` decimals, leaving off trailing zeros (`12,5` and `12`). */
export function formatNumberUpTo(value: number, lang: Lang, decimals: number): string {
  return formatter(`u${lang}${decimals}`, () => new Intl.NumberFormat(locales[lang], { maximumFractionDigits: decimals })).format(value);
}

/** "1 januari 2019" / "1 January 2019", from a date in UTC. */
export function formatDateUtc(time: number, lang: Lang): string {
  return formatter(`d${lang}`, () => new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(time);
}

/** Fills `{name}` placeholders. Values are plain text: nothing here is ever parsed as HTML. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

const listWords: Record<Lang, Record<'conjunction' | 'disjunction', string>> = {
  nl: { conjunction: ' en ', disjunction: ' of ' },
  en: { conjunction: ' and ', disjunction: ' or ' },
};

/**
 * Joins `a, b en c` / `a, b and c` (or, for choices, `a, b of c` / `a, b or c`): what `Intl.ListFormat` gives for
 * nl-NL and en-GB in its long style (en-GB has no comma before "and"); a test holds the two equal for 0-6 items.
 * Not `Intl.ListFormat` itself: the page's first one costs 1.2-3 ms to make (median 1.4 ms in Chromium 156, after a
 * NumberFormat; scripts measured 2026-12-06), in every widget's first render, for a join of two fixed words.
 */
export function listFormat(items: string[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')}${listWords[lang][type]}${items[items.length - 1]}`;
}

/** The texts of the base element, in both languages. */
export const coreMessages = {
  nl: {
    loading: 'Gegevens laden…',
    empty: 'Er zijn geen gegevens om te tonen.',
    errorTitle: 'Deze grafiek kan niet worden getoond.',
    retry: 'Opnieuw proberen',
    showTable: 'Toon als tabel',
    download: 'Downloaden',
    downloadPng: 'Afbeelding (PNG)',
    downloadSvg: 'Vectorafbeelding (SVG)',
    downloadCsv: 'Gegevens (CSV)',
    hideTable: 'Verberg tabel',
    tableRegion: 'Tabel met de gegevens van de grafiek',
    noData: 'geen gegevens',
    bundleFailed: 'De meegeleverde gegevens konden niet worden geladen.',
    render: 'De grafiek kon niet worden getekend ({detail}).',
    badOption: 'Ongeldige waarde {value} voor het attribuut {name}: verwacht {expected}.',
    ownData: 'Bron: gegevens van deze pagina',
    'invalid-src': 'Het adres van de gegevens ({src}) is geen http(s)- of relatief adres.',
    network: 'De gegevens konden niet worden opgehaald ({src}).',
    timeout: 'Het ophalen van de gegevens duurde te lang ({src}).',
    http: 'De server gaf foutcode {status} voor {src}.',
    'invalid-json': 'De gegevens van {src} zijn geen geldige JSON.',
    'too-large': 'De gegevens van {src} zijn te groot (meer dan 20 MB).',
    'invalid-data': 'De gegevens hebben niet de verwachte vorm: {first}{more}',
    moreIssues: ' (en nog {count} problemen)',
    issueRow: 'rij {row}',
    issueField: 'veld "{field}"',
    issueExpected: 'verwacht {expected}',
    issueReceived: 'gevonden {received}',
    linkFollowed: 'Gekozen in een gekoppelde grafiek: {name}.',
    linkCannot: 'Gekozen in een gekoppelde grafiek: {name}. Deze grafiek kan die keuze niet volgen en toont wat hij toonde: {reason}',
    linkNoPlace: 'deze grafiek toont geen gemeente.',
  },
  en: {
    loading: 'Loading data…',
    empty: 'There is no data to show.',
    errorTitle: 'This chart cannot be shown.',
    retry: 'Try again',
    showTable: 'Show as table',
    download: 'Download',
    downloadPng: 'Image (PNG)',
    downloadSvg: 'Vector image (SVG)',
    downloadCsv: 'Data (CSV)',
    hideTable: 'Hide table',
    tableRegion: 'Table with the data of the chart',
    noData: 'no data',
    bundleFailed: 'The bundled data could not be loaded.',
    render: 'The chart could not be drawn ({detail}).',
    badOption: 'Invalid value {value} for the attribute {name}: expected {expected}.',
    ownData: 'Source: data supplied by this page',
    'invalid-src': 'The data address ({src}) is not an http(s) or relative address.',
    network: 'The data could not be fetched ({src}).',
    timeout: 'Fetching the data took too long ({src}).',
    http: 'The server answered with error {status} for {src}.',
    'invalid-json': 'The data from {src} is not valid JSON.',
    'too-large': 'The data from {src} is too large (more than 20 MB).',
    'invalid-data': 'The data does not have the expected shape: {first}{more}',
    moreIssues: ' (and {count} more problems)',
    issueRow: 'row {row}',
    issueField: 'field "{field}"',
    issueExpected: 'expected {expected}',
    issueReceived: 'found {received}',
    linkFollowed: 'Chosen in a linked chart: {name}.',
    linkCannot: 'Chosen in a linked chart: {name}. This chart cannot follow that choice and shows what it showed: {reason}',
    linkNoPlace: 'this chart does not show a municipality.',
  },
} satisfies Record<Lang, Record<string, string>>;
