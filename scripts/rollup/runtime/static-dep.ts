// What the autoloader's chunks use in place of static imports between them (static-imports-follow-query.mjs), injected
// as text after terser (so minified when the plugin reads it).

/**
 * Imports a chunk with the importer's query, so a retried chunk's imports are fetched anew. An entry (`entry` 1:
 * q4-widgets.js, which holds the runtime (Plot, Lit, core) with the loader, or a page's own script) is running when
 * a chunk asks for it: that import keeps the page's query (`?v=2`) but never a `retry`, which would load a second
 * runtime.
 */
export const __q4dep = (s: string, entry?: 1): Promise<Record<string, unknown>> => {
  const u = new URL(s, import.meta.url);
  u.search = new URL(import.meta.url).search;
  if (entry || /(^|\/)q4-widgets\.js$/.test(s)) u.searchParams.delete('retry');
  return import(u.href);
};

/**
 * A static import of a name the module lacks fails when the page links the modules; read from an import() it would
 * be undefined. A module cut short that still parses would so be half-loaded: this restores the check. Rollup writes a
 * chunk's exports in one statement at its end, so one expected name tells a whole module.
 */
export const __q4has = (m: Record<string, unknown>, k: string): Record<string, unknown> => {
  if (!(k in m)) throw new SyntaxError(`q4: a module lacks its export ${k}`);
  return m;
};
