// Static rendering of Q4 widgets in Node: the same pure chart functions the elements use, with a linkedom
// document, turned into a standalone SVG (title and credit in the image) and a PNG by resvg with fonts passed
// explicitly, so the output is the same on every machine. For email newsletters, where no JavaScript runs.
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Resvg } from '@resvg/resvg-js';
import { chartToSvg } from '@q4/core';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

// chartToSvg serialises with XMLSerializer, which linkedom does not provide; its outerHTML is the same markup.
globalThis.XMLSerializer ??= class {
  serializeToString(node) {
    return node.outerHTML;
  }
};

/** DejaVu Sans (Debian's fonts-dejavu-core): deterministic text in every PNG. Override with `fonts`. */
export const defaultFonts = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];

const region = (lang) => (lang === 'en' ? 'region' : 'regio');
const slug = (s) =>
  String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The widgets this renderer draws, each with the attributes it takes. A widget's `draw` returns the chart SVG
 * element, the title that states its point, the summary with its key numbers, the credit, and file-name parts.
 */
export const WIDGETS = {
  scorecard: {
    attributes: ['municipality', 'group'],
    async draw({ municipality = '', group = '', lang, width }) {
      const sc = await import('@q4/scorecard');
      const data = sc.defaultScorecard;
      const highlight = sc.resolveMunicipality(data, municipality, lang);
      const g = sc.resolveGroup(data, group, lang);
      const text = sc.describeScorecard(data, { highlight, group: g, lang });
      return {
        chart: sc.scorecardChart(data, { width, lang, highlight: highlight?.code, group: g, document }),
        title: text.title,
        summary: text.summary,
        credit: data.source.credit[lang],
        legend: sc.scorecardLegendText(lang),
        parts: [highlight?.name ?? region(lang), g ?? '', data.source.period],
      };
    },
  },
  'commute-flows': {
    attributes: ['municipality', 'direction', 'top', 'min-jobs'],
    async draw({ municipality = '', direction = 'both', top = '15', 'min-jobs': minJobs = '0', lang, width }) {
      const cf = await import('@q4/commute-flows');
      const { Q4Error, fill } = await import('@q4/core');
      const [data, map] = await Promise.all([cf.loadDefaultCommute(), cf.loadDefaultMap()]);
      if (!['in', 'out', 'both'].includes(direction)) throw new Q4Error('invalid-option', fill(cf.commuteMessages[lang].badDirection, { value: direction }));
      const [n, min] = [Number(top), Number(minJobs)];
      for (const [name, value] of [['top', n], ['min-jobs', min]]) {
        if (!Number.isInteger(value) || value < 0) throw new Q4Error('invalid-option', fill(cf.commuteMessages[lang].badNumber, { value: String(value), name }));
      }
      let focus = null;
      if (municipality.trim()) {
        const wanted = municipality.trim().toLocaleLowerCase('nl');
        focus = [...data.complete].find((c) => c.toLowerCase() === wanted || map.find((a) => a.code === c)?.name.toLocaleLowerCase('nl') === wanted) ?? null;
        if (!focus) {
          const list = [...data.complete].map((c) => `${map.find((a) => a.code === c)?.name ?? c} (${c})`).join(', ');
          throw new Q4Error('unknown-municipality', fill(cf.commuteMessages[lang].unknownMunicipality, { value: municipality, list }));
        }
      }
      const view = cf.commuteView(data, map, { focus, direction, top: n, minJobs: min, width });
      const text = cf.describeCommute(data, view, lang);
      return {
        chart: cf.commuteChart(view, { width, lang, document }),
        title: text.title,
        summary: text.summary,
        credit: data.credit[lang],
        legend: cf.commuteMessages[lang].exportLegend,
        parts: [view.areas.find((a) => a.code === focus)?.name ?? region(lang), direction === 'both' ? '' : direction, '2014'],
      };
    },
  },
};

const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Renders one widget. `options`: `lang` (nl|en), `width` (CSS px), `format` (png|svg), `link` (http(s) URL of the
 * interactive version), `scale` (PNG pixel density, default 2), `fonts` (font files), and the widget's attributes.
 * Returns the image, its size, the alt text, an HTML snippet for email, and a file name.
 */
export async function renderWidget(name, options = {}) {
  const widget = WIDGETS[name];
  if (!widget) throw new Error(`unknown widget "${name}"; choose from: ${Object.keys(WIDGETS).join(', ')}`);
  const lang = options.lang === 'en' ? 'en' : 'nl';
  const width = Math.round(Number(options.width ?? 600));
  if (!Number.isFinite(width) || width < 300 || width > 2000) throw new Error('width must be a number from 300 to 2000');
  const format = options.format ?? 'png';
  if (!['png', 'svg'].includes(format)) throw new Error('format must be png or svg');
  let link = null;
  if (options.link) {
    const url = new URL(options.link);
    if (!['http:', 'https:'].includes(url.protocol)) throw new Error('link must be an http(s) address');
    link = url.href;
  }
  const attributes = Object.fromEntries(Object.entries(options).filter(([k]) => widget.attributes.includes(k)));
  const drawn = await widget.draw({ ...attributes, lang, width });
  drawn.chart.setAttribute('font-family', 'DejaVu Sans, sans-serif');
  const svg = chartToSvg(drawn.chart, { title: drawn.title, legend: drawn.legend, credit: drawn.credit, lang, fontFamily: 'DejaVu Sans, sans-serif' });
  const height = Number(/height="([\d.]+)"/.exec(svg)[1]);
  const imageWidth = Number(/width="([\d.]+)"/.exec(svg)[1]);
  const fileName = `${['q4', name, ...drawn.parts].map(slug).filter(Boolean).join('-')}.${format}`;
  let image = svg;
  if (format === 'png') {
    const fonts = options.fonts ?? defaultFonts.filter((f) => existsSync(f));
    const resvg = new Resvg(svg, {
      background: 'white',
      fitTo: { mode: 'zoom', value: Number(options.scale ?? 2) },
      font: { loadSystemFonts: fonts.length === 0, fontFiles: fonts, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    });
    image = resvg.render().asPng();
  }
  const alt = `${drawn.title}. ${drawn.summary}`;
  const src = options.src ?? fileName;
  const img = `<img src="${escapeHtml(src)}" width="${imageWidth}" height="${height}" alt="${escapeHtml(alt)}" style="display:block;max-width:100%;height:auto;border:0">`;
  const html = [
    link ? `<a href="${escapeHtml(link)}">${img}</a>` : img,
    `<p style="margin:4px 0 0;font:12px/1.4 sans-serif;color:#4d4d4d">${escapeHtml(drawn.credit)}${
      link ? ` · <a href="${escapeHtml(link)}">${lang === 'en' ? 'View the interactive chart' : 'Bekijk de interactieve grafiek'}</a>` : ''
    }</p>`,
  ].join('\n');
  return { image, format, width: imageWidth, height, alt, html, fileName, title: drawn.title, credit: drawn.credit };
}
