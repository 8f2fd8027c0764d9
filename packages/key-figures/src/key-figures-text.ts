import { Q4Error, coreMessages, fill, formatNumber, listFormat, upperFirst, type FigureText, type Lang } from '@q4/core/figure';
import type { ReportFigure } from '@q4/data';
import { messages } from './messages.js';
import { wordingOf } from './key-figures-chart.js';
import type { AreaFigures, KeyFiguresData } from './key-figures-data.js';

/** The report view (bars and cards) or one municipality's figures. */
export type KeyFiguresModel =
  { mode: 'report'; data: KeyFiguresData; bars: ReportFigure[]; cards: ReportFigure[] } | { mode: 'municipality'; data: KeyFiguresData; m: AreaFigures };

/**
 * Applies `view` and the area (resolved on loading); throws a Q4Error for an unknown view, for the report's figures
 * asked of another place, or for an area without figures.
 */
export function prepareKeyFigures(data: KeyFiguresData, view: string, area: boolean, lang: Lang): KeyFiguresModel {
  if (data.areaError) throw data.areaError(lang);
  if (view !== 'today' && view !== 'report') throw new Q4Error('invalid-option', fill(messages[lang].badView, { value: view.slice(0, 20) }));
  if (view === 'report' && area) throw new Q4Error('invalid-option', messages[lang].reportOnlyRegion);
  if (data.area) {
    if (!data.area.population.length) {
      // The years asked for, as the data hold them (every year is missing here).
      const years = data.area.missing.map((m) => m.year);
      const range = years.length ? `${years[0]}-${years[years.length - 1]}` : '';
      throw new Q4Error('no-data', fill(messages[lang].noFigures, { name: data.area.name, years: range, reason: data.area.missing[0]?.reason(lang) ?? '' }));
    }
    // An area with a name in each language (the Netherlands) is named in the page's.
    const names = data.area.names;
    if (!names) return { mode: 'municipality', data, m: data.area };
    const name = names[lang];
    const m = { ...data.area, name, population: data.area.population.map((r) => ({ ...r, name })), lisa: data.area.lisa && { ...data.area.lisa, name } };
    return { mode: 'municipality', data, m };
  }
  // Figures the data gives for more than one area become bars; the others are cards.
  const areasPerMeasure = new Map<string, number>();
  for (const f of data.figures) areasPerMeasure.set(f.measure, (areasPerMeasure.get(f.measure) ?? 0) + 1);
  return {
    mode: 'report',
    data,
    bars: data.figures.filter((f) => (areasPerMeasure.get(f.measure) ?? 0) > 1),
    cards: data.figures.filter((f) => (areasPerMeasure.get(f.measure) ?? 0) <= 1),
  };
}

/** Title, summary, notes and credit (pure). */
export function describeKeyFigures(model: KeyFiguresModel, lang: Lang): FigureText {
  const t = messages[lang];
  const n = (v: number) => formatNumber(v, lang);
  if (model.mode === 'municipality') {
    const { m } = model;
    const first = m.population[0];
    const last = m.population[m.population.length - 1];
    const pct = `${formatNumber(Math.abs(100 * (last.population / first.population - 1)), lang, 1)}%`;
    const change =
      last.population > first.population ? fill(t.changeUp, { pct }) : last.population < first.population ? fill(t.changeDown, { pct }) : t.changeSame;
    const vars = { name: m.name, year: last.year, population: n(last.population), change, first: first.year };
    // The change over the years is given only where the territory stayed the same.
    const title = upperFirst(
      m.population.length === 1
        ? fill(t.titleOneYear, vars)
        : m.boundaryYears.length
          ? fill(t.titleBoundaries, { ...vars, years: listFormat(m.boundaryYears.map(String), lang) })
          : fill(t.titleMunicipality, vars),
    );
    const notes = [
      ...m.notes(lang),
      ...m.missing.map((x) => fill(t.missingYear, { year: x.year, reason: x.reason(lang) })),
      ...(m.lisaMissing ? [fill(t.lisaMissing, { reason: m.lisaMissing(lang) })] : []),
      t.lisaNote,
    ];
    return {
      title,
      summary: fill(m.lisa ? t.summaryMunicipality : t.summaryNoLisa, {
        list: listFormat(
          m.population.map((r) => `${r.year} ${n(r.population)}`),
          lang,
        ),
        name: m.name,
        jobs: m.lisa ? n(m.lisa.jobs) : coreMessages[lang].noData,
        establishments: m.lisa ? n(m.lisa.establishments) : coreMessages[lang].noData,
      }),
      notes,
      credit: m.credit[lang],
    };
  }
  const byArea = new Map<string, ReportFigure[]>();
  for (const f of model.data.figures) byArea.set(f.areaLabel[lang], [...(byArea.get(f.areaLabel[lang]) ?? []), f]);
  const summary = fill(t.summaryReport, {
    list: [...byArea]
      .map(([area, fs]) =>
        fill(t.summaryArea, {
          area,
          figures: listFormat(
            fs.map((f) => fill(t.figure, { wording: wordingOf(f, lang), measure: f.measureLabel[lang] })),
            lang,
          ),
        }),
      )
      .join('; '),
  });
  const region = (measure: string) => model.data.figures.find((f) => f.area === 'region' && f.measure === measure);
  const inhabitants = region('inhabitants');
  const jobs = region('jobs');
  const title =
    model.data.bundled && inhabitants && jobs
      ? fill(t.titleReport, { inhabitants: wordingOf(inhabitants, lang), jobs: wordingOf(jobs, lang) })
      : summary.split(';')[0].replace(/\.$/, '');
  return { title, summary, notes: model.data.bundled ? [t.reportNote] : [], credit: model.data.credit?.[lang] ?? coreMessages[lang].ownData };
}
