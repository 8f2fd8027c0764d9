import { coreMessages, fill, regionWord, type FigureDefinition, type FigureText, type Lang, type TableModel } from '@q4/core/figure';
import type { ScorecardArea, ScorecardDataset } from '@q4/data';
import { messages } from './messages.js';
import { scorecardChart, scorecardLayout, type ScorecardColors } from './scorecard-chart.js';
import { defaultScorecard, parseScorecard, resolveGroup, resolveMunicipality, scorecardCells, type ScorecardCell } from './scorecard-data.js';
import { describeScorecard, formatPercent, referenceName, scorecardLegendText } from './scorecard-text.js';
import { scorecardOptions } from './scorecard-options.js';

/** The scorecard's options: its attributes. */
export interface ScorecardOptions {
  /** A municipality to highlight: CBS code or name. */
  municipality: string;
  /** `cohesie`, `tevredenheid`, `milieuoverlast` or `all`. */
  group: string;
}

export interface ScorecardModel {
  data: ScorecardDataset;
  highlight: ScorecardArea | null;
  group: string | null;
  /** Every cell of the group shown, with its comparison: computed once, for the chart, the texts and the table. */
  cells: ScorecardCell[];
}

function table(model: ScorecardModel, lang: Lang): TableModel {
  const t = messages[lang];
  const { data, cells } = model;
  const words = { better: t.tableBetter, worse: t.tableWorse, same: t.tableSame };
  return {
    caption: fill(t.tableCaption, { reference: referenceName(data, lang) }),
    rowHeader: t.tableRowHeader,
    columns: data.areas.map((a) => ({ label: a.name, numeric: true })),
    sections: data.groups
      .filter((g) => !model.group || g.id === model.group)
      .map((g) => ({
        label: g.label[lang],
        rows: data.indicators
          .filter((i) => i.group === g.id)
          .map((i) => ({
            header: i.label[lang],
            cells: data.areas.map((a) => {
              const c = cells.find((x) => x.indicator.id === i.id && x.area.code === a.code)!;
              if (c.value === null) return t.noData;
              const value = formatPercent(c.value, c.decimals, lang);
              const word = words[c.comparison as keyof typeof words];
              return word ? fill(t.tableCell, { value, comparison: word }) : value;
            }),
          })),
      })),
  };
}

/** The scorecard's figure: what `<q4-scorecard>`, `q4-render` and the tests draw and say. */
export const scorecardFigure: FigureDefinition<ScorecardDataset, ScorecardOptions, ScorecardModel> = {
  name: 'scorecard',
  attributes: scorecardOptions,
  colors: {
    better: '--_better',
    worse: '--_worse',
    same: '--_same',
    reference: '--_reference',
    text: '--_text',
    muted: '--_muted',
    accent: '--_accent',
  } satisfies Record<keyof ScorecardColors, string>,
  loadDefault: () => defaultScorecard,
  places: async () => new Set(defaultScorecard.areas.map((a) => a.code).filter((c) => c.startsWith('GM'))),
  parse: parseScorecard,
  isEmpty: (data) => data.values.length === 0,
  prepare(data, options, lang) {
    const group = resolveGroup(data, options.group, lang);
    return { data, highlight: resolveMunicipality(data, options.municipality, lang), group, cells: scorecardCells(data, group) };
  },
  describe(model, lang): FigureText {
    const text = describeScorecard(model.data, { highlight: model.highlight, group: model.group, lang, cells: model.cells });
    return { ...text, credit: model.data.source.credit[lang] || coreMessages[lang].ownData };
  },
  legend: (_model, lang) => scorecardLegendText(lang),
  table,
  fileParts: (model, lang) => [model.highlight?.name ?? regionWord(lang), model.group ?? '', model.data.source.file ? model.data.source.period : ''],
  chart: (model, { width, lang, document, colors }) =>
    scorecardChart(model.data, { width, lang, highlight: model.highlight?.code, group: model.group, colors, document, cells: model.cells }),
  chartSize(model, { width, lang }) {
    const layout = scorecardLayout(model.data, { width, lang, highlight: model.highlight?.code, group: model.group });
    return { width: layout.width, height: layout.height };
  },
  chartNote(model, { width, lang }) {
    if (!model.highlight || !scorecardLayout(model.data, { width, lang, highlight: model.highlight.code, group: model.group }).compact) return '';
    return fill(messages[lang].compactNote, { name: model.highlight.name, reference: referenceName(model.data, lang) });
  },
};
