import { coreMessages, fill, formatNumber, type FigureDefinition, type Lang, type TableModel } from '@q4/core/figure';
import { countryName, messages } from './messages.js';
import { rciChart, rciChartSize, type RciColors } from './competitiveness-chart.js';
import { loadDefaultRci, parseRci, type RciData } from './competitiveness-data.js';
import { describeRci, prepareRci, type RciModel } from './competitiveness-text.js';
import { rciOptions } from './competitiveness-options.js';

/** The competitiveness chart's options: its attributes. */
export interface RciOptions {
  /** Edition: 2010, 2013, 2016 or 2019; 0 or empty for the latest. */
  edition: number | string;
  /** NUTS 2016 code of the region to highlight. */
  region: string;
}

function table(model: RciModel, lang: Lang): TableModel {
  const t = messages[lang];
  return {
    caption: fill(t.tableCaption, { edition: model.edition }),
    rowHeader: t.tableRank,
    columns: [{ label: t.tableRegion }, { label: t.tableCountry }, { label: t.tableScore, numeric: true }],
    sections: [
      {
        rows: model.ranked.map((r) => ({
          header: r.rank === null ? '–' : String(r.rank),
          cells: [`${r.name} (${r.code})`, countryName(r.country, lang), r.score === null ? coreMessages[lang].noData : formatNumber(r.score, lang, 2)],
        })),
      },
    ],
  };
}

/** The competitiveness figure: what `<q4-competitiveness>`, `q4-render` and the tests draw and say. */
export const rciFigure: FigureDefinition<RciData, RciOptions, RciModel> = {
  name: 'competitiveness',
  attributes: rciOptions,
  colors: { focus: '--_focus', country: '--_country', other: '--_other', text: '--_text', halo: '--_halo' } satisfies Record<keyof RciColors, string>,
  loadDefault: loadDefaultRci,
  parse: parseRci,
  isEmpty: (data) => data.rows.length === 0,
  prepare: (data, options, lang) => prepareRci(data, { edition: options.edition, region: options.region }, lang),
  describe: describeRci,
  legend: (model, lang) =>
    fill(messages[lang].imageLegend, { name: model.focus?.name ?? model.focusCode, country: model.focus ? countryName(model.focus.country, lang) : '' }),
  table,
  fileParts: (model) => [model.focusCode, String(model.edition)],
  chartSize: (_model, { width }) => rciChartSize(width),
  chart: (model, { width, lang, document, colors }) =>
    rciChart(model.ranked, { width, lang, edition: model.edition, focus: model.focusCode, colors, document }),
};
