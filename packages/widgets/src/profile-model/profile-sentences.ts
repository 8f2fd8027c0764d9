// The profile's own sentences beside a widget, written from the same model the widget draws, with the comparisons
// the report makes: a place against its province and the Netherlands, and against a municipality the reader chooses
// (`compare=`). Each sentence has its footnote: the table, the period, and what it is compared with. The house's
// rules hold: a change is given only where the territory stayed the same, a province whose border moved in the years
// compared is not compared (and the sentence says why), and "more than" is said at the precision shown.
import { fill, formatNumber, listFormat, type Lang } from '@q4/core/figure';
import type { NationalReferencesRaw } from '@q4/data';
import type { KeyFiguresModel } from '@q4/key-figures';
import { commuteGroupPartners, commutePartners, withTies, type CommuteModel } from '@q4/commute-flows';
import { formatLq, roundLq, type SectorModel, type SectorValue } from '@q4/sector-bloem';
import { messages } from './profile-text.js';

/** A credit without its "Bron: " or "Source: " (the footnotes and the citation name the source after their own words). */
export const withoutPrefix = (credit: string): string => credit.replace(/^(Bron|Source): /, '');

/** One sentence of a profile, with its footnote (source, period, what it is compared with). */
export interface Sentence {
  text: string;
  note: string;
}

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
export interface ComparedPlace {
  name: string;
  model: KeyFiguresModel | null;
  /** Why there is no model (its own error), where there is none. */
  error?: string;
}

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
    refs.push({ where: t.nationally, name: t.nl, growth: change(references.nl, references.years, first.year, last.year) });

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
  return sentences;
}

/** The period a credit names ("Bron: CBS (81251NED), december 2014 · Kaart: …" gives "december 2014"). */
const periodOf = (credit: string) =>
  withoutPrefix(credit)
    .split(' · ')[0]
    .replace(/^[^)]*\),\s*/, '');

/**
 * Commuting in words, for a municipality or a group of them: the jobs its residents held and the share of them in
 * the place itself, the jobs in the place against those its residents held, and the largest partner each way
 * (every tie named at the precision shown; a flow CBS shows as 0 is never the largest). Counts are jobs, not persons.
 */
export function commuteSentences(model: CommuteModel, placeName: string, lang: Lang): Sentence[] {
  const { data, view } = model;
  if (data.national || !data.credit) return [];
  const t = messages[lang];
  const n = (v: number) => formatNumber(v, lang);
  const focus = view.focus ?? (data.members.length === 1 ? data.members[0] : null);
  const members = focus ? [focus] : data.members.filter((c) => data.complete.has(c));
  const totals = members.map((c) => data.totals.get(c));
  if (!members.length || totals.some((x) => !x)) return [];
  const nameOf = (code: string) => view.areas.find((a) => a.code === code)?.name ?? data.names.get(code) ?? code;
  const name = focus ? nameOf(focus) : (data.label ?? placeName);
  const set = new Set(members);
  const residents = totals.reduce((sum, x) => sum + x!.residents, 0);
  const jobs = totals.reduce((sum, x) => sum + x!.jobs, 0);
  const internal = focus ? totals[0]!.internal : data.flows.filter((f) => set.has(f.from) && set.has(f.to)).reduce((sum, f) => sum + f.jobs, 0);
  if (!residents) return [];
  const credit = data.credit[lang];
  // The place's own notes (a municipality of today that was two in 2014, …) go with every footnote.
  const note = [fill(t.cmNote, { source: withoutPrefix(credit).split(' · ')[0] }), ...(model.area?.notes(lang) ?? [])].join(' ');
  const share = `${formatNumber((100 * internal) / residents, lang)}%`;
  const sentences: Sentence[] = [
    {
      text: fill(t.cmOwn, { period: periodOf(credit), name, residents: n(residents), share }),
      note,
    },
  ];
  const diff = n(Math.abs(jobs - residents));
  sentences.push({ text: fill(diff === n(0) ? t.cmEven : jobs > residents ? t.cmMore : t.cmFewer, { name, jobs: n(jobs), diff }), note });
  const largest = (way: 'out' | 'in') => {
    const ranked = focus ? commutePartners(data, focus, way) : commuteGroupPartners(data, members, way);
    return withTies(
      ranked.filter((p) => p.jobs > 0),
      1,
      n,
    );
  };
  for (const [way, one, tie] of [
    ['out', t.cmOut, t.cmOutTie],
    ['in', t.cmIn, t.cmInTie],
  ] as const) {
    const top = largest(way);
    if (!top.length) continue;
    sentences.push({
      text: fill(top.length > 1 ? tie : one, {
        name,
        top: listFormat(
          top.map((p) => nameOf(p.code)),
          lang,
        ),
        jobs: n(top[0].jobs),
      }),
      note,
    });
  }
  return sentences;
}

/**
 * A place's own strongest sectors in words (the sector flower of any place outside the report's five): the
 * strongest against the whole country (every tie at two decimals; "of the sectors with a figure" where a sector CBS
 * keeps partly secret may be stronger, as the widget's title says), how many of those shown are above the national
 * share as shown, and how many sectors are not ranked because of secret figures. The report's five sectors of the
 * report's own municipalities have their widget's words only.
 */
export function sectorSentences(model: SectorModel, placeName: string, lang: Lang): Sentence[] {
  const { own, area, credit } = model.data;
  const shown = model.sectors;
  if (!own || !credit || model.mode !== 'data' || !shown.length) return [];
  const t = messages[lang];
  const where = area?.name ?? placeName;
  const lq = (s: SectorValue) => formatLq(s.lq as number, lang);
  const top = shown.filter((s) => lq(s) === lq(shown[0]));
  const open = own.secret.some((s) => s.upper === null || roundLq(s.upper, 'up') >= roundLq(shown[0].lq as number));
  const note = [fill(t.sbNote, { source: withoutPrefix(credit[lang]) }), ...(area?.notes(lang) ?? [])].join(' ');
  const template = open ? (top.length > 1 ? t.sbTopOpenTie : t.sbTopOpen) : top.length > 1 ? t.sbTopTie : t.sbTop;
  const sentences: Sentence[] = [
    {
      text: fill(template, {
        period: periodOf(credit[lang]).split(', ')[0],
        top: listFormat(
          top.map((s) => s.label[lang].toLowerCase()),
          lang,
        ),
        area: where,
        lq: lq(top[0]),
      }),
      note,
    },
  ];
  // Above the national share as shown: a quotient shown as 1,00 is not said to be above.
  const above = shown.filter((s) => roundLq(s.lq as number) > 1).length;
  sentences.push({ text: fill(above === shown.length ? t.sbAboveAll : t.sbAbove, { count: above, shown: shown.length }), note });
  if (own.secret.length) sentences.push({ text: own.secret.length === 1 ? t.sbSecretOne : fill(t.sbSecret, { count: own.secret.length }), note });
  return sentences;
}
