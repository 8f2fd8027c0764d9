// Rollup plugins of the autoloader's two builds: lazy/all.js imports the runtime (Plot, Lit, core) from q4-widgets.js
// by short names, and q4-widgets.js's entry exports those names after the loader's own code.
import { posix } from 'node:path';
import { init as lexerReady, parse as parseImports } from 'es-module-lexer';

/**
 * The artefact that passes from lazy/all.js's build to q4-widgets.js's: what lazy/all.js (and the area code of its
 * build) imports from the runtime, by module id, each name with the short name q4-widgets.js exports it as ($0, $1,
 * ...). The config makes one and gives it to both plugins; Rollup builds the configs of the array in order.
 * @returns {{ imports: Map<string, Map<string, string>>, count: number }}
 */
export const runtimeExports = () => ({ imports: new Map(), count: 0 });

const RUNTIME = 'q4-runtime:';

/**
 * lazy/all.js's build: imports of the runtime's modules (`isRuntime(id)`) stay external, and each chunk's imports from
 * them become one import from q4-widgets.js, by the short names it records in `runtime`.
 */
export function runtimeFromLoader(runtime, isRuntime) {
  return {
    name: 'q4-runtime-from-loader',
    buildStart() {
      runtime.imports.clear();
      runtime.count = 0;
    },
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith(RUNTIME)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !isRuntime(resolved.id)) return null;
      return { id: `${RUNTIME}${resolved.id}`, external: true, moduleSideEffects: false };
    },
    // Each chunk's imports from the runtime become one import from q4-widgets.js, by the short names.
    async renderChunk(code, chunk) {
      await lexerReady;
      const specifiers = [];
      let out = '';
      let last = 0;
      let at = -1;
      for (const imp of parseImports(code)[0]) {
        // The build's only external modules are the runtime's; one may keep its bare name ('lit') when node-resolve
        // asked this plugin for it.
        if (imp.d !== -1 || !imp.n || !this.getModuleInfo(imp.n)?.isExternal) continue;
        const statement = code.slice(imp.ss, imp.se);
        const clause = /^import\s*\{([^}]*)\}\s*from\s*["'][^"']+["']\s*;?$/s.exec(statement);
        if (!clause && !/^import\s*["'][^"']+["']\s*;?$/.test(statement))
          this.error(`runtimeFromLoader: cannot rewrite "${statement}" in ${chunk.fileName}; import names`);
        for (const part of (clause?.[1] ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)) {
          const [name, local = name] = part.split(/\s+as\s+/);
          if (!runtime.imports.has(imp.n)) runtime.imports.set(imp.n, new Map());
          const names = runtime.imports.get(imp.n);
          if (!names.has(name)) names.set(name, `$${(runtime.count++).toString(36)}`);
          specifiers.push(`${names.get(name)} as ${local}`);
        }
        if (at < 0) at = out.length + (imp.ss - last);
        out += code.slice(last, imp.ss);
        last = imp.se;
      }
      if (!last) return null;
      out += code.slice(last);
      const from = posix.relative(posix.dirname(chunk.fileName), 'q4-widgets.js');
      return { code: `${out.slice(0, at)}import { ${specifiers.join(', ')} } from '${from}';${out.slice(at)}`, map: null };
    },
  };
}
/**
 * q4-widgets.js's entry: the loader first (so it runs before the runtime's modules are evaluated), then every name
 * lazy/all.js imports from the runtime, under its short name.
 */
export const LOADER_ENTRY = '\0q4-loader-entry';
export function loaderEntry(runtime, loaderFile) {
  return {
    name: 'q4-loader-entry',
    resolveId(source, importer) {
      if (source === LOADER_ENTRY) return LOADER_ENTRY;
      if (importer === LOADER_ENTRY && source.startsWith('\0')) return source;
      return null;
    },
    load(id) {
      if (id !== LOADER_ENTRY) return null;
      if (!runtime.count) this.error('q4-widgets.js: build lazy/all.js first (it names what the runtime exports)');
      const loader = JSON.stringify(loaderFile);
      const lines = [`import ${loader};`, `export * from ${loader};`];
      for (const [id, names] of runtime.imports) {
        if (!names.size) continue;
        const from = JSON.stringify(id.startsWith(RUNTIME) ? id.slice(RUNTIME.length) : id);
        lines.push(`export { ${[...names].map(([name, alias]) => `${name} as ${alias}`).join(', ')} } from ${from};`);
      }
      return lines.join('\n');
    },
  };
}

/** The loader's import of all.ts is that file, lazy/all.js, not a chunk of its build. */
export const everyWidgetExternal = () => ({
  name: 'q4-every-widget',
  resolveId: (source, importer) =>
    source === './all.js' && importer?.endsWith('/packages/widgets/src/loader.ts') ? { id: './lazy/all.js', external: 'absolute' } : null,
});
