import { Q4Error } from './events.js';
import { coreMessages, fill, type Lang, type Localized } from './i18n.js';
import { describeValue } from './validation.js';
import type { ChartContext, Figure, FigureDefinition } from './types.js';

/** "Wijk bij Duurstede" -> "wijk-bij-duurstede". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** `q4-scorecard-zeist-2014`: the widget's name and its file-name parts, slugged, empty parts left out. */
export function fileBase(name: string, parts: string[]): string {
  return ['q4', name, ...parts].map(slug).filter(Boolean).join('-');
}

/** Alt text of an image of a figure: the title, then the summary with its key numbers. */
export function altText(title: string, summary: string): string {
  return `${title.replace(/[.:]?\s*$/, '')}. ${summary}`.trim();
}

/** "regio" / "region": the word for the default area in file names and texts. */
export function regionWord(lang: Lang): string {
  return lang === 'en' ? 'region' : 'regio';
}

/**
 * Everything a widget shows and exports for `data` and `options`, in one pure call: the chart element, title,
 * summary, notes, credit, legend line, table, file name and alt text. `q4-render`, the tests and any other
 * renderer use this; the element runs the same steps with caching.
 */
export function renderFigure<D, O, M>(definition: FigureDefinition<D, O, M>, data: D, options: Partial<O>, context: ChartContext): Figure<M> {
  const { lang } = context;
  const model = definition.prepare(data, options, lang);
  const text = definition.describe(model, lang);
  const chart = definition.chart(model, context);
  return {
    model,
    chart,
    title: text.title,
    summary: text.summary,
    notes: text.notes ?? [],
    credit: text.credit,
    legend: definition.legend(model, lang),
    table: definition.table(model, lang),
    chartNote: definition.chartNote?.(chart, model, lang) ?? '',
    fileBase: fileBase(definition.name, definition.fileParts(model, lang)),
    alt: altText(text.title, text.summary),
  };
}

/** `min-jobs` -> `minJobs`: the option (and property) name of an attribute. */
export function optionName(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The error for an attribute with an unusable value: it names the attribute, shows the value safely, says what fits. */
export function optionError(name: string, value: unknown, expected: Localized, lang: Lang): Q4Error {
  return new Q4Error('invalid-option', fill(coreMessages[lang].badOption, { name, value: describeValue(value), expected: expected[lang] }));
}

/**
 * A whole-number option such as `year` or `edition`: undefined, '' or 0 mean "the default" (null here); anything
 * else must be a whole number, or it is an error naming the attribute (never a silent fall-back to the default).
 */
export function intOption(name: string, value: unknown, expected: Localized, lang: Lang): number | null {
  if (value === undefined || value === null || value === '' || value === 0) return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n)) throw optionError(name, value, expected, lang);
  return n;
}
