// A small client of CBS's OData v4 API (https://datasets.cbs.nl/odata/v1/CBS, documented at
// https://dataportal.cbs.nl/info/ontwikkelaars): a table's Properties, Dimensions, MeasureCodes, each dimension's
// codes, and the Observations of a slice, following @odata.nextLink. It reads; it never writes (scripts/cbs.mjs does,
// once everything has been read and checked).

/** The API's own address. */
export const CBS_BASE = 'https://datasets.cbs.nl/odata/v1/CBS';

/** What went wrong, said with the table and the URL. */
export class CbsError extends Error {}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Seconds to wait before asking again: the server's `Retry-After` (seconds or an HTTP date), else 1, 2, 4 … seconds.
 */
export function retryAfter(header, attempt, now = Date.now()) {
  if (header && /^\d+$/.test(header.trim())) return Number(header);
  const date = header ? Date.parse(header) : NaN;
  if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  return 2 ** attempt;
}

/**
 * One JSON response. A 429 or 503 is asked again after the time the server asks for (at most `retries` times, and
 * never waiting longer than `maxWait` seconds); any other failure, a body cut short or a body that is not JSON is an
 * error naming the table and the URL.
 */
export async function getJson(url, { table, retries = 3, maxWait = 60, fetch = globalThis.fetch, log = () => {} } = {}) {
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json' } });
    } catch (error) {
      throw new CbsError(`${table}: ${url}: no answer (${error.cause?.code ?? error.message})`);
    }
    if ((response.status === 429 || response.status === 503) && attempt < retries) {
      const wait = retryAfter(response.headers.get('retry-after'), attempt);
      if (wait > maxWait) throw new CbsError(`${table}: ${url} answered ${response.status} and asks to wait ${wait} s (more than ${maxWait} s)`);
      log(`${table}: ${url} answered ${response.status}; asking again in ${wait} s`);
      await response.body?.cancel();
      await sleep(wait * 1000);
      continue;
    }
    if (!response.ok) throw new CbsError(`${table}: ${url} answered ${response.status} ${response.statusText}`.trim());
    let text;
    try {
      text = await response.text();
    } catch (error) {
      throw new CbsError(`${table}: ${url}: the body was cut short (${error.cause?.code ?? error.message})`);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new CbsError(`${table}: ${url}: the body is not JSON (${text.length} characters; cut short?)`);
    }
  }
}

/** The `value` list of a response, or an error saying what came instead. */
function list(body, url, table) {
  if (!Array.isArray(body?.value)) throw new CbsError(`${table}: ${url}: expected a JSON object with a "value" list`);
  return body.value;
}

/**
 * Everything the API says of one table and a slice of its observations (`filter`, an OData `$filter`). A
 * `@odata.nextLink` is followed, on the same base (a link to the API's own address is read from `base` when another
 * is given); a link seen before, or more than `maxPages` pages, is an error.
 */
export async function readTable(base, table, { filter, maxPages = 1000, ...options }) {
  const root = `${base.replace(/\/+$/, '')}/${table}`;
  const get = (url) => getJson(url, { table, ...options });
  const properties = await get(`${root}/Properties`);
  const dimensionsUrl = `${root}/Dimensions`;
  const dimensions = list(await get(dimensionsUrl), dimensionsUrl, table);
  const measuresUrl = `${root}/MeasureCodes`;
  const measures = list(await get(measuresUrl), measuresUrl, table);
  const codes = {};
  for (const d of dimensions) {
    const url = `${root}/${d.Identifier}Codes`;
    codes[d.Identifier] = list(await get(url), url, table);
  }
  const observations = [];
  const seen = new Set();
  let url = `${root}/Observations?${new URLSearchParams({ $filter: filter })}`;
  while (url) {
    if (seen.has(url)) throw new CbsError(`${table}: ${url}: @odata.nextLink points to a page read before`);
    if (seen.size >= maxPages) throw new CbsError(`${table}: ${url}: more than ${maxPages} pages of observations`);
    seen.add(url);
    const page = await get(url);
    observations.push(...list(page, url, table));
    const next = page['@odata.nextLink'];
    url = next ? onBase(next, root, table) : null;
  }
  return { table, base, properties, dimensions, measures, codes, observations, pages: seen.size };
}

/** A link of the API's own address, read from the base in use (a mirror, or the tests' server). */
function onBase(link, root, table) {
  const marker = `/${table}/`;
  const at = link.indexOf(marker);
  if (at < 0) throw new CbsError(`${table}: @odata.nextLink ${link} is not a page of ${table}`);
  return `${root}/${link.slice(at + marker.length)}`;
}
