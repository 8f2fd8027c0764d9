// The key figures in words, written from the same model the widget draws, with the comparisons
// the report makes: a place against its province and the Netherlands, and against a municipality the reader chooses
// (`compare=`). Each sentence has its footnote: the table, the period, and what it is compared with. The house's
// rules hold: a change is given only where the territory stayed the same, a province whose border moved in the years
// compared is not compared (and the sentence says why), and "more than" is said at the precision shown.
import { fill, formatNumber, listFormat, upperFirst, type Lang } from '@q4/core/figure';
import type { NationalReferencesRaw } from '@q4/data';
import type { KeyFiguresModel } from '@q4/key-figures';
import { messages } from '../profile-text.js';
import { withoutPrefix, type Compared, type Sentence } from './sentence.js';

/** A place the profile's place is compared with, and its change over the same years (null: not compared, `why`). */
interface Reference {
  /** How a sentence names it after "meer dan": "in Zwolle", "in de provincie Utrecht", "landelijk". */
  where: string;
  /** Its name in a footnote. */
  name: string;
  growth: number | null;
  why?: string;
}

/** A percentage change as shown: one decimal, in the language. */
const shown = (growth: number, lang: Lang) => `${formatNumber(Math.abs(100 * growth), lang, 1)}%`;
/** The change rounded as shown, for comparing at the precision the reader sees. */
const rounded = (growth: number) => Math.round(1000 * growth) / 10;

/** The change of a series between two years (null where a year has no value). */
function change(values: readonly (number | null)[], years: readonly number[], first: number, last: number): number | null {
  const a = values[years.indexOf(first)];
  const b = values[years.indexOf(last)];
  return a && b ? b / a - 1 : null;
}

/** What another municipality's key figures give for the same years: its change, or why it is not compared. */
export type ComparedPlace = Compared<KeyFiguresModel>;

/**
 * The key figures in words: the population and its change over the years shown, the same change in the province and
 * the Netherlands (and in a chosen municipality), which of them the place grew faster than, and the jobs of LISA.
 */
export function keyFiguresSentences(model: KeyFiguresModel, references: NationalReferencesRaw, compare: ComparedPlace | null, lang: Lang): Sentence[] {
  if (model.mode !== 'municipality') return [];
  const t = messages[lang];
  const m = model.m;
  const rows = m.population;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const n = (v: number) => formatNumber(v, lang);
  const table = withoutPrefix(m.credit[lang]).split(' · ')[0];
  const sentences: Sentence[] = [];
  if (rows.length < 2 || m.boundaryYears.length) {
    sentences.push({
      text: fill(t.kfNow, { name: m.name, year: last.year, population: n(last.population) }),
      note: fill(t.kfNote, { table, years: String(last.year) }),
    });
    if (m.boundaryYears.length) {
      sentences.push({
        text: fill(t.kfBoundaries, { name: m.name, years: listFormat(m.boundaryYears.map(String), lang) }),
        note: m.notes(lang).join(' ') || table,
      });
    }
  } else {
    const growth = last.population / first.population - 1;
    const own = rounded(growth);
    sentences.push({
      text: fill(own > 0 ? t.kfUp : own < 0 ? t.kfDown : t.kfSame, {
        name: m.name,
        first: first.year,
        last: last.year,
        population: n(last.population),
        pct: shown(growth, lang),
      }),
      note: fill(t.kfNote, { table, years: `${first.year} ${t.and} ${last.year}` }),
    });

    // The comparisons, in the order a reader asked for them: the chosen municipality, the province, the Netherlands.
    const refs: Reference[] = [];
    if (compare) {
      const other = compare.model?.mode === 'municipality' ? compare.model.m : null;
      const at = (year: number) => other?.population.find((r) => r.year === year)?.population;
      const a = at(first.year);
      const b = at(last.year);
      if (other && a && b && !other.boundaryYears.length) refs.push({ where: fill(t.inPlace, { name: other.name }), name: other.name, growth: b / a - 1 });
      else
        refs.push({
          where: fill(t.inPlace, { name: compare.name }),
          name: compare.name,
          growth: null,
          why: compare.error ?? fill(t.noCompareYears, { name: compare.name }),
        });
    }
    const codes = m.code.split(',');
    const provinces = new Set(codes.map((c) => references.provinceOf[c]));
    const code = provinces.size === 1 ? [...provinces][0] : undefined;
    const province = code ? references.provinces[code] : undefined;
    if (code && province) {
      const moved = province.borders.filter(([year]) => year > first.year && year <= last.year);
      const where = fill(t.inProvince, { name: province.name });
      if (moved.length) {
        const [year, gained, lost, others] = moved[0];
        const from = listFormat(
          others.map((o) => references.provinces[o]?.name ?? o),
          lang,
        );
        refs.push({
          where,
          name: province.name,
          growth: null,
          why: fill(gained >= lost ? t.provinceGained : t.provinceLost, { name: province.name, year, other: from, inhabitants: n(Math.max(gained, lost)) }),
        });
      } else
        refs.push({ where, name: fill(t.provinceName, { name: province.name }), growth: change(province.values, references.years, first.year, last.year) });
    }
    // The Netherlands itself is not compared with itself.
    if (m.code !== 'NL') refs.push({ where: t.nationally, name: t.nl, growth: change(references.nl, references.years, first.year, last.year) });

    const compared = refs.filter((r): r is Reference & { growth: number } => r.growth !== null);
    const sources = fill(t.compareNote, {
      table,
      years: `${first.year} ${t.and} ${last.year}`,
      list: listFormat(
        compared.map((r) => r.name),
        lang,
      ),
    });
    if (compared.length) {
      sentences.push({
        text: fill(t.kfOthers, {
          list: listFormat(
            compared.map((r) =>
              fill(rounded(r.growth) > 0 ? t.refUp : rounded(r.growth) < 0 ? t.refDown : t.refSame, { where: r.where, pct: shown(r.growth, lang) }),
            ),
            lang,
          ),
        }),
        note: sources,
      });
      // Faster or slower, at the precision shown; said only where the place and everything compared grew.
      if (own > 0 && compared.every((r) => rounded(r.growth) > 0)) {
        const group = (test: (r: number) => boolean) => compared.filter((r) => test(rounded(r.growth))).map((r) => r.where);
        const parts = [
          [t.faster, group((r) => own > r)],
          [t.slower, group((r) => own < r)],
          [t.asFast, group((r) => own === r)],
        ] as const;
        const said = parts
          .filter(([, list]) => list.length)
          .map(([words, list]) => fill(words, { list: list.join(words === t.asFast ? ` ${t.and} ` : t.andThan) }));
        sentences.push({ text: fill(t.kfRelation, { name: m.name, list: listFormat(said, lang) }), note: sources });
      }
    }
    for (const r of refs.filter((x) => x.growth === null)) sentences.push({ text: r.why ?? '', note: table });
  }
  // LISA's jobs, where the page has room for them: at most four sentences (the widget shows them too).
  if (m.lisa && sentences.length < 4) {
    sentences.push({ text: fill(t.kfLisa, { name: m.name, jobs: n(m.lisa.jobs), establishments: n(m.lisa.establishments) }), note: 'LISA 2017' });
  }
  // A sentence may start with the place's name ("the Netherlands had …").
  return sentences.map((s) => ({ ...s, text: upperFirst(s.text) }));
}
