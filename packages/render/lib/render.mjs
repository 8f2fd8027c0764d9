// Static rendering of Q4 widgets in Node: the same pure chart functions the elements use, with a linkedom
// document, turned into a standalone SVG (title and credit in the image) and a PNG by resvg with fonts passed
// explicitly, so the output is the same on every machine. For email newsletters, where no JavaScript runs.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Resvg } from '@resvg/resvg-js';
import { VERSION, errorDetail, newsletterImage, optionName, renderFigure } from '@q4/core';
// Every widget's figure, in the registry's order (packages/widgets/widgets.json).
import { figures, optionTexts } from '@q4/widgets/figures';
// The profile of a place: the same plan, sentences and page template as the live page (dist/profile).
import {
  pageTitle,
  planProfile,
  printFooterCss,
  profileCsv,
  profileMessages,
  profileTemplate,
  readQuery,
  resolveCompare,
  resolvePlace,
  stableLink,
  writeQuery,
} from '@q4/widgets/profile-model';
// The elements themselves, for static HTML: @lit-labs/ssr renders each element's own template into a declarative
// shadow root, so the fragment is the live element's markup (no layout shift when the script takes it over).
import { render as ssrRender } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// Every element registered (@q4/widgets' entry imports each widget's define module).
import '@q4/widgets';

/** The linkedom document every figure is drawn in. */
export const { document } = parseHTML('<!doctype html><html><body></body></html>');

// chartToSvg serialises with XMLSerializer, which linkedom does not provide. Its outerHTML is HTML, which leaves
// "&" and "<" unescaped in attribute values; an SVG file must be XML, so serialise it here.
/** Text for XML or HTML: `&`, `<`, `>` escaped, and `"` too in an attribute value. */
export const escapeXml = (s, attribute) => {
  const text = String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? text.replace(/"/g, '&quot;') : text;
};
/** A node as XML (linkedom has no XMLSerializer). */
export function serialize(node) {
  return toXml(node);
}
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

/**
 * The widgets this renderer draws: each package's figure, the same pure module its element renders. A widget's
 * figure lists the attributes it takes, loads its bundled data, validates own data and options, and gives the
 * chart, title, summary, legend line, credit, file name and alt text. Nothing here is particular to one widget.
 */
export const WIDGETS = Object.fromEntries(figures.map((f) => [f.name, f]));
/** Each widget's options in words (label, help, names of values), by widget name. */
export { optionTexts };

/**
 * Renders one widget. `options`: `lang` (nl|en), `width` (CSS px), `format` (png|svg), `link` (http(s) URL of the
 * interactive version), `scale` (PNG pixel density, default 2), `fonts` (font files), `data` (own data, in the
 * shape the element's `data` property takes), and the widget's attributes (`min-jobs` or `minJobs`).
 * Returns the image, its size, the alt text, an HTML snippet for email, and a file name.
 */
/** Checks the options every output shares and loads the data: the widget's figure, language, width, link, data. */
async function job(name, options) {
  const widget = WIDGETS[name];
  if (!widget) throw new Error(`unknown widget "${name}"; choose from: ${Object.keys(WIDGETS).join(', ')}`);
  if (options.lang !== undefined && options.lang !== 'nl' && options.lang !== 'en') throw new Error(`lang must be nl or en, not "${options.lang}"`);
  const lang = options.lang ?? 'nl';
  const width = Math.round(Number(options.width ?? 600));
  if (!Number.isFinite(width) || width < 300 || width > 2000) throw new Error('width must be a number from 300 to 2000');
  let link = null;
  if (options.link) {
    const url = new URL(options.link);
    if (!['http:', 'https:'].includes(url.protocol)) throw new Error('link must be an http(s) address');
    link = url.href;
  }
  const widgetOptions = {};
  const attributes = {};
  for (const attribute of Object.keys(widget.attributes)) {
    const value = options[attribute] ?? options[optionName(attribute)];
    if (value === undefined) continue;
    widgetOptions[optionName(attribute)] = value;
    attributes[attribute] = String(value);
  }
  let data;
  let drawn;
  try {
    data = options.data === undefined ? await widget.loadDefault(widgetOptions) : await widget.parse(options.data);
    drawn = renderFigure(widget, data, widgetOptions, { width, lang, document });
  } catch (error) {
    // The same words the element shows for bad data or a bad option.
    const detail = errorDetail(error, lang);
    if (!detail) throw error;
    throw Object.assign(new Error(detail.message), { code: detail.code });
  }
  return { widget, lang, width, link, widgetOptions, attributes, data, drawn };
}

/**
 * A widget as HTML that needs no script: its tag holding a declarative shadow root (`<template shadowrootmode="open">`)
 * with the widget's styles, the figure (title, legend, the chart as inline SVG, caption with summary, notes and
 * credit) and the data table in a `<details>`. It is the element's own template, rendered by @lit-labs/ssr with the
 * data given and the chart drawn here (linkedom), so when the widget's script does load, the element takes the
 * fragment over without moving it. Every value from options or data is text: attribute values are escaped here,
 * and Lit escapes the rest.
 */
export async function renderStaticHtml(name, options = {}) {
  const { widget, lang, width, attributes, data, drawn } = await job(name, options);
  const chart = (model, w, l) => {
    const element = widget.chart(model, { width: w, lang: l, document });
    return { markup: unsafeHTML(serialize(element)), note: widget.chartNote?.(model, { width: w, lang: l }) ?? '' };
  };
  const tag = `q4-${widget.name}`;
  const level = options.headingLevel ?? options['heading-level'];
  const attributeText = Object.entries({ lang, ...attributes, ...(level ? { 'heading-level': String(level) } : {}) })
    .map(([key, value]) => ` ${key}="${escapeXml(value, true)}"`)
    .join('');
  const template = staticHtml`${unsafeStatic(`<${tag}${attributeText}`)} .staticFigure=${{ data, width, chart }}>${unsafeStatic(`</${tag}>`)}`;
  // Lit's hydration markers (comments) are left out: the element takes the fragment over without hydrating it.
  const fragment = (await collectResult(ssrRender(template))).replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '');
  return { html: fragment.trim() + '\n', format: 'html', width, alt: drawn.alt, title: drawn.title, credit: drawn.credit, fileName: `${drawn.fileBase}.html` };
}

export async function renderWidget(name, options = {}) {
  const format = options.format ?? 'png';
  if (format === 'html') return renderStaticHtml(name, options);
  if (!['png', 'svg'].includes(format)) throw new Error('format must be png, svg or html');
  const { link, lang, drawn } = await job(name, options);
  const { svg, width: imageWidth, height, html, fileName } = newsletterImage(drawn, { lang, link, format, src: options.src });
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
  return { image, format, width: imageWidth, height, alt: drawn.alt, html, fileName, title: drawn.title, credit: drawn.credit };
}

/** Where this release's pages are for good: the version-pinned copy on the npm CDN. */
const CDN = `https://cdn.jsdelivr.net/npm/@q4/widgets@${VERSION}/dist`;

/** The profile page's stylesheets (the pages' shared one, then its own) as one file: the published package's, else the repository's. */
function profileCss() {
  const read = (published, local) => {
    const candidates = [];
    try {
      candidates.push(fileURLToPath(import.meta.resolve(`@q4/widgets/profile/${published}`)));
    } catch {
      // Not published beside us: the repository's copy below.
    }
    candidates.push(fileURLToPath(new URL(local, import.meta.url)));
    const file = candidates.find((f) => existsSync(f));
    if (!file) throw new Error(`the profile stylesheet ${published} was not found`);
    return readFileSync(file, 'utf8');
  };
  return `${read('page.css', '../../widgets/builder/page.css')}\n${read('profile.css', '../../widgets/profile/profile.css')}`;
}

/**
 * The profile of a place (the report of May 2015 for it) as one HTML page that needs no script: the live profile's
 * template (@q4/widgets/profile-model) rendered here, with each widget as its static fragment (a declarative shadow
 * root, as `renderStaticHtml` makes it). With JavaScript, `script` (the widgets' loader) lets each widget take its
 * fragment over without moving it. `options`: `municipality`, `region`, `regionName` (or `region-name`), `compare`,
 * `lang`, `width` of the widgets (default 720), `script` and `css` (addresses the page links), `url` (this page's
 * address, default the stable one), `live` (the live profile, for another place), `today` (for the citation).
 * Returns the page, its CSS and its data as one CSV, its title and a file name.
 */
export async function renderProfile(options = {}) {
  if (options.lang !== undefined && options.lang !== 'nl' && options.lang !== 'en') throw new Error(`lang must be nl or en, not "${options.lang}"`);
  const lang = options.lang ?? 'nl';
  const t = profileMessages[lang];
  const query = readQuery(
    `?${new URLSearchParams({
      municipality: options.municipality ?? '',
      region: options.region ?? '',
      'region-name': options.regionName ?? options['region-name'] ?? '',
      compare: options.compare ?? '',
      lang,
    })}`,
  );
  const resolved = await resolvePlace(query);
  if ('error' in resolved) throw new Error(resolved.error);
  const compare = await resolveCompare(query);
  const { sections, missing } = await planProfile(resolved.place, lang, compare && 'code' in compare ? compare : null);
  const width = Number(options.width ?? 720);
  const fragments = new Map();
  for (const s of sections) {
    const { html: fragment } = await renderStaticHtml(s.name, { lang, width, headingLevel: 3, ...s.attributes });
    fragments.set(s.name, fragment);
  }
  const live = options.live ?? `${CDN}/profile/index.html?${writeQuery(query)}`;
  const plan = { place: resolved.place, sections, missing, compareProblem: compare && 'error' in compare ? compare.error : null };
  const csvFile = 'profiel.csv';
  const template = profileTemplate(plan, query, {
    search: staticHtml`<p class="profile-live"><a href=${live}>${t.live}</a></p>`,
    // A mark where the widget goes; the fragment is put in after rendering (rendered through the template, its
    // element would be rendered again, without its data).
    widget: (section) => staticHtml`<div data-q4-fragment=${section.name}></div>`,
    csv: staticHtml`<a href=${csvFile} download>${t.csv}</a>`,
    pageUrl: options.url ?? stableLink(query),
    today: options.today ?? new Date().toISOString().slice(0, 10),
    builder: `${CDN}/builder/`,
  });
  const body = (await collectResult(ssrRender(template)))
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '')
    .replace(/<div data-q4-fragment="([a-z-]+)"><\/div>/g, (_, name) => fragments.get(name).trim());
  const title = pageTitle(resolved.place, sections, lang);
  const script = options.script ?? `${CDN}/cdn/q4-widgets.js`;
  // One stylesheet beside the page (profile.css holds the pages' shared styles too), or the addresses given.
  const css = [options.css ?? 'profile.css'].flat();
  const html = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeXml(title, false)}</title>
${css.map((href) => `    <link rel="stylesheet" href="${escapeXml(href, true)}" />`).join('\n')}
    <style>${printFooterCss(options.url ?? stableLink(query), lang)}</style>
    <script type="module" src="${escapeXml(script, true)}"></script>
  </head>
  <body>
    <header><a class="skip" href="#main">${escapeXml(t.skip, false)}</a></header>
    <main id="main" tabindex="-1" class="profile-static">
${body.trim()}
    </main>
  </body>
</html>
`;
  const csv = `\ufeff${profileCsv(title, options.url ?? stableLink(query), sections, lang)}`;
  return { html, css: profileCss(), csv, csvFile, title, place: resolved.place, fileName: 'index.html' };
}
