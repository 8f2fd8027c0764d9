// Rollup plugin for the CDN files. Plot's `plot()` pulls in every colour scheme of d3-scale-chromatic (its
// scheme tables name them all, and d3 builds each at module load, so no bundler can drop them) and d3's time
// formatting (with its locale set up at module load), whatever a chart uses. Our charts use one scheme (RdBu,
// for the map's balance) besides the default categorical ones, and no time scale. So in the CDN files:
// - d3-scale-chromatic is a module generated at build time from the real one: the data of the schemes we keep,
//   the interpolator of RdBu made from it as d3 does (interpolateRgbBasis), and a stub for every other export;
// - d3-time-format is stubs.
// A stub throws "… is not in this build" when called, so a chart that starts using a scheme or a time scale fails
// loudly in the tests rather than quietly. The npm packages are unaffected: they leave Plot to the user's bundler.
// Measured gain and how to change the lists: docs/performance.md.

/** The schemes our charts use, and the categorical ones Plot falls back to. */
export const keptSchemes = ['schemeRdBu', 'schemeObservable10', 'schemeTableau10', 'schemeCategory10'];
/** Interpolators rebuilt from a kept scheme: name -> the scheme whose largest variant it interpolates. */
export const keptInterpolators = { interpolateRdBu: 'schemeRdBu' };

const PREFIX = '\0q4-slim:';
const slimmed = ['d3-scale-chromatic', 'd3-time-format'];

const stubs = (names, module) => [
  `const missing = (name) => () => { throw new Error(\`Q4 widgets: \${name} (${module}) is not in this build; see docs/performance.md\`); };`,
  ...names.map((e) => (e.startsWith('scheme') ? `export const ${e} = [];` : `export const ${e} = missing(${JSON.stringify(e)});`)),
];

export function slimD3() {
  return {
    name: 'q4-slim-d3',
    resolveId(source) {
      return slimmed.includes(source) ? PREFIX + source : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const real = await import(name);
      const names = Object.keys(real);
      if (name === 'd3-time-format') return stubs(names, name).join('\n');
      const kept = [...keptSchemes, ...Object.keys(keptInterpolators)];
      return [
        `import { interpolateRgbBasis } from 'd3-interpolate';`,
        ...keptSchemes.map((s) => `export const ${s} = ${JSON.stringify(real[s])};`),
        ...Object.entries(keptInterpolators).map(([f, s]) => `export const ${f} = interpolateRgbBasis(${s}[${s}.length - 1]);`),
        ...stubs(names.filter((n) => !kept.includes(n)), name),
      ].join('\n');
    },
  };
}
