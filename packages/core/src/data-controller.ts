import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { Q4Error, type Q4ErrorCode } from './events.js';
import { fetchJson, safeUrl } from './fetch-json.js';
import { coreMessages, fill, type Lang } from './i18n.js';

/** Where a widget's data stands: still loading, failed (with the error to show), or ready. */
export type DataState<D> = { state: 'loading' } | { state: 'failed'; error: unknown; retryable: boolean } | { state: 'ready'; value: D };

/** What the data controller reads from its host, each time it resolves. */
export interface DataSource<D> {
  /** The `data` property: takes precedence when it is not undefined. */
  input(): unknown;
  /** The `src` URL, used when there is no input. */
  src(): string | undefined;
  /** How long to wait for `src`, in milliseconds. */
  timeout(): number;
  /** The bundled data (a Promise where it loads on demand); `undefined` when there is none. */
  bundled(): D | Promise<D> | undefined;
  /** What the bundled data depend on (the area shown): a new key loads again. */
  bundledKey?(): string;
  /** Validates an input or a fetched body; throws (or rejects with) a ValidationError. */
  parse(input: unknown): D | Promise<D>;
}

/** Faults of fetching or loading: a retry may succeed, since the file or network may change. */
const RETRYABLE: Q4ErrorCode[] = ['network', 'timeout', 'http', 'invalid-json', 'too-large', 'invalid-data'];

/**
 * Resolves a widget's data in the documented order: the `data` property, else the `src` URL (fetched with a
 * timeout, aborted when the host leaves the page), else the bundled data. Validation runs once per input
 * object (a Promise from `parse` shows the loading state meanwhile). Whenever something arrives it asks the host
 * to update; `resolve()` then answers from its caches. `retry()` forgets a failure and loads again.
 *
 * A widget may have more than one: sector-bloem fetches its `organisations-src` through a second controller.
 * It has `@lit/task`'s shape but answers synchronously when it can, and runs on a server (docs/architecture.md).
 */
export class DataController<D> implements ReactiveController {
  #loading?: { src: string; controller: AbortController };
  #fetched?: { src: string; value: unknown };
  #fetchFailed?: { src: string; code: Q4ErrorCode; status?: number };
  #bundled?: DataState<D>;
  #bundledKey = '';
  #parsed?: { input: unknown; entry: DataState<D> };

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly source: DataSource<D>,
    /** Called when something arrived; by default the host's `requestUpdate()`. */
    private readonly changed: () => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#loading?.controller.abort();
    this.#loading = undefined;
  }

  /** Whether the current source is a fetched `src` (the retry button is offered for its faults). */
  get fromSrc(): boolean {
    return this.source.input() === undefined && !!this.source.src();
  }

  /** The data, or why there is none yet. Starts a fetch or a load when needed. */
  resolve(lang: Lang): DataState<D> {
    const input = this.source.input();
    const src = this.source.src();
    if (input !== undefined || !src) {
      this.#loading?.controller.abort();
      this.#loading = undefined;
    }
    if (input !== undefined) return this.#parse(input, false);
    if (src) {
      this.#fetch(src);
      if (this.#fetchFailed?.src === src) {
        const { code, status } = this.#fetchFailed;
        const message = fill(coreMessages[lang][code as 'network'], { src: src.slice(0, 200), status: status ?? '' });
        return { state: 'failed', error: new Q4Error(code, message, status ? { status } : {}), retryable: RETRYABLE.includes(code) };
      }
      if (this.#fetched?.src !== src) return { state: 'loading' };
      return this.#parse(this.#fetched.value, true);
    }
    const bundled = this.#loadBundled();
    if (bundled.state === 'failed') {
      // A load that says why (an area not found) is shown as such; any other failure is a module that did not load.
      if (bundled.error instanceof Q4Error) return { state: 'failed', error: bundled.error, retryable: false };
      return { state: 'failed', error: new Q4Error('network', coreMessages[lang].bundleFailed), retryable: true };
    }
    return bundled;
  }

  /** Forgets a failed fetch or load, so the next `resolve()` tries again. */
  retry(): void {
    this.#fetched = undefined;
    this.#fetchFailed = undefined;
    if (this.#bundled?.state === 'failed') this.#bundled = undefined;
    if (this.#parsed?.entry.state === 'failed') this.#parsed = undefined;
    this.changed();
  }

  #fetch(src: string): void {
    if (this.#fetched?.src === src || this.#fetchFailed?.src === src || this.#loading?.src === src) return;
    this.#loading?.controller.abort();
    const url = safeUrl(src);
    if (!url) {
      this.#fetchFailed = { src, code: 'invalid-src' };
      return;
    }
    const controller = new AbortController();
    this.#loading = { src, controller };
    fetchJson(url, controller.signal, this.source.timeout())
      .then((value) => {
        this.#fetched = { src, value };
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const code = error instanceof Q4Error ? error.code : 'network';
        this.#fetchFailed = { src, code, status: error instanceof Q4Error ? error.extra.status : undefined };
      })
      .finally(() => {
        if (this.#loading?.controller !== controller) return;
        this.#loading = undefined;
        this.changed();
      });
  }

  /** The bundled data, once it is there; starts loading it when it is a Promise. */
  #loadBundled(): DataState<D> {
    const key = this.source.bundledKey?.() ?? '';
    if (this.#bundled && key === this.#bundledKey) return this.#bundled;
    this.#bundledKey = key;
    let value: D | Promise<D> | undefined;
    try {
      value = this.source.bundled();
    } catch (error) {
      return (this.#bundled = { state: 'failed', error, retryable: true });
    }
    if (!(value instanceof Promise)) return (this.#bundled = { state: 'ready', value: value as D });
    const entry: DataState<D> = (this.#bundled = { state: 'loading' });
    // Only the latest key's answer is kept: an earlier area that loads late does not replace a newer one.
    const current = () => this.#bundled === entry;
    value
      .then(
        (loaded) => current() && (this.#bundled = { state: 'ready', value: loaded }),
        (error: unknown) => current() && (this.#bundled = { state: 'failed', error, retryable: true }),
      )
      .finally(this.changed);
    return entry;
  }

  /** Validates an input once per input object; fetched bodies that fail may be fetched again. */
  #parse(input: unknown, fetched: boolean): DataState<D> {
    const cached = this.#parsed;
    if (cached && cached.input === input) return cached.entry;
    const store = (entry: DataState<D>) => {
      this.#parsed = { input, entry };
      return entry;
    };
    try {
      const result = this.source.parse(input);
      if (!(result instanceof Promise)) return store({ state: 'ready', value: result });
      const entry = store({ state: 'loading' });
      const current = this.#parsed;
      result
        .then(
          (value) => this.#parsed === current && store({ state: 'ready', value }),
          (error: unknown) => this.#parsed === current && store({ state: 'failed', error, retryable: fetched }),
        )
        .finally(this.changed);
      return entry;
    } catch (error) {
      return store({ state: 'failed', error, retryable: fetched });
    }
  }
}
