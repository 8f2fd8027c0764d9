// The autoloader's preloading: before importing a widget's module it asks for that module and every chunk it imports at
// once (`<link rel="modulepreload">`), so the widget's code and the runtime arrive side by side instead of one after
// the other. Injected as text by retryable-imports.mjs into the autoloader's entry, with import-retry.ts.

declare const __q4url: (s: string, n: number) => string;

/** Each dynamic import's files (the imported chunk and what it imports, less what the importer has): written by the build. */
export const __q4deps = '__Q4_DEPS__' as unknown as Record<string, string[] | undefined>;
/** The gzip size of each of those files, for the loader's choice between them and lazy/all.js: written by the build. */
export const __q4sizes: Record<string, number> = JSON.parse('__Q4_SIZES__');
let __q4preloaded: Set<string> | undefined;

/**
 * Preloads a module's files. A file the page's own `<link rel="modulepreload">` hints already ask for (the README's
 * snippet) gets no second link: adding one costs the loader about 1 ms (docs/performance.md), for a fetch the page has
 * started.
 */
export const __q4preload = (s: string): void => {
  __q4preloaded ??= new Set(Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]'), (l) => l.href));
  for (const d of __q4deps[s] ?? []) {
    const href = __q4url(d, 0);
    if (__q4preloaded.has(href)) continue;
    __q4preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
};
