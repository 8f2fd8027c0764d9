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

/*
 * Numbers and dates are formatted by hand, not with `Intl`: the page's first `Intl` formatter (or `localeCompare`,
 * or `toLocaleString`) costs milliseconds while V8 gathers its locales, in every widget's first render
 * (docs/performance.md, "no `Intl` on the page", has the measurements), for two locales whose rules fit in a few
 * lines. A browser test holds these functions equal to `Intl.NumberFormat` and `Intl.DateTimeFormat` for nl-NL and
 * en-GB over thousands of values (halves at every place, negative zero, tiny and huge numbers).
 */
/** How readers of each language group thousands and mark decimals (`61.641` and `5,1` in Dutch). */
export const separators: Record<Lang, { group: string; decimal: string }> = { nl: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/**
 * `value` rounded to `decimals` places as Intl does it: from the shortest decimal that reads back as the same double
 * (what `toExponential()` gives, so 1.005 is 1.005, not 1.00499…), half away from zero. Digits only, no sign.
 */
function roundedDigits(abs: number, decimals: number): { int: string; fraction: string } {
  const [mantissa, exponent] = abs.toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let point = Number(exponent) + 1;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const keep = point + decimals;
  if (digits.length < keep) digits += '0'.repeat(keep - digits.length);
  else if (digits.length > keep) {
    const up = digits.charCodeAt(keep) >= 53; // '5'
    digits = digits.slice(0, keep);
    if (up) {
      let i = keep - 1;
      while (i >= 0 && digits[i] === '9') i--;
      digits = i < 0 ? `1${'0'.repeat(keep)}` : digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(keep - 1 - i);
      if (i < 0) point++;
    }
  }
  return { int: digits.slice(0, point), fraction: digits.slice(point) };
}

function formatDecimal(value: number, lang: Lang, decimals: number, trim: boolean): string {
  // Not a finite number: Intl's own words for it ("NaN", "∞"), paying its cost only here.
  if (!Number.isFinite(value)) return new Intl.NumberFormat(locales[lang]).format(value);
  const { group, decimal } = separators[lang];
  const { int, fraction } = roundedDigits(Math.abs(value), decimals);
  const shown = trim ? fraction.replace(/0+$/, '') : fraction;
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, group);
  // Intl shows the sign of every negative number, negative zero and those rounded to zero included ("-0").
  return `${value < 0 || Object.is(value, -0) ? '-' : ''}${grouped}${shown ? decimal + shown : ''}`;
}

/** Formats a number the way readers of `lang` expect (`5,1` in Dutch, `5.1` in English). */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  return formatDecimal(value, lang, decimals, false);
}

/** Formats a number with at most `decimals` decimals, leaving off trailing zeros (`12,5` and `12`). */
export function formatNumberUpTo(value: number, lang: Lang, decimals: number): string {
  return formatDecimal(value, lang, decimals, true);
}

const months: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "1 januari 2019" / "1 January 2019", from a date in UTC. */
export function formatDateUtc(time: number, lang: Lang): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  // Years before 1000 and invalid dates: Intl's own form.
  if (!(year >= 1000 && year <= 9999))
    return new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(time);
  return `${date.getUTCDate()} ${months[lang][date.getUTCMonth()]} ${year}`;
}

/**
 * Orders codes, keys and ISO dates (`GM0344`, `NL31`, `region:NL31`, `2019-01-01`) by their UTF-16 code units, as
 * `<` does: a stable order for ties that needs no collator (a page's first `localeCompare` costs what the first
 * `Intl` formatter does). A test holds it equal to `localeCompare` on every code the bundled data holds.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A name folded for ordering: without diacritics, in lower case (`Súdwest-Fryslân` -> `sudwest-fryslan`). */
const folded = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Orders place names as a Dutch reader looks them up: letters before case and accents (`'s-Gravenhage`, `Aa en
 * Hunze`, … `Súdwest-Fryslân`, `Terneuzen`), ties by code units. Equal to `Intl.Collator('nl')` for every
 * municipality name of 2012-2024 and every label the map draws (a test holds it so), without paying for a collator.
 * Not for every script: letters that do not decompose (ø, æ, ß, ł) come after z, where a collator puts them by o, a, s, l.
 */
export function compareNames(a: string, b: string): number {
  const x = folded(a);
  const y = folded(b);
  return x < y ? -1 : x > y ? 1 : compareCodes(a, b);
}

/** A sentence that starts with a filled-in name ("the Netherlands had …"): its first letter as a capital. */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

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
 * Not `Intl.ListFormat` itself: the page's first one takes a millisecond or more to make, in every widget's first
 * render (docs/performance.md), for a join of two fixed words.
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
