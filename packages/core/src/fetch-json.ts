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

/**
 * Fetches JSON with a timeout; every failure becomes a Q4Error with a code. An abort through
 * `signal` (the element was removed) rejects with the signal's reason, which callers ignore.
 */
export async function fetchJson(url: URL, signal: AbortSignal, timeoutMs: number, messages: (code: 'network' | 'timeout' | 'http' | 'invalid-json', status?: number) => string): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  let response: Response;
  try {
    response = await fetch(url, { signal: both, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (timeout.aborted) throw new Q4Error('timeout', messages('timeout'));
    throw new Q4Error('network', messages('network'));
  }
  if (!response.ok) throw new Q4Error('http', messages('http', response.status), { status: response.status });
  try {
    return await response.json();
  } catch {
    if (signal.aborted) throw signal.reason;
    if (timeout.aborted) throw new Q4Error('timeout', messages('timeout'));
    throw new Q4Error('invalid-json', messages('invalid-json'));
  }
}
