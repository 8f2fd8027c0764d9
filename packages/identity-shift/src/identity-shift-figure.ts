import type { FigureDefinition, Lang, TableModel } from '@q4/core/figure';
import { messages } from './messages.js';
import { identityChart, identityLayout } from './identity-shift-chart.js';
import { defaultIdentity, parseIdentity, type IdentityData } from './identity-shift-data.js';
import { describeIdentity } from './identity-shift-text.js';
import { identityOptions } from './identity-shift-options.js';

/** The identity diagram takes no options. */
export type IdentityOptions = Record<string, never>;

function table(data: IdentityData, lang: Lang): TableModel {
  const t = messages[lang];
  return {
    caption: t.tableCaption,
    rowHeader: t.tableRow,
    columns: [{ label: t.thick }, { label: t.thin }],
    sections: [{ rows: data.pairs.map((p) => ({ header: String(p.id), cells: [p.thick[lang], p.thin[lang]] })) }],
  };
}

/** The identity-shift figure: what `<q4-identity-shift>`, `q4-render` and the tests draw and say. */
export const identityFigure: FigureDefinition<IdentityData, IdentityOptions, IdentityData> = {
  name: 'identity-shift',
  attributes: identityOptions,
  colors: { text: '--_text', arrow: '--_arrow' },
  loadDefault: () => defaultIdentity,
  parse: parseIdentity,
  isEmpty: (data) => data.pairs.length === 0,
  prepare: (data) => data,
  describe: describeIdentity,
  legend: () => '',
  table,
  fileParts: () => [],
  chartSize: (data, { width, lang }) => {
    const { width: w, height } = identityLayout(data.pairs, width, lang);
    return { width: w, height };
  },
  chart: (data, { width, lang, document, colors }) => identityChart(data.pairs, { width, lang, colors, document }),
};
