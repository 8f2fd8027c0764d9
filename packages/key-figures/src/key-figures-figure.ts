import { fill, formatNumber, regionWord, type FigureDefinition, type Lang, type TableModel } from '@q4/core/figure';
import { messages } from './messages.js';
import { populationChart, populationChartSize, reportChart, reportLayout, wordingOf } from './key-figures-chart.js';
import { asksForArea, prefetchAreaFigures } from '@q4/data';
import { loadDefaultKeyFigures, loadRegionToday, parseKeyFigures, type KeyFiguresData } from './key-figures-data.js';
import { describeKeyFigures, prepareKeyFigures, type KeyFiguresModel } from './key-figures-text.js';
import { keyFiguresOptions } from './key-figures-options.js';

/** The key figures' options: its attributes. */
export interface KeyFiguresOptions {
  /** `today` (the newest figures) or `report` (the report's key figures of 2015). */
  view: string;
  /**
   * Any municipality: a CBS code or name of today or an earlier year (`Groningen`, `GM1961`, `Bergen (NH.)`);
   * empty for the report's figures of the region.
   */
  municipality: string;
  /** A region of municipalities: 2 to 80 codes or names separated by commas (`GM0344,GM0307`). */
  region: string;
  /** The region's name in the texts (at most 60 characters). */
  regionName: string;
}

function table(model: KeyFiguresModel, lang: Lang): TableModel {
  const t = messages[lang];
  if (model.mode === 'municipality') {
    return {
      caption: fill(t.tableCaptionMunicipality, { name: model.m.name }),
      rowHeader: t.tableYear,
      columns: [{ label: t.tablePopulation, numeric: true }],
      sections: [
        {
          // Every year of the period, a missing one shown as missing (never 0).
          rows: [
            ...model.m.population.map((r) => ({ year: r.year, cell: formatNumber(r.population, lang) })),
            ...model.m.missing.map((x) => ({ year: x.year, cell: t.missing })),
          ]
            .sort((a, b) => a.year - b.year)
            .map((r) => ({ header: String(r.year), cells: [r.cell] })),
        },
      ],
    };
  }
  const measures = [...new Map(model.data.figures.map((f) => [f.measure, f.measureLabel[lang]]))];
  const areas = [...new Map(model.data.figures.map((f) => [f.area, f.areaLabel[lang]]))];
  return {
    caption: t.tableCaptionReport,
    rowHeader: t.tableArea,
    columns: measures.map(([, label]) => ({ label, numeric: true })),
    sections: [
      {
        rows: areas.map(([area, label]) => ({
          header: label,
          cells: measures.map(([measure]) => {
            const f = model.data.figures.find((x) => x.area === area && x.measure === measure);
            return f ? wordingOf(f, lang) : '–';
          }),
        })),
      },
    ],
  };
}

/** The cards beside the chart, in one line for images (which have no cards beside them). */
function legend(model: KeyFiguresModel, lang: Lang): string {
  const t = messages[lang];
  if (model.mode === 'municipality') {
    const lisa = model.m.lisa;
    return lisa ? `${t.cardJobs}: ${formatNumber(lisa.jobs, lang)} · ${t.cardEstablishments}: ${formatNumber(lisa.establishments, lang)}` : '';
  }
  return model.cards.map((f) => `${f.measureLabel[lang]}: ${wordingOf(f, lang)}`).join(' · ');
}

/** The key-figures figure: what `<q4-key-figures>`, `q4-render` and the tests draw and say. */
export const keyFiguresFigure: FigureDefinition<KeyFiguresData, KeyFiguresOptions, KeyFiguresModel> = {
  name: 'key-figures',
  attributes: keyFiguresOptions,
  colors: { accent: '--_accent', muted: '--_bar-muted', text: '--_text' },
  // For an area, the data it reads first are asked for beside the code that reads them: one round trip, not two.
  // Any place's figures come with the area code; the report's region's (its newest, or the report's own with
  // `view="report"`) are bundled.
  loadDefault: (options = {}) =>
    asksForArea(options)
      ? (prefetchAreaFigures(), import('./key-figures-area.js').then((m) => m.loadAreaKeyFigures(options)))
      : options.view === 'report'
        ? loadDefaultKeyFigures()
        : loadRegionToday(),
  dataKey: (o) => JSON.stringify([o.view === 'report' ? 'report' : 'today', o.municipality, o.region, o.regionName]),
  parse: parseKeyFigures,
  isEmpty: (data) => data.figures.length === 0,
  prepare: (data, options, lang) => {
    // An area's figures come with its data: bundled data loaded without the area would silently show the report.
    if (data.bundled && !data.area && !data.areaError && (asksForArea(options) || options.view !== 'report'))
      throw new Error('key-figures: load the bundled data with the options (loadDefault(options))');
    return prepareKeyFigures(data, options.view ?? 'today', asksForArea(options), lang);
  },
  describe: describeKeyFigures,
  legend,
  table,
  fileParts: (model, lang) => (model.mode === 'municipality' ? [model.m.name] : [regionWord(lang)]),
  chartSize(model, { width, lang }) {
    if (model.mode === 'municipality') return populationChartSize(width);
    const { width: w, height } = reportLayout(model.bars, width, lang);
    return { width: w, height };
  },
  chart: (model, { width, lang, document, colors }) =>
    model.mode === 'municipality'
      ? populationChart(model.m.population, { width, lang, colors, document, breaks: model.m.boundaryYears })
      : reportChart(model.bars, { width, lang, highlight: 'region', colors, document }),
};
