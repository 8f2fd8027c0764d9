import { coreMessages, fill, formatNumber, listFormat, type FigureDefinition, type FigureText, type Lang, type TableModel } from '@q4/core/figure';
import { messages } from './messages.js';
import { __camel__Chart, __camel__ChartSize } from './__name__-chart.js';
import { default__Pascal__, parse__Pascal__, type __Pascal__Data } from './__name__-data.js';
import { __camel__Options } from './__name__-options.js';

/** The widget's options: its attributes (none yet). */
export type __Pascal__Options = Record<string, never>;

/** Title (the largest value, naming every tie), summary and credit. */
function describe(data: __Pascal__Data, lang: Lang): FigureText {
  const t = messages[lang];
  const present = data.rows.filter((d) => d.value !== null);
  const max = Math.max(...present.map((d) => d.value as number));
  const top = present.filter((d) => d.value === max).map((d) => d.label);
  const value = formatNumber(max, lang);
  const label = listFormat(top, lang);
  return {
    title: fill(top.length > 1 ? t.titleTie : t.title, { label, value }),
    summary: fill(t.summary, { count: data.rows.length, label, value }),
    credit: data.credit?.[lang] ?? coreMessages[lang].ownData,
  };
}

function table(data: __Pascal__Data, lang: Lang): TableModel {
  const t = messages[lang];
  return {
    caption: t.tableCaption,
    rowHeader: t.tableLabel,
    columns: [{ label: t.tableValue, numeric: true }],
    sections: [{ rows: data.rows.map((d) => ({ header: d.label, cells: [d.value === null ? coreMessages[lang].noData : formatNumber(d.value, lang)] })) }],
  };
}

/** The figure of <q4-__name__>: what the element, q4-render and the tests draw and say. */
export const __camel__Figure: FigureDefinition<__Pascal__Data, __Pascal__Options, __Pascal__Data> = {
  name: '__name__',
  attributes: __camel__Options,
  colors: { bar: '--_bar' },
  loadDefault: () => default__Pascal__,
  parse: parse__Pascal__,
  isEmpty: (data) => data.rows.every((d) => d.value === null),
  prepare: (data) => data,
  describe,
  legend: () => '',
  table,
  fileParts: () => [],
  chartSize: (data, { width }) => __camel__ChartSize(data.rows.length, width),
  chart: (data, { width, lang, document, colors }) => __camel__Chart(data.rows, { width, lang, document, color: colors?.bar }),
};
