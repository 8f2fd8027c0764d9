import type { Lang } from '@q4/core';

/** Every text of the profile page, in both languages; the widgets' own texts are theirs. */
export const messages = {
  nl: {
    pageTitle: '{place}: het Q4-profiel',
    pageTitlePeriod: '{place}: het Q4-profiel, cijfers {years}',
    reportRegion: 'Heuvelrug Kromme Rijnstreek',
    nl: 'Nederland',
    intro:
      'De figuren van het rapport van Stichting Q4 (mei 2015), met de nieuwste cijfers voor {place}. Elke zin komt uit de cijfers; de bron en de periode staan bij elke figuur.',
    place: 'Plaats',
    placeHint: 'Typ de naam of de CBS-code van een gemeente, bijvoorbeeld Zwolle of GM0193.',
    placeList: 'Gemeenten',
    contents: 'Inhoud',
    make: 'Maak deze grafiek',
    makeLabel: 'Maak deze grafiek: {name} voor {place}',
    missing: 'Niet voor deze plaats',
    missingIntro: 'Deze figuren van het rapport zijn er niet voor {place}:',
    sources: 'Bronnen',
    csv: 'Download alle gegevens van deze pagina (CSV)',
    cite: 'Citeer deze pagina',
    citation: 'Q4 widgets, {title}{edition}. Bronnen: {sources}. {url} (geraadpleegd op {date}).',
    edition: ', editie {year}',
    stable: 'Vaste link naar deze editie (voor raadsstukken)',
    pageUrl: 'Deze pagina:',
    loading: 'Het profiel wordt gemaakt…',
    badPlace: 'Dit profiel kan niet worden getoond.',
    noPlace: {
      scorecard: 'De scorekaart uit het rapport gaat alleen over Bunnik, De Bilt, Utrechtse Heuvelrug, Wijk bij Duurstede en Zeist.',
      'land-use': 'Het bodemgebruik uit het rapport is er alleen per provincie; er is geen bron per gemeente.',
      competitiveness: 'De concurrentie-index van de Europese Unie is er alleen per provincie (Europese regio), niet per gemeente.',
      'identity-shift':
        'De tabel van dikke naar dunne identiteit is de eigen beschrijving van het rapport voor Heuvelrug Kromme Rijnstreek; voor andere plaatsen is er geen bron.',
    } as Record<string, string>,
  },
  en: {
    pageTitle: '{place}: the Q4 profile',
    pageTitlePeriod: '{place}: the Q4 profile, figures {years}',
    reportRegion: 'Heuvelrug Kromme Rijnstreek',
    nl: 'the Netherlands',
    intro:
      'The figures of the Stichting Q4 report (May 2015), with the newest figures for {place}. Every sentence comes from the figures; each figure gives its source and period.',
    place: 'Place',
    placeHint: 'Type the name or CBS code of a municipality, for example Zwolle or GM0193.',
    placeList: 'Municipalities',
    contents: 'Contents',
    make: 'Make this chart',
    makeLabel: 'Make this chart: {name} for {place}',
    missing: 'Not for this place',
    missingIntro: 'These figures of the report are not available for {place}:',
    sources: 'Sources',
    csv: 'Download all data of this page (CSV)',
    cite: 'Cite this page',
    citation: 'Q4 widgets, {title}{edition}. Sources: {sources}. {url} (accessed {date}).',
    edition: ', edition {year}',
    stable: 'Permanent link to this edition (for council documents)',
    pageUrl: 'This page:',
    loading: 'Making the profile…',
    badPlace: 'This profile cannot be shown.',
    noPlace: {
      scorecard: 'The report’s scorecard covers only Bunnik, De Bilt, Utrechtse Heuvelrug, Wijk bij Duurstede and Zeist.',
      'land-use': 'The report’s land use is available per province only; there is no source per municipality.',
      competitiveness: 'The European Union’s competitiveness index is available per province (European region) only, not per municipality.',
      'identity-shift':
        'The table from thick to thin identity is the report’s own description of Heuvelrug Kromme Rijnstreek; there is no source for other places.',
    } as Record<string, string>,
  },
} satisfies Record<Lang, Record<string, unknown>>;
