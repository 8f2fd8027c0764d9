import { separators, type Lang } from './i18n.js';
import type { TableModel } from './types.js';
import { newsletterHtml } from './figure.js';

/**
 * The field separator a spreadsheet set to the language splits on when it opens a CSV: Dutch Excel and LibreOffice
 * expect `;` (the comma is their decimal mark), English ones `,`.
 */
const fieldSeparator: Record<Lang, string> = { nl: ';', en: ',' };

/** A cell that is one number as the table shows it in the language (`61.641`, `-5,1` in Dutch), thousands grouped. */
const shownNumber: Record<Lang, RegExp> = { nl: /^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$/, en: /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?$/ };

/** A CSV cell: a shown number without its grouping (so a spreadsheet reads it as a number), quoted when it must be. */
function cell(value: string, lang: Lang): string {
  const plain = shownNumber[lang].test(value) ? value.split(separators[lang].group).join('') : value;
  return plain.includes(fieldSeparator[lang]) || /["\n\r]/.test(plain) ? `"${plain.replace(/"/g, '""')}"` : plain;
}

/** One line of a CSV in the language's dialect (see tableToCsv), without its line break. */
export function csvRow(values: readonly string[], lang: Lang): string {
  return values.map((v) => cell(v, lang)).join(fieldSeparator[lang]);
}

/**
 * The table of a chart as CSV (UTF-8), with the caption first and the source credit last, so the file says what it
 * holds and where it comes from. It opens in a spreadsheet set to the language as columns of numbers: fields are
 * separated by `;` in Dutch and `,` in English, numbers keep the language's decimal mark but lose the grouping of
 * thousands (`61641`, `5,1`); every other cell (`45%`, `geen gegevens`) is written as shown. The reader's download
 * adds a byte-order mark, so that Excel reads the file as UTF-8 ("Wijk bij Duurstede", "ë").
 */
export function tableToCsv(table: TableModel, credit: string, lang: Lang): string {
  const lines = [[table.caption], [table.rowHeader, ...table.columns.map((c) => c.label)]];
  for (const section of table.sections) {
    if (section.label) lines.push([section.label]);
    for (const row of section.rows) lines.push([row.header, ...row.cells]);
  }
  lines.push([credit]);
  return `${lines.map((l) => csvRow(l, lang)).join('\r\n')}\r\n`;
}

export interface SvgExportOptions {
  title: string;
  /** One line under the title that explains the marks (the page's legend is not in the image). */
  legend?: string;
  credit: string;
  lang: string;
  /** Font family written into the file (the page's font is not available to an image). */
  fontFamily?: string;
  background?: string;
  color?: string;
  /** Colour of the credit line. */
  muted?: string;
}

/**
 * A standalone SVG document of a chart: the title above it, the source credit under it, `<title>` and `<desc>`
 * for accessibility, and explicit size, font and background so that it looks the same outside the page.
 */
export function chartToSvg(chart: SVGSVGElement, options: SvgExportOptions): string {
  return svgDocument(chart, options).svg;
}

/** chartToSvg's document with its size in CSS pixels. */
function svgDocument(chart: SVGSVGElement, options: SvgExportOptions): { svg: string; width: number; height: number } {
  const doc = chart.ownerDocument;
  const ns = 'http://www.w3.org/2000/svg';
  const width = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
  const height = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
  // SVG text does not wrap: break the title into lines of as many characters as fit in a wide font (DejaVu Sans,
  // which q4-render uses: 15 px bold averages about 9.3 px a character in Dutch text, 12 px regular about 6.7 px;
  // 8.8 px let a title of 600 px run off the image).
  const lines = wrapWords(options.title, Math.max(20, Math.floor(width / 9.6)));
  const legendLines = options.legend ? wrapWords(options.legend, Math.max(30, Math.floor(width / 7.2))) : [];
  const top = 12 + lines.length * 20 + legendLines.length * 16;
  // The credit too, at 12 px (about 7.2 px a character in DejaVu Sans): a long one ran off a narrow image.
  const creditLines = wrapWords(options.credit, Math.max(30, Math.floor(width / 7.2)));
  const bottom = 12 + creditLines.length * 16;
  const out = doc.createElementNS(ns, 'svg');
  out.setAttribute('xmlns', ns);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height + top + bottom));
  out.setAttribute('viewBox', `0 0 ${width} ${height + top + bottom}`);
  out.setAttribute('font-family', options.fontFamily ?? 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif');
  out.setAttribute('font-size', '12');
  out.setAttribute('lang', options.lang);
  out.setAttribute('role', 'img');
  out.setAttribute('aria-labelledby', 'q4-export-title');
  const title = doc.createElementNS(ns, 'title');
  title.id = 'q4-export-title';
  title.textContent = options.title;
  const desc = doc.createElementNS(ns, 'desc');
  desc.textContent = options.credit;
  const background = doc.createElementNS(ns, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', options.background ?? '#ffffff');
  const heading = doc.createElementNS(ns, 'text');
  heading.setAttribute('font-size', '15');
  heading.setAttribute('font-weight', 'bold');
  heading.setAttribute('fill', options.color ?? '#1a1a1a');
  lines.forEach((line, i) => {
    const span = doc.createElementNS(ns, 'tspan');
    span.setAttribute('x', '0');
    span.setAttribute('y', String(18 + i * 20));
    span.textContent = line;
    heading.append(span);
  });
  const legend = doc.createElementNS(ns, 'text');
  legend.setAttribute('fill', options.color ?? '#1a1a1a');
  legendLines.forEach((line, i) => {
    const span = doc.createElementNS(ns, 'tspan');
    span.setAttribute('x', '0');
    span.setAttribute('y', String(14 + lines.length * 20 + i * 16));
    span.textContent = line;
    legend.append(span);
  });
  const credit = doc.createElementNS(ns, 'text');
  credit.setAttribute('fill', options.muted ?? '#4d4d4d');
  creditLines.forEach((line, i) => {
    const span = doc.createElementNS(ns, 'tspan');
    span.setAttribute('x', '0');
    span.setAttribute('y', String(top + height + 20 + i * 16));
    span.textContent = line;
    credit.append(span);
  });
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('y', String(top));
  copy.removeAttribute('style');
  // On the page the widget's CSS sets 12 px; Plot writes 10 on the element. The image must match the page.
  copy.setAttribute('font-size', '12');
  for (const el of copy.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  // The rule Plot would have carried (text keeps its spaces); a file is not under the page's CSP.
  const style = doc.createElementNS(ns, 'style');
  style.textContent = 'text, tspan { white-space: pre; }';
  out.append(title, desc, style, background, heading, ...(legendLines.length ? [legend] : []), copy, credit);
  return { svg: new XMLSerializer().serializeToString(out), width, height: height + top + bottom };
}

/** The font of newsletter images: DejaVu Sans, which q4-render embeds, else the nearest in a browser (the builder). */
const NEWSLETTER_FONT = 'DejaVu Sans, Verdana, sans-serif';

/**
 * A figure as a newsletter or document image, and the HTML that shows it: the same from the builder and q4-render
 * (which make the PNG from `svg`, each with its own rasteriser). `src` is where the image will be (its file name by
 * default); `link` (http(s) only) the interactive chart the image and the credit link to.
 */
export function newsletterImage(
  drawn: { chart: Element; title: string; legend: string; credit: string; alt: string; fileBase: string },
  o: { lang: Lang; link?: string | null; format: 'png' | 'svg'; src?: string },
): { svg: string; width: number; height: number; html: string; fileName: string } {
  drawn.chart.setAttribute('font-family', NEWSLETTER_FONT);
  const { svg, width, height } = svgDocument(drawn.chart as SVGSVGElement, {
    title: drawn.title,
    legend: drawn.legend,
    credit: drawn.credit,
    lang: o.lang,
    fontFamily: NEWSLETTER_FONT,
  });
  const fileName = `${drawn.fileBase}.${o.format}`;
  let link: string | null = null;
  try {
    const url = new URL(o.link ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') link = url.href;
  } catch {
    link = null;
  }
  const html = newsletterHtml({ src: o.src ?? fileName, width, height, alt: drawn.alt, credit: drawn.credit, link, lang: o.lang });
  return { svg, width, height, html, fileName };
}

/** Splits `text` into lines of at most `max` characters, at spaces. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Renders an SVG document to PNG at `scale` (2 for sharp images on high-density screens). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 600);
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 400);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file to the reader for download. */
export function download(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
