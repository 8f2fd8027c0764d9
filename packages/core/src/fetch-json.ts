import { Q4Error } from './events.js';

/** Only http(s) and relative addresses: never `javascript:`, `data:` or `file:`. */
export function safeUrl(src: string, base: string = document.baseURI): URL | null {
  try {
    const url = new URL(src, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Largest `src` body read, in bytes: a bigger one is refused rather than freezing the page. */
export const MAX_BYTES = 20_000_000;

/**
 * Fetches JSON with a timeout; every failure becomes a Q4Error with a code (the caller words the message, in
 * its language, from the code). An abort through `signal` (the element was removed) rejects with the signal's
 * reason, which callers ignore.
 */
export async function fetchJson(url: URL, signal: AbortSignal, timeoutMs: number): Promise<unknown> {
  const maxBytes = MAX_BYTES;
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  let response: Response;
  try {
    response = await fetch(url, { signal: both, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (timeout.aborted) throw new Q4Error('timeout', '');
    throw new Q4Error('network', '');
  }
  if (!response.ok) throw new Q4Error('http', '', { status: response.status });
  if (Number(response.headers.get('content-length')) > maxBytes) throw new Q4Error('too-large', '');
  let text: string;
  try {
    // Read as a stream and stop at the limit: an enormous body (or one without a length) must not freeze the page.
    const reader = response.body?.getReader();
    if (!reader) text = await response.text();
    else {
      const chunks: Uint8Array[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        if (received > maxBytes) {
          await reader.cancel();
          throw new Q4Error('too-large', '');
        }
        chunks.push(value);
      }
      const all = new Uint8Array(received);
      let offset = 0;
      for (const c of chunks) {
        all.set(c, offset);
        offset += c.byteLength;
      }
      text = new TextDecoder().decode(all);
    }
  } catch (error) {
    if (error instanceof Q4Error) throw error;
    if (signal.aborted) throw signal.reason;
    if (timeout.aborted) throw new Q4Error('timeout', '');
    throw new Q4Error('network', '');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Q4Error('invalid-json', '');
  }
}
