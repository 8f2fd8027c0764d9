// Rollup 4: (a) per-package ESM in packages/*/dist with dependencies external (.d.ts come from `tsc -b`);
// (b) self-contained, minified CDN files in dist/cdn: q4-widgets.js (all) and q4-<widget>.js (one each).
// `ONLY=packages` or `ONLY=cdn` builds one half; `ONLY=builder` only the builder and profile pages (dist/builder, dist/profile).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { banners, dataBanner, entryBanner, lazyBanner } from './scripts/rollup/banner.mjs';
import { cdnPlugins } from './scripts/rollup/cdn-plugins.mjs';
import { LOADER_ENTRY, everyWidgetExternal, loaderEntry, runtimeExports, runtimeFromLoader } from './scripts/rollup/runtime-from-loader.mjs';
import { copyAssets } from './scripts/rollup/copy-assets.mjs';
import { workspaceSources } from './scripts/workspace-sources.mjs';
import { registry } from './scripts/widget-registry.mjs';

// Packages built from TypeScript (an export ./dist/x.js with a src/x.ts); @q4/render is plain Node ESM and needs no build.
const sources = [...workspaceSources()];
const pkgs = readdirSync('packages').filter((d) => sources.some(([, file]) => file.includes(`/packages/${d}/src/`)));
const read = (name) => JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));

// The national modules (one per municipality's flows, one per map tile: 490 files) go in one folder named by a
// hash of them all, not each with its own hash: the import map that names them then repeats one prefix, which
// gzip takes away (measured: modules.js 7.3 KB gzip with a hash per file, 1.9 KB so). A new build of the data
// gets a new folder, so caches never serve an old file.
const nationalDir = 'packages/data/src/national';
const nationalTag = (() => {
  const hash = createHash('sha256');
  const walk = (dir) =>
    (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)) : []).forEach((e) =>
      e.isDirectory() ? walk(`${dir}/${e.name}`) : hash.update(e.name).update(readFileSync(`${dir}/${e.name}`)),
    );
  walk(nationalDir);
  return hash.digest('base64url').slice(0, 8);
})();
const isNationalPart = (id) => /\/national\/(flows\/GM\d{4}|boundaries-[fc]\d+)\.[jt]s$/.test(id ?? '');
const chunkFileNames = (chunk) => (isNationalPart(chunk.facadeModuleId) ? `data/nl-${nationalTag}/[name].js` : 'data/[name]-[hash].js');

// esbuild strips types and lowers the (legacy) Lit decorators; es2022 keeps class fields and #private.
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });

const entries = (name) => [
  ...new Set(sources.filter(([, file]) => file.includes(`/packages/${name}/src/`)).map(([, file]) => `packages/${name}/src/${file.split('/src/')[1]}`)),
];

const perPackage = pkgs.map((name) => {
  const pkg = read(name);
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return {
    input: entries(name),
    external: (id) => deps.some((d) => id === d || id.startsWith(`${d}/`)),
    plugins: [ts()],
    output: { dir: `packages/${name}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: `packages/${name}/src` },
  };
});

// Widgets: the registry's (packages/widgets/widgets.json). The CDN file of a widget imports only its define entry.
const widgets = registry().map((w) => w.name);
/** CDN files of widgets that draw a map (geo marks and projections); the others leave d3-geo out. */
const mapWidgets = ['q4-commute-flows'];

// Each CDN file is self-contained, except for the large datasets that widgets import() on demand
// (commuting, boundaries, sectors, RCI): those become chunks in dist/cdn/data/, loaded from next to the file.
// q4-nlds.css (NL Design System theme mapping) is shipped next to the CDN files by the all-widgets build.
const copyNlds = () => copyAssets('nlds', [{ fileName: 'q4-nlds.css', path: 'packages/widgets/q4-nlds.css' }]);

const perWidget = widgets
  .map((name) => ({ name: `q4-${name}`, input: `packages/${name}/src/define.ts`, what: `<q4-${name}>` }))
  .map(({ name, input, what }) => ({
    input,
    // A lazily loaded module (the area code) may import from the widget's own file; without this Rollup would move
    // the whole widget into a shared chunk to keep the entry's exports exact.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      // Only what of d3 and Plot our charts use (scripts/slim-d3.mjs, docs/performance.md); the map needs d3-geo.
      ...cdnPlugins({ geo: mapWidgets.includes(name) }),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      banner: banners(what),
      entryFileNames: `${name}.js`,
      chunkFileNames,
    },
  }));

/**
 * q4-widgets.js, the autoloader (packages/widgets/src/loader.ts) with the runtime every widget needs (below): it
 * imports a widget's module when its tag appears. The modules it loads are in `lazy/`, under names that stay the same
 * from build to build, so a page that knows its widgets can name them in `<link rel="modulepreload">`
 * (`lazy/scorecard.js`). A new release is a new folder on the CDNs (the version is in the path).
 * `sharedChunk` names the runtime's parts: Plot with d3, Lit and our core.
 */
const sharedChunk = (id) => {
  if (
    id.startsWith('\0q4-slim:') ||
    /\/node_modules\/(@observablehq|d3-[\w-]+|internmap|interval-tree-1d|binary-search-bounds|isoformat|delaunator|robust-predicates)\//.test(id)
  )
    return 'plot';
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)) return 'lit';
  if (id.includes('/packages/core/src/')) return 'core';
  // The report region's and the provinces' lists (generated/region.ts) stay with @q4/data's loaders, which the
  // pages that read them load anyway: since the loaders ask for an area's first data (prefetchArea*), Rollup would
  // otherwise give them a chunk of their own, 0.3 KB and one more request.
  if (/\/packages\/data\/src\/(loaders|generated\/region)\.ts$/.test(id)) return 'loaders';
  return undefined;
};
const defineOf = (id) => /\/packages\/([\w-]+)\/src\/define\.ts$/.exec(id ?? '')?.[1];
/** The widget whose define module a chunk holds (its facade, or a module of it when Rollup gives no facade). */
const widgetOf = (chunk) => defineOf(chunk.facadeModuleId) ?? chunk.moduleIds.map(defineOf).find(Boolean);
/**
 * The runtime that every widget needs (Plot with d3, Lit, core: `sharedChunk` above) is part of q4-widgets.js itself,
 * after the loader's own code (issue 16). The loader runs first, finds the page's tags and asks for their modules, and
 * the runtime is evaluated while those modules are on their way: a page of one widget waits for one round of requests
 * after the loader, for a small module, instead of one for the widget and all three chunks that followed it.
 * Measured (`npm run bench`, three runs): the scorecard through the loader went from 1.21-1.31x raw Plot's first
 * render to 0.93-1.01x (docs/performance.md). The widgets' modules (lazy/<widget>.js) import the runtime from
 * q4-widgets.js.
 *
 * lazy/all.js, every widget in one module for a page of most widgets, is a build of its own (a module can be in one
 * chunk of a build only), so it imports the runtime from q4-widgets.js by name: the runtime's modules are external in
 * its build (`runtimeFromLoader`), and what it imports from them is what q4-widgets.js exports (`loaderEntry`).
 * Core's two entry modules (index.ts, pure.ts) only re-export, so they stay in, and each name is imported from the
 * module that declares it.
 */
// Core's area texts are read only by the area code, which loads when a widget is given an area: not the runtime.
// d3-geo is: the map's projection comes with Plot (geo: true below), about 7 KB that every page of the loader now
// loads. Brought by the map's module instead (slim-d3's former geo: 'late'), it cost lazy/all.js 2.5 KB more
// (measured): the page of all seven would be over its budget.
// The one municipality resolver (@q4/data's municipality-key.ts, 0.4 KB) is read by most widgets' modules: in the
// runtime it costs no request of its own (a page of one scorecard loads the loader and the scorecard's module only).
const isRuntime = (id) =>
  (['plot', 'lit', 'core'].includes(sharedChunk(id)) && !/\/packages\/core\/src\/(index|pure|area-text|place-option-text)\.ts$/.test(id)) ||
  /\/packages\/data\/src\/municipality-key\.ts$/.test(id);
/** What lazy/all.js imports from the runtime: written by its build, read by q4-widgets.js's (scripts/rollup/runtime-from-loader.mjs). */
const runtime = runtimeExports();
const everyWidget = {
  input: 'packages/widgets/src/all.ts',
  preserveEntrySignatures: 'allow-extension',
  plugins: [runtimeFromLoader(runtime, isRuntime), ...cdnPlugins({ geo: true })],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    // Lit, Plot and D3 are in q4-widgets.js, with their licences.
    banner: (chunk) => (chunk.isEntry ? lazyBanner('every widget, for the loader') : dataBanner),
    entryFileNames: 'lazy/all.js',
    chunkFileNames,
  },
};
const loader = {
  input: LOADER_ENTRY,
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    loaderEntry(runtime, `${process.cwd()}/packages/widgets/src/loader.ts`),
    everyWidgetExternal(),
    ...cdnPlugins({ geo: true, preload: true }),
    copyNlds(),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    banner: (chunk) => (chunk.isEntry ? entryBanner('loader of all widgets') : chunk.isDynamicEntry && !widgetOf(chunk) ? dataBanner : lazyBanner(chunk.name)),
    entryFileNames: 'q4-widgets.js',
    // The runtime goes into q4-widgets.js with the loader, even what only the widgets' modules use. (Not core's
    // entry modules: a module in a manual chunk brings every module it imports, and index.ts imports the area texts.)
    manualChunks: (id) =>
      id === LOADER_ENTRY || /\/packages\/widgets\/src\/(loader|generated\/modules)\.ts$/.test(id) || isRuntime(id)
        ? 'q4-widgets'
        : sharedChunk(id) === 'loaders'
          ? 'loaders'
          : undefined,
    chunkFileNames: (chunk) => {
      const widget = widgetOf(chunk);
      if (widget) return `lazy/${widget}.js`;
      if (!chunk.isDynamicEntry) return 'lazy/[name]-[hash].js';
      return chunkFileNames(chunk);
    },
  },
};
const cdn = [everyWidget, loader, ...perWidget];

/**
 * A static page of all widgets, in dist/<name>/: its script (with its data chunks) and its HTML and stylesheet
 * copied beside it. The iframe embed and the builder page are two of these.
 */
const page = ({ name, what, input, entry, assets, plugins = [] }) => ({
  input,
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    ...plugins,
    ...cdnPlugins({ geo: true }),
    copyAssets(
      name,
      assets.map((file) => (typeof file === 'string' ? { fileName: file, path: `packages/widgets/${name}/${file}` } : file)),
    ),
  ],
  output: {
    dir: `dist/${name}`,
    format: 'es',
    banner: banners(what),
    entryFileNames: entry,
    chunkFileNames,
  },
});

// The iframe embed: dist/embed/index.html + q4-embed.js (all widgets) + its data chunks and stylesheet.
const embed = page({
  name: 'embed',
  what: 'iframe embed',
  input: 'packages/widgets/embed/embed.ts',
  entry: 'q4-embed.js',
  assets: ['index.html', 'embed.css'],
});
// The builder page: dist/builder/index.html + builder.js (all widgets, the area index on demand) + its stylesheet.
const builder = page({
  name: 'builder',
  what: 'builder page',
  input: 'packages/widgets/builder/q4-builder.ts',
  entry: 'builder.js',
  assets: ['index.html', 'page.css', 'builder.css'],
});

// The profile page: dist/profile/index.html + profile.js (the report for any place, made of the widgets) + its stylesheet.
const profile = page({
  name: 'profile',
  what: 'profile page',
  input: 'packages/widgets/profile/q4-profile.ts',
  entry: 'profile.js',
  assets: ['index.html', { fileName: 'page.css', path: 'packages/widgets/builder/page.css' }, 'profile.css'],
});

const only = process.env.ONLY;
export default only === 'loader'
  ? [everyWidget, loader]
  : only === 'packages'
    ? perPackage
    : only === 'cdn'
      ? [...cdn, embed, builder, profile]
      : only === 'builder'
        ? [builder, profile]
        : [...perPackage, ...cdn, embed, builder, profile];
