// Rollup plugin for the CDN files. Plot's `plot()` pulls in every colour scheme of d3-scale-chromatic (its
// scheme tables name them all, and d3 builds each at module load, so no bundler can drop them) and d3's time
// formatting (with its locale set up at module load), whatever a chart uses. Our charts use one scheme (RdBu,
// for the map's balance) besides the default categorical ones, and no time scale. So in the CDN files:
// - d3-scale-chromatic is a module generated at build time from the real one: the data of the schemes we keep,
//   the interpolator of RdBu made from it as d3 does (interpolateRgbBasis), and a stub for every other export;
// - d3-time-format and d3-time (calendar intervals) are stubs;
// - d3-geo keeps what the map uses (`keptGeo`), and only geoTransform in the files of widgets without a map;
// - d3-shape keeps the line generator, the linear curves and the circle (`keptShape`);
// - Plot's tip mark, pointer interaction, legends, dodge, group and bin transforms and its time intervals are
//   stubs (`plotInternals`), but for the one path of the bin transform that the line mark takes (`plotPartials`);
// - Plot's default number format makes its `Intl.NumberFormat` when first used, not at module load (`lazyFormat`):
//   the page's first Intl formatter costs 12-22 ms, and our charts format with core's i18n, which needs none.
// A stub throws "… is not in this build" when called, so a chart that starts using a scheme or a time scale fails
// loudly in the tests rather than quietly. The npm packages are unaffected: they leave Plot to the user's bundler.
// Measured gain and how to change the lists: docs/performance.md.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The schemes our charts use, and the categorical ones Plot falls back to. */
export const keptSchemes = ['schemeRdBu', 'schemeObservable10', 'schemeTableau10', 'schemeCategory10'];
/**
 * What of d3-geo the map needs: the Mercator projection, paths, clipping and the transforms Plot builds on. Other
 * projections are stubs. Without a map only geoTransform stays, which Plot calls at module load (projection.js).
 */
export const keptGeo = ['geoPath', 'geoTransform', 'geoMercator', 'geoClipRectangle', 'geoCentroid', 'geoStream', 'geoIdentity'];
/**
 * What of d3-shape the charts need: the line mark's generator with the linear curves (the sector flower's
 * 'linear-closed'; 'auto' draws linear) and the dot's circle. Plot's tables of curves and symbols name every
 * other one, so no bundler can drop them: they are stubs here (a symbol stub is a symbol whose draw throws).
 */
export const keptShape = ['line', 'curveLinear', 'curveLinearClosed', 'symbolCircle'];
/**
 * What of d3-scale the charts need: every scale type but the log, symlog, quantile, threshold and time scales and
 * the diverging log, pow and symlog ones, which no chart uses and Plot's table of scale types names (stubs).
 */
export const droppedScales = [
  'scaleLog',
  'scaleSymlog',
  'scaleQuantile',
  'scaleThreshold',
  'scaleTime',
  'scaleUtc',
  'scaleDivergingLog',
  'scaleDivergingPow',
  'scaleDivergingSymlog',
];
/** Interpolators rebuilt from a kept scheme: name -> the scheme whose largest variant it interpolates. */
export const keptInterpolators = { interpolateRdBu: 'schemeRdBu' };

const PREFIX = '\0q4-slim:';
const plotSrc = fileURLToPath(new URL('../node_modules/@observablehq/plot/src/', import.meta.url));
/**
 * Plot's own modules that `plot()` (or module-level code that no bundler can drop) brings along for features our
 * charts never use: the `tip` mark and pointer interaction, Plot's legends (ours are HTML), the dodge transform,
 * time intervals (no chart has a time scale or a named `interval`), and the group transform, which the marks' `sort`
 * by a channel reaches (no chart sorts by a channel; ours sort their data). Time and group: 3.3 KB gzip.
 */
export const plotInternals = [
  'marks/tip.js',
  'interactions/pointer.js',
  'legends/ramp.js',
  'legends/swatches.js',
  'transforms/dodge.js',
  'time.js',
  'transforms/group.js',
];

/**
 * Plot's files of which a kept mark needs one harmless path: the line mark asks the bin transform to fill in the
 * gaps of an `interval` (maybeDenseIntervalX/Y), which with no interval, as in all our charts, only passes the
 * options on (with the pointer of a tip, as Plot does). That path is kept, in Plot's own words; binning itself,
 * the rest of the file, is a stub. Measured: 1.1 KB gzip off the Plot chunk (docs/performance.md).
 */
export const plotPartials = {
  'transforms/bin.js': (missing) => [
    `import { withTip } from ${JSON.stringify(`${plotSrc}mark.js`)};`,
    ...['X', 'Y'].map(
      (k) =>
        `export function maybeDenseInterval${k}(options = {}) { options = withTip(options, ${JSON.stringify(k.toLowerCase())}); ` +
        `return options?.interval == null ? options : ${missing}("bin${k} (an interval on a line or area)")(); }`,
    ),
  ],
};

/**
 * Plot's private files are stubbed by path, so @observablehq/plot is pinned exactly. When an upgrade moves or
 * removes one, the build fails here with what to change, rather than silently keeping the file.
 */
export function checkPlotInternals(internals = plotInternals, root = plotSrc) {
  const version = JSON.parse(readFileSync(resolve(root, '..', 'package.json'), 'utf8')).version;
  const gone = [...internals, ...Object.keys(plotPartials)].filter((path) => !existsSync(root + path));
  if (gone.length) {
    throw new Error(
      `scripts/slim-d3.mjs stubs @observablehq/plot/src/${gone.join(', ')}, which Plot ${version} no longer has: ` +
        'find where it went and update plotInternals (or drop the stub), then check the sizes (docs/performance.md).',
    );
  }
}

/**
 * Plot's `formatNumber` (behind `formatDefault`, made at module load) with its `Intl.NumberFormat` made on first use.
 * Plot's default format is for tips and untyped labels, which our charts do not show; on a raw Plot page that
 * formatter is the page's first Intl call, which costs 12-22 ms (docs/performance.md). Same lines, same behaviour.
 */
export const lazyFormat = {
  file: 'format.js',
  eager: '  const format = numberFormat(locale);\n  return (i) => (i != null && !isNaN(i) ? format.format(i) : undefined);',
  lazy: '  let format;\n  return (i) => (i != null && !isNaN(i) ? (format ??= numberFormat(locale)).format(i) : undefined);',
};

const stubs = (names, module) => [
  `const missing = (name) => () => { throw new Error(\`Q4 widgets: \${name} (${module}) is not in this build; see docs/performance.md\`); };`,
  ...names.map((e) =>
    e.startsWith('scheme')
      ? `export const ${e} = [];`
      : /^symbol[A-Z]/.test(e)
        ? `export const ${e} = { draw: missing(${JSON.stringify(e)}) };`
        : `export const ${e} = missing(${JSON.stringify(e)});`,
  ),
];

/**
 * @param {{ geo?: boolean }} options `geo: false` for a file without the map. (The autoloader carries d3-geo with
 * Plot in q4-widgets.js, rollup.config.mjs.)
 */
export function slimD3({ geo = true } = {}) {
  const slimmed = ['d3-scale-chromatic', 'd3-time-format', 'd3-time', 'd3-geo', 'd3-shape', 'd3-scale'];
  const geoKept = geo === true ? keptGeo : ['geoTransform'];
  return {
    name: 'q4-slim-d3',
    buildStart() {
      try {
        checkPlotInternals();
      } catch (error) {
        this.error(error.message);
      }
    },
    transform(code, id) {
      if (id !== plotSrc + lazyFormat.file) return null;
      if (!code.includes(lazyFormat.eager))
        this.error(`scripts/slim-d3.mjs: Plot's ${lazyFormat.file} no longer makes its number format as lazyFormat expects; update lazyFormat`);
      return { code: code.replace(lazyFormat.eager, lazyFormat.lazy), map: null };
    },
    resolveId(source, importer) {
      if (slimmed.includes(source)) return PREFIX + source;
      if (importer && source.startsWith('.') && importer.startsWith(plotSrc)) {
        const internal = resolve(dirname(importer), source).slice(plotSrc.length);
        if (plotInternals.includes(internal) || internal in plotPartials) return PREFIX + internal;
      }
      return null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      if (plotInternals.includes(name)) {
        const names = [...readFileSync(plotSrc + name, 'utf8').matchAll(/^export (?:function|class|const) (\w+)/gm)].map((m) => m[1]);
        return stubs(names, `@observablehq/plot/src/${name}`).join('\n');
      }
      if (name in plotPartials) {
        const kept = plotPartials[name]('missing');
        const names = [...readFileSync(plotSrc + name, 'utf8').matchAll(/^export (?:function|class|const) (\w+)/gm)].map((m) => m[1]);
        return [
          ...stubs(
            names.filter((n) => !kept.some((line) => line.includes(`function ${n}(`))),
            `@observablehq/plot/src/${name}`,
          ),
          ...kept,
        ].join('\n');
      }
      const real = await import(name);
      const names = Object.keys(real);
      if (name === 'd3-geo') {
        const path = JSON.stringify((await this.resolve('d3-geo', `${plotSrc}plot.js`, { skipSelf: true })).id);
        return [
          `export { ${geoKept.join(', ')} } from ${path};`,
          ...stubs(
            names.filter((n) => !geoKept.includes(n)),
            name,
          ),
        ].join('\n');
      }
      if (name === 'd3-shape' || name === 'd3-scale') {
        const kept = name === 'd3-shape' ? keptShape : names.filter((n) => !droppedScales.includes(n));
        const path = JSON.stringify((await this.resolve(name, `${plotSrc}plot.js`, { skipSelf: true })).id);
        return [
          `export { ${kept.join(', ')} } from ${path};`,
          ...stubs(
            names.filter((n) => !kept.includes(n)),
            name,
          ),
        ].join('\n');
      }
      if (name !== 'd3-scale-chromatic') return stubs(names, name).join('\n');
      const kept = [...keptSchemes, ...Object.keys(keptInterpolators)];
      return [
        `import { interpolateRgbBasis } from 'd3-interpolate';`,
        ...keptSchemes.map((s) => `export const ${s} = ${JSON.stringify(real[s])};`),
        ...Object.entries(keptInterpolators).map(([f, s]) => `export const ${f} = interpolateRgbBasis(${s}[${s}.length - 1]);`),
        ...stubs(
          names.filter((n) => !kept.includes(n)),
          name,
        ),
      ].join('\n');
    },
  };
}
