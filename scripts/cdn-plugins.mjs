// The Rollup plugins of a self-contained CDN file, shared by rollup.config.mjs and the size and benchmark
// scripts, so that what they measure is what we ship.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { posix } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { init as lexerReady, parse as parseImports } from 'es-module-lexer';
import { slimD3 } from './slim-d3.mjs';
import { workspaceSourcesPlugin } from './workspace-sources.mjs';

/**
 * @param {{ slim?: boolean, geo?: boolean, minify?: boolean }} options `slim`: leave out what of d3 and Plot no
 * chart uses (scripts/slim-d3.mjs); `geo`: keep the map's projection; `minify`: terser, keeping `/*!` banners.
 */
export function cdnPlugins({ slim = true, geo = true, minify = true, preload = false } = {}) {
  return [
    retryableImports({ preload }),
    ...(slim ? [slimD3({ geo })] : []),
    // @q4/* resolve to their TypeScript, so the CDN build needs no prior package build.
    workspaceSourcesPlugin(),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    // Plot's interval-tree-1d is CommonJS; plugin-commonjs is pinned to 26.0.3 (29 breaks under WTR's fromRollup).
    commonjs({ include: [/node_modules\/interval-tree-1d/, /node_modules\/binary-search-bounds/] }),
    // esbuild strips types and lowers the (legacy) Lit decorators; es2022 keeps class fields and #private.
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    ...(minify ? [terser({ ecma: 2022, module: true, format: { comments: /^!/ } })] : []),
    // After terser: rewrites the static imports between chunks in their final form.
    staticImportsFollowQuery(),
  ];
}

/**
 * A module that failed to load may stay failed under its URL: browsers that keep the failed import() in the page's
 * module map fail a second import of the same URL again, even once the network is back. (Chromium fetches a
 * failed module again when asked anew; a browser or an HTTP cache that keeps the failure would not.) So every
 * dynamic import in a CDN file goes through `__q4import`, which after a failure asks for the same file with
 * `?retry=N`: a new URL, a real new request wherever it runs. The data loaders of @q4/data forget a failed load, so
 * "Opnieuw proberen" really recovers.
 */
export function retryableImports({ preload = false } = {}) {
  // A load that hangs (a request the CDN never answers) fails after `q4LoadTimeout` ms (15 s unless a page sets
  // `window.q4LoadTimeout`), so the widget shows its error with a retry instead of loading forever. A retry asks for
  // `?retry=N`; in the autoloader's chunks that query is passed on to every chunk they import (staticImportsFollowQuery),
  // so a shared chunk that failed (lazy/loaders-….js) is fetched anew too.
  // The URL of an import: the file next to the importer, with the importer's query (a page that loads
  // `q4-widgets.js?v=2` gets every module with `?v=2`, and a retried chunk's imports are fresh too), and after a
  // failure one more `retry` parameter: a new URL, so a real new request.
  const helper =
    'const __q4failed = new Map();\n' +
    'const __q4url = (s, n) => { const u = new URL(s, import.meta.url); u.search = new URL(import.meta.url).search; if (n) u.searchParams.append("retry", n); return u.href; };\n' +
    'const __q4import = (s) => { const n = __q4failed.get(s) ?? 0; let t; ' +
    'return Promise.race([import(__q4url(s, n)), new Promise((_, no) => { t = setTimeout(() => no(new Error(`q4: loading ${s} timed out`)), globalThis.q4LoadTimeout ?? 15000); })])' +
    '.finally(() => clearTimeout(t)).catch((e) => { __q4failed.set(s, n + 1); throw e; }); };';
  // The autoloader's variant: before importing a widget's module it asks for that module and every chunk it
  // imports at once (`<link rel="modulepreload">`), so the widget's code and Plot, Lit and core arrive side by side
  // instead of one after the other. `"__Q4_DEPS__"` becomes the map of those files (preloadMap, below). A file the
  // page's own `<link rel="modulepreload">` hints already ask for (the README's snippet) gets no second link: adding
  // one costs the loader about 1 ms (docs/performance.md), for a fetch the page has started.
  const preloading =
    'const __q4deps = "__Q4_DEPS__", __q4sizes = JSON.parse("__Q4_SIZES__");\nlet __q4preloaded;\n' +
    'const __q4preload = (s) => { __q4preloaded ??= new Set(Array.from(document.querySelectorAll("link[rel=modulepreload]"), (l) => l.href)); ' +
    'for (const d of __q4deps[s] ?? []) { const href = __q4url(d, 0); if (__q4preloaded.has(href)) continue; __q4preloaded.add(href); ' +
    "const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href; document.head.append(link); } };\n" +
    helper.replace('const n = __q4failed.get(s) ?? 0; ', 'const n = __q4failed.get(s) ?? 0; if (!n) __q4preload(s); ');
  return {
    name: 'q4-retryable-imports',
    renderDynamicImport({ targetModuleId }) {
      return targetModuleId ? { left: '__q4import(', right: ')' } : null;
    },
    intro(chunk) {
      if (!chunk.dynamicImports.length) return '';
      return preload && chunk.isEntry ? preloading : helper;
    },
    generateBundle(options, bundle) {
      if (preload) preloadMap(bundle, options.dir);
    },
  };
}

/**
 * Writes, into each chunk that preloads, the files that each of its dynamic imports needs: the imported chunk and
 * all it imports statically, less what the importer has already. Paths relative to the importer, as Rollup writes
 * the import() specifiers.
 */
function preloadMap(bundle, dir) {
  const rel = (from, to) => {
    const path = posix.relative(posix.dirname(from), to);
    return path.startsWith('.') ? path : `./${path}`;
  };
  const closure = (file, seen = new Set()) => {
    for (const dep of bundle[file]?.imports ?? []) if (!seen.has(dep)) closure(dep, seen.add(dep));
    return seen;
  };
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !/["']__Q4_DEPS__["']/.test(chunk.code)) continue;
    const have = closure(chunk.fileName, new Set([chunk.fileName]));
    const map = {};
    for (const target of chunk.dynamicImports)
      map[rel(chunk.fileName, target)] = [target, ...closure(target)].filter((f) => !have.has(f)).map((f) => rel(chunk.fileName, f));
    // The gzip size of each of those files, for the loader's choice between them and one module of every widget
    // (lazy/all.js, an earlier build of the same config: read from disk).
    const sizes = {};
    for (const target of chunk.dynamicImports) {
      for (const file of [target, ...closure(target)].filter((f) => !have.has(f))) {
        const out = bundle[file];
        const code = out ? (out.type === 'chunk' ? out.code : out.source) : existsSync(`${dir}/${file}`) ? readFileSync(`${dir}/${file}`) : null;
        if (code === null) throw new Error(`preloadMap: ${file} is neither in this build nor in ${dir} (build lazy/all.js before the loader)`);
        sizes[rel(chunk.fileName, file)] = gzipSync(code, { level: 9 }).length;
      }
    }
    chunk.code = chunk.code.replace(/["']__Q4_DEPS__["']/, `(${JSON.stringify(map)})`).replace(/["']__Q4_SIZES__["']/g, JSON.stringify(JSON.stringify(sizes)));
  }
}

/**
 * The autoloader's chunks import each other statically (`import{…}from"./plot.js"`), and a static import resolves to
 * the same URL whatever the importer's URL: after `lazy/loaders-….js` failed, `lazy/land-use.js?retry=1` would import the
 * failed `lazy/loaders-….js` again, and the retry could never work. So each static import between chunks becomes a dynamic
 * one that carries the importer's query (`?retry=1`) on to the chunk it imports: a retry fetches the whole graph
 * anew. On a first load the query is empty, so the URLs are the ones the `<link rel="modulepreload">` hints name.
 * Needs an acyclic chunk graph (top-level await in a cycle would wait for itself); the build fails otherwise.
 */
export function staticImportsFollowQuery() {
  // A static import of a name the module lacks fails when the page links the modules; read from an import() it
  // would be undefined. A module cut short that still parses would so be half-loaded: __q4has restores the check.
  // Rollup writes a chunk's exports in one statement at its end, so one expected name tells a whole module.
  // q4-widgets.js, which holds the runtime (Plot, Lit, core) with the loader, is running when a widget's module asks
  // for it: that one import keeps the page's query (`?v=2`) but never a `retry`, which would load a second runtime.
  // (Written minified: this code is added after terser.)
  const dep =
    'const __q4dep=s=>{const u=new URL(s,import.meta.url);u.search=new URL(import.meta.url).search;/(^|\\/)q4-widgets\\.js$/.test(s)&&u.searchParams.delete("retry");return import(u.href)};\n' +
    'const __q4has=(m,k)=>{if(!(k in m))throw new SyntaxError(`q4: a module lacks its export ${k}`);return m};\n';
  return {
    name: 'q4-static-imports-follow-query',
    async renderChunk(code, chunk) {
      if (!chunk.imports.length) return null;
      await lexerReady;
      const [imports] = parseImports(code);
      // All of a chunk's imports are asked for at once (Promise.all), as static imports are fetched side by side;
      // then each statement's bindings are read from its module.
      const found = [];
      for (const imp of imports) {
        if (imp.d !== -1 || !imp.n || !(chunk.imports.some((f) => imp.n.endsWith(posix.basename(f))) || /(^|\/)q4-widgets\.js$/.test(imp.n))) continue;
        found.push(imp);
      }
      if (!found.length) return null;
      let n = 0;
      const bind = (imp, i) => {
        const statement = code.slice(imp.ss, imp.se);
        const names0 = (/\{([^}]*)\}/.exec(statement)?.[1] ?? '')
          .split(',')
          .map((x) => x.trim().split(/\s+as\s+/)[0])
          .filter(Boolean);
        const m = names0.length ? `__q4has(__q4m[${i}],${JSON.stringify(names0[0])})` : `__q4m[${i}]`;
        const clause = /^(import|export)\s*(.*?)\s*from\s*["'][^"']+["']\s*;?$/s.exec(statement);
        if (/^import\s*["']/.test(statement)) return '';
        if (clause && clause[1] === 'import' && /^\*\s*as\s+([\w$]+)$/.test(clause[2])) return `const ${clause[2].replace(/^\*\s*as\s+/, '')}=${m};`;
        if (clause && /^\{[^}]*\}$/.test(clause[2])) {
          const names = clause[2]
            .slice(1, -1)
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
            .map((x) => x.split(/\s+as\s+/));
          if (clause[1] === 'import') return `const{${names.map(([a, b]) => (b ? `${a}:${b}` : a)).join(',')}}=${m};`;
          const locals = names.map(([a, b]) => [a, b ?? a, `__q4r${n++}`]);
          return `const{${locals.map(([a, , l]) => `${a}:${l}`).join(',')}}=${m};export{${locals.map(([, b, l]) => `${l} as ${b}`).join(',')}};`;
        }
        this.error(`staticImportsFollowQuery: cannot rewrite "${statement}" in ${chunk.fileName}`);
      };
      const head = `${dep}const __q4m=await Promise.all([${found.map((imp) => `__q4dep(${JSON.stringify(imp.n)})`).join(',')}]);${found.map(bind).join('')}`;
      let out = '';
      let last = 0;
      for (const [i, imp] of found.entries()) {
        // The imports go where the first one was: after the chunk's banner comment.
        out += code.slice(last, imp.ss) + (i === 0 ? head : '');
        last = imp.se;
      }
      return { code: out + code.slice(last), map: null };
    },
    generateBundle(_, bundle) {
      const visiting = new Set();
      const done = new Set();
      const visit = (file, path) => {
        if (done.has(file)) return;
        if (visiting.has(file)) this.error(`staticImportsFollowQuery: the chunks import each other in a cycle: ${[...path, file].join(' -> ')}`);
        visiting.add(file);
        for (const dep of bundle[file]?.imports ?? []) visit(dep, [...path, file]);
        visiting.delete(file);
        done.add(file);
      };
      for (const file of Object.keys(bundle)) if (bundle[file].type === 'chunk') visit(file, []);
    },
  };
}
