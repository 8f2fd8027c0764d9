// The code every CDN chunk with a dynamic import carries: `import()` through `__q4import`, which asks again under a
// new URL after a failure and gives up on a load that hangs. Injected as text by retryable-imports.mjs (so that
// `import.meta.url` is the chunk's own); a module here so that it is type-checked and linted.

/** The autoloader's entry preloads a widget's module with what it imports (preload.ts); other chunks do not. */
declare const __q4preloading: boolean;
declare const __q4preload: (s: string) => void;

/** How often each module has failed: it is asked for again with `?retry=N`, a new URL, so a real new request. */
export const __q4failed = new Map<string, number>();

/**
 * The URL of an import: the file next to the importer, with the importer's query (a page that loads
 * `q4-widgets.js?v=2` gets every module with `?v=2`, and a retried chunk's imports are fresh too), and after a
 * failure one more `retry` parameter.
 */
export const __q4url = (s: string, n: number): string => {
  const u = new URL(s, import.meta.url);
  u.search = new URL(import.meta.url).search;
  if (n) u.searchParams.append('retry', String(n));
  return u.href;
};

/**
 * A dynamic import that a retry can recover: a module cut short (no `__q4whole`) fails, and so does a load that hangs
 * (a request the CDN never answers) after `q4LoadTimeout` ms (15 s unless a page sets `window.q4LoadTimeout`), so the
 * widget shows its error with a retry.
 */
export const __q4import = (s: string): Promise<unknown> => {
  const n = __q4failed.get(s) ?? 0;
  if (__q4preloading && !n) __q4preload(s);
  let t: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    // Every module imported here ends with `__q4whole` (retryable-imports.mjs): without it, the file was cut short.
    import(__q4url(s, n)).then((m: { __q4whole?: number }) => {
      if (m.__q4whole !== 1) throw new Error(`q4: ${s} arrived incomplete`);
      return m;
    }),
    new Promise((_, no) => {
      t = setTimeout(() => no(new Error(`q4: loading ${s} timed out`)), (globalThis as { q4LoadTimeout?: number }).q4LoadTimeout ?? 15000);
    }),
  ])
    .finally(() => clearTimeout(t))
    .catch((e) => {
      __q4failed.set(s, n + 1);
      throw e;
    });
};
