// Static rendering of Q4 widgets in Node: the same pure chart functions the elements use, with a linkedom
// document, turned into a standalone SVG (title and credit in the image) and a PNG by resvg with fonts passed
// explicitly, so the output is the same on every machine. For email newsletters, where no JavaScript runs.
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Resvg } from '@resvg/resvg-js';
import { chartToSvg } from '@q4/core';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

// chartToSvg serialises with XMLSerializer, which linkedom does not provide. Its outerHTML is HTML, which leaves
// "&" and "<" unescaped in attribute values; an SVG file must be XML, so serialise it here.
const escapeXml = (s, attribute) => {
  const text = String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? text.replace(/"/g, '&quot;') : text;
};
function toXml(node) {
  if (node.nodeType === 3) return escapeXml(node.textContent, false);
  if (node.nodeType !== 1) return '';
  const name = node.localName;
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${escapeXml(a.value, true)}"`).join('');
  const children = [...node.childNodes].map(toXml).join('');
  return children ? `<${name}${attributes}>${children}</${name}>` : `<${name}${attributes}/>`;
}
globalThis.XMLSerializer ??= class {
  serializeToString(node) {
    return toXml(node);
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
  'identity-shift': {
    attributes: [],
    async draw({ lang, width }) {
      const m = await import('@q4/identity-shift');
      const data = m.defaultIdentity;
      const text = m.describeIdentity(data, lang);
      return { chart: m.identityChart(data.pairs, { width, lang, document }), ...text, legend: '', parts: [] };
    },
  },
  competitiveness: {
    attributes: ['edition', 'region'],
    async draw({ edition = '0', region = 'NL31', lang, width }) {
      const m = await import('@q4/competitiveness');
      const model = m.prepareRci(await m.loadDefaultRci(), { edition: Number(edition), region }, lang);
      const text = m.describeRci(model, lang);
      const country = model.focus ? m.countryName(model.focus.country, lang) : '';
      const legend = lang === 'en'
        ? `Blue: ${model.focus?.name ?? region} · orange: other regions in ${country} · grey: other regions`
        : `Blauw: ${model.focus?.name ?? region} · oranje: andere regio’s in ${country} · grijs: andere regio’s`;
      return {
        chart: m.rciChart(model.ranked, { width, lang, edition: model.edition, focus: model.focusCode, document }),
        ...text,
        legend,
        parts: [model.focusCode, String(model.edition)],
      };
    },
  },
  'land-use': {
    attributes: ['year', 'areas'],
    async draw({ year = '0', areas = '', lang, width }) {
      const m = await import('@q4/land-use');
      const data = await m.loadDefaultLandUse();
      const model = m.prepareLandUse(data, { year: Number(year), areas }, lang);
      const text = m.describeLandUse(model, lang);
      const colours = lang === 'en' ? ['blue', 'grey', 'orange', 'green'] : ['blauw', 'grijs', 'oranje', 'groen'];
      const labels = model.codes.map((code) => ({ code, label: m.landUseAreaName(data, code, lang) }));
      return {
        chart: m.landUseChart(model.bars, { width, lang, year: model.year, areas: labels, document }),
        ...text,
        legend: labels.map((a, i) => `${colours[i % 4]}: ${a.label}`).join(' · '),
        parts: [...model.codes, String(model.year)],
      };
    },
  },
  'key-figures': {
    attributes: ['municipality'],
    async draw({ municipality = '', lang, width }) {
      const m = await import('@q4/key-figures');
      const { formatNumber } = await import('@q4/core');
      const model = m.prepareKeyFigures(m.defaultKeyFigures, { municipality }, lang);
      const text = m.describeKeyFigures(model, lang);
      const t = m.keyFiguresMessages[lang];
      if (model.mode === 'municipality') {
        const lisa = model.m.lisa;
        return {
          chart: m.populationChart(model.m.population, { width, lang, document }),
          ...text,
          // The LISA figures are cards beside the chart on the page; in the image they are this line.
          legend: lisa ? `${t.cardJobs}: ${formatNumber(lisa.jobs, lang)} · ${t.cardEstablishments}: ${formatNumber(lisa.establishments, lang)}` : '',
          parts: [model.m.name],
        };
      }
      const cards = model.cards.map((f) => `${f.measureLabel[lang]}: ${m.wordingOf(f, lang)}`).join(' · ');
      return { chart: m.reportChart(model.bars, { width, lang, highlight: 'region', document }), ...text, legend: cards, parts: [region(lang)] };
    },
  },
  'sector-bloem': {
    attributes: ['mode', 'view'],
    async draw({ mode = 'data', view = 'flower', lang, width }) {
      const m = await import('@q4/sector-bloem');
      const model = m.prepareSectors(await m.loadDefaultSectors(), { mode, view }, lang);
      const text = m.describeSectors(model, lang);
      const draw = model.view === 'bars' ? m.barsChart : m.flowerChart;
      return {
        chart: draw(model.data.sectors, { width, lang, mode: model.mode, document }),
        ...text,
        legend: model.mode === 'equal' ? '' : m.sectorBloemMessages[lang].referenceLabel.replace(/^./, (c) => c.toUpperCase()) + (lang === 'en' ? ': dashed circle' : ': gestippelde cirkel'),
        parts: [model.mode === 'equal' ? 'illustratie' : '', model.view === 'bars' ? 'staven' : '', model.data.year ? String(model.data.year) : ''],
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
