// 2a. The report's key figures, with its own wording
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { DataError, expectNumbers, expectUnique } from './checks.mjs';
import { reportSource } from './sources.mjs';

const QUALIFIERS = {
  '': { id: 'exact', nl: '', en: '' },
  bijna: { id: 'almost', nl: 'bijna', en: 'almost' },
  'meer dan': { id: 'more-than', nl: 'meer dan', en: 'more than' },
  circa: { id: 'about', nl: 'circa', en: 'about' },
  ongeveer: { id: 'about', nl: 'ongeveer', en: 'about' },
};
const AREA_LABELS = {
  region: { nl: 'Heuvelrug Kromme Rijnstreek', en: 'Heuvelrug Kromme Rijnstreek' },
  'stadsregio-utrecht': { nl: 'Stadsregio Utrecht', en: 'Utrecht city region' },
  'stadsregio-amersfoort': { nl: 'Stadsregio Amersfoort', en: 'Amersfoort city region' },
};
const MEASURES = {
  inhabitants: { unit: 'persons', label: { nl: 'inwoners', en: 'inhabitants' } },
  jobs: { unit: 'jobs', label: { nl: 'arbeidsplaatsen', en: 'jobs' } },
  establishments: { unit: 'establishments', label: { nl: 'bedrijfsvestigingen', en: 'business establishments' } },
  farms: { unit: 'farms', label: { nl: 'landbouwbedrijven', en: 'farms' } },
  'one-person-share': { unit: 'percent', label: { nl: 'vestigingen met één arbeidsplaats (zzp)', en: 'one-person businesses (share of establishments)' } },
};
/** Each figure with the sentence it stands in; `q` captures the report's qualifier, `n` the number. */
const FIGURES = [
  ['region', 'inhabitants', /Er wonen (?<n>190\.000) mensen in deze regio/],
  ['region', 'jobs', /er zijn (?<n>87\.000) arbeidsplaatsen bij/],
  ['region', 'establishments', /arbeidsplaatsen bij (?<q>bijna) (?<n>20\.000) bedrijfsvestigingen/],
  ['stadsregio-utrecht', 'inhabitants', /stadsregio Utrecht heeft (?<q>meer dan) (?<n>550\.000) mensen/],
  ['stadsregio-utrecht', 'jobs', /550\.000 mensen en (?<q>bijna) (?<n>340\.000) arbeidsplaatsen/],
  ['stadsregio-amersfoort', 'inhabitants', /stadsregio Amersfoort (?<n>295\.000) inwoners/],
  ['stadsregio-amersfoort', 'jobs', /295\.000 inwoners en (?<q>bijna) (?<n>145\.000) arbeidsplaatsen/],
  ['region', 'farms', /(?<q>circa) (?<n>300) landbouwbedrijven in de Heuvelrug KRS/],
  ['region', 'one-person-share', /\(zzp-ers\) maken (?<q>ongeveer) (?<n>70)% uit van alle vestigingen/],
];

/** The sentence around `index`: it ends at ". " before a capital (not at the dot of "190.000"). */
const sentenceAround = (text, index, length) => {
  const boundary = /[.!?] (?=[A-Z‘'"])/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index < index) start = m.index + 2;
    else if (m.index >= index + length) {
      end = m.index + 1;
      break;
    }
  }
  return text.slice(start, end).trim();
};

export function buildKeyFigures(sources) {
  const seed = sources.seed();
  const text = seed.text.replace(/\s+/g, ' ');
  const rows = FIGURES.map(([area, measure, re]) => {
    const all = [...text.matchAll(new RegExp(re.source, 'g'))];
    if (all.length !== 1) throw new DataError(`key figures: ${area}/${measure} found ${all.length} times in the seed`);
    const { q = '', n } = all[0].groups;
    const value = Number(n.replace(/\./g, ''));
    const qualifier = QUALIFIERS[q];
    const unit = MEASURES[measure].unit;
    const nl = `${qualifier.nl ? `${qualifier.nl} ` : ''}${n}${unit === 'percent' ? '%' : ''}`;
    const en = `${qualifier.en ? `${qualifier.en} ` : ''}${value.toLocaleString('en-GB')}${unit === 'percent' ? '%' : ''}`;
    return {
      id: `${area}-${measure}`,
      area,
      areaLabel: AREA_LABELS[area],
      measure,
      measureLabel: MEASURES[measure].label,
      value,
      unit,
      qualifier: qualifier.id,
      wording: { nl, en },
      quote: sentenceAround(text, all[0].index, all[0][0].length),
    };
  });
  expectNumbers('key figures', rows, ['value']);
  expectUnique('key figures', rows, (r) => r.id);
  return {
    id: 'key-figures',
    source: reportSource(seed, { table: 'Text of "De regio Heuvelrug Kromme RijnStreek in vogelvlucht" and "Economische specialisaties"', period: '2015 (report)', notes: 'Rounded figures as the report words them; the report gives no year or source for them.' }),
    rows,
  };
}
