// Rollup plugin: the static imports between the autoloader's chunks become imports that carry the importer's query,
// so a retry fetches the whole graph anew.
import { posix } from 'node:path';
import { init as lexerReady, parse as parseImports } from 'es-module-lexer';
import { runtimeSource } from './runtime/index.mjs';

/**
 * The autoloader's chunks import each other statically (`import{…}from"./plot.js"`), and a static import resolves to
 * the same URL whatever the importer's URL: after `lazy/loaders-….js` failed, `lazy/land-use.js?retry=1` would import the
 * failed `lazy/loaders-….js` again, and the retry could never work. So each static import between chunks becomes a dynamic
 * one that carries the importer's query (`?retry=1`) on to the chunk it imports: a retry fetches the whole graph
 * anew. On a first load the query is empty, so the URLs are the ones the `<link rel="modulepreload">` hints name.
 * Needs an acyclic chunk graph (top-level await in a cycle would wait for itself); the build fails otherwise.
 */
export function staticImportsFollowQuery() {
  // __q4dep and __q4has (./runtime/static-dep.ts): minified here, since this code is added after terser.
  const dep = runtimeSource('static-dep', { minify: true });
  return {
    name: 'q4-static-imports-follow-query',
    async renderChunk(code, chunk, _options, meta) {
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
      // An entry (a page's builder.js or profile.js, which holds the runtime) is running when its chunks ask for it:
      // it keeps the page's query but never a `retry`, which would load and run a second copy of the page's code.
      const entries = Object.values(meta.chunks)
        .filter((c) => c.isEntry)
        .map((c) => posix.basename(c.fileName));
      const arg = (imp) => `${JSON.stringify(imp.n)}${entries.some((e) => imp.n.endsWith(e)) ? ',1' : ''}`;
      const head = `${dep}const __q4m=await Promise.all([${found.map((imp) => `__q4dep(${arg(imp)})`).join(',')}]);${found.map(bind).join('')}`;
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
