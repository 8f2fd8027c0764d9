import type { Lang } from '@q4/core/figure';

/** Every text of <q4-land-use>, in both languages. */
export const messages = {
  nl: {
    title: 'In {year} is in {a} naar verhouding {more} {category} dan in {b}: {va} tegen {vb} van de oppervlakte',
    titleOne: '{category} is het grootste gebruik van de grond in {a} ({va}, {year})',
    more: 'meer',
    less: 'minder',
    summary: 'Aandeel van de totale oppervlakte in {year}: {list}.',
    summaryArea: '{area}: {list}',
    categoryShare: '{category} {share}',
    barLabel: '{area}, {category}: {share} ({ha} ha), {year}',
    yearLabel: 'Jaar',
    derivedNote: 'Nederland is de som van de twaalf provincies.',
    outerWaterNote: 'Water is binnen- plus buitenwater; {list} heeft geen cijfer voor buitenwater (geen kustwater).',
    municipalNote: 'Gemeentelijke cijfers zitten niet in de meegeleverde gegevens; een gemeente kan haar eigen rijen meegeven.',
    tableCaption: 'Bodemgebruik {year} in hectare en als aandeel van de totale oppervlakte',
    tableCategory: 'Gebruik',
    tableCell: '{ha} ha ({share})',
    chartLabel: 'Staafdiagram: aandeel van {count} soorten bodemgebruik, {year}',
    badYear: 'Geen gegevens voor het jaar "{value}". Kies uit: {list}.',
    unknownArea: 'Onbekend gebied "{value}". Kies uit: {list}.',
    unknownProvince:
      '"{value}" is geen provincie: grondgebruik is er alleen per provincie, er is geen bron per gemeente. Kies uit: {list}, of geef eigen gegevens via data of src.',
    areaAndAreas: 'Gebruik area (één provincie tegen Nederland) of areas (een lijst codes), niet allebei.',
    total: 'Totaal',
  },
  en: {
    title: 'In {year}, {a} has relatively {more} {category} than {b}: {va} against {vb} of the area',
    titleOne: '{category} is the largest land use in {a} ({va}, {year})',
    more: 'more',
    less: 'less',
    summary: 'Share of the total area in {year}: {list}.',
    summaryArea: '{area}: {list}',
    categoryShare: '{category} {share}',
    barLabel: '{area}, {category}: {share} ({ha} ha), {year}',
    yearLabel: 'Year',
    derivedNote: 'The Netherlands is the sum of the twelve provinces.',
    outerWaterNote: 'Water is inner plus outer water; {list} has no figure for outer water (no coastal water).',
    municipalNote: 'Municipal figures are not in the bundled data; a municipality can pass its own rows.',
    tableCaption: 'Land use {year} in hectares and as a share of the total area',
    tableCategory: 'Use',
    tableCell: '{ha} ha ({share})',
    chartLabel: 'Bar chart: share of {count} kinds of land use, {year}',
    badYear: 'No data for the year "{value}". Choose from: {list}.',
    unknownArea: 'Unknown area "{value}". Choose from: {list}.',
    unknownProvince:
      '"{value}" is not a province: land use exists only per province, there is no source per municipality. Choose from: {list}, or pass your own data through data or src.',
    areaAndAreas: 'Use area (one province against the Netherlands) or areas (a list of codes), not both.',
    total: 'Total',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The main categories, with their names. */
export const categories = [
  { id: 'builtUp', nl: 'bebouwd terrein', en: 'built-up land' },
  { id: 'semiBuiltUp', nl: 'semi-bebouwd terrein', en: 'semi built-up land' },
  { id: 'traffic', nl: 'verkeersterrein', en: 'traffic' },
  { id: 'recreation', nl: 'recreatieterrein', en: 'recreation' },
  { id: 'agriculture', nl: 'landbouw', en: 'agriculture' },
  { id: 'forestNature', nl: 'bos en open natuur', en: 'forest and open nature' },
  { id: 'water', nl: 'water', en: 'water' },
] as const;

export type CategoryId = (typeof categories)[number]['id'];
