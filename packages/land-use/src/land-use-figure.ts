import { fill, formatNumber, type FigureDefinition, type Lang, type TableModel } from '@q4/core/figure';
import { categories, messages } from './messages.js';
import { defaultAreaColors, formatShare, landUseChart, landUseChartSize } from './land-use-chart.js';
import { hectares, loadDefaultLandUse, parseLandUse, type LandUseData } from './land-use-data.js';
import { areaName, describeLandUse, prepareLandUse, type LandUseModel } from './land-use-text.js';
import { landUseOptions } from './land-use-options.js';

/** The land-use chart's options: its attributes. */
export interface LandUseOptions {
  /** Year shown; 0 or empty for the latest. */
  year: number | string;
  /** Area codes separated by commas. */
  areas: string;
  /** One province against the Netherlands: a CBS code (`PV20`…`PV31`) or a name (`Groningen`, `Noord-Brabant`). Municipal figures are not in this source: use your own data. */
  area: string;
}

/** Colour names of the areas, in order ("blauw: Provincie Utrecht · grijs: Nederland" in images). */
const colourWords = { nl: ['blauw', 'grijs', 'oranje', 'groen'], en: ['blue', 'grey', 'orange', 'green'] };

function table(model: LandUseModel, lang: Lang): TableModel {
  const t = messages[lang];
  const rows = model.codes.map((code) => model.data.rows.find((r) => r.code === code && r.year === model.year)!);
  return {
    caption: fill(t.tableCaption, { year: model.year }),
    rowHeader: t.tableCategory,
    columns: model.codes.map((code) => ({ label: areaName(model.data, code, lang), numeric: true })),
    sections: [
      {
        rows: [
          ...categories.map((c) => ({
            header: c[lang],
            cells: rows.map((r) => fill(t.tableCell, { ha: formatNumber(hectares(r, c.id), lang), share: formatShare(hectares(r, c.id) / r.total, lang) })),
          })),
          { header: t.total, cells: rows.map((r) => `${formatNumber(r.total, lang)} ha`) },
        ],
      },
    ],
  };
}

/** The land-use figure: what `<q4-land-use>`, `q4-render` and the tests draw and say. */
export const landUseFigure: FigureDefinition<LandUseData, LandUseOptions, LandUseModel> = {
  name: 'land-use',
  attributes: landUseOptions,
  colors: { 'area-1': '--_area-1', 'area-2': '--_area-2', 'area-3': '--_area-3', 'area-4': '--_area-4', text: '--_text' },
  loadDefault: loadDefaultLandUse,
  parse: parseLandUse,
  isEmpty: (data) => data.rows.length === 0,
  prepare: (data, options, lang) => prepareLandUse(data, { year: options.year, areas: options.areas, area: options.area }, lang),
  describe: describeLandUse,
  legend: (model, lang) => model.codes.map((code, i) => `${colourWords[lang][i % 4]}: ${areaName(model.data, code, lang)}`).join(' · '),
  table,
  fileParts: (model) => [...model.codes, String(model.year)],
  chartSize: (model, { width }) => landUseChartSize(width, model.codes.length),
  chart: (model, { width, lang, document, colors = {} }) =>
    landUseChart(model.bars, {
      width,
      lang,
      year: model.year,
      areas: model.codes.map((code) => ({ code, label: areaName(model.data, code, lang) })),
      colors: defaultAreaColors.map((c, i) => colors[`area-${i + 1}`] ?? c),
      textColor: colors.text,
      document,
    }),
};
