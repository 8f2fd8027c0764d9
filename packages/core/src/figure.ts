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

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML an email newsletter takes for a chart image: an `<img>` with width, height and alt text (wrapped in a
 * link back when there is one), and the credit as text under it, with inline styles only (mail clients drop
 * style sheets). Every value is escaped; `link` must already be checked to be http(s). Used by `q4-render` and the
 * builder page, so both give the same snippet.
 */
export function newsletterHtml(o: { src: string; width: number; height: number; alt: string; credit: string; link: string | null; lang: Lang }): string {
  const img = `<img src="${escapeHtml(o.src)}" width="${o.width}" height="${o.height}" alt="${escapeHtml(o.alt)}" style="display:block;max-width:100%;height:auto;border:0">`;
  const more = o.lang === 'en' ? 'View the interactive chart' : 'Bekijk de interactieve grafiek';
  return [
    o.link ? `<a href="${escapeHtml(o.link)}">${img}</a>` : img,
    `<p style="margin:4px 0 0;font:12px/1.4 sans-serif;color:#4d4d4d">${escapeHtml(o.credit)}${o.link ? ` · <a href="${escapeHtml(o.link)}">${more}</a>` : ''}</p>`,
  ].join('\n');
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
    chartNote: definition.chartNote?.(model, { width: context.width, lang }) ?? '',
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
