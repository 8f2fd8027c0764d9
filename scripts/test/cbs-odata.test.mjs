// npm run data:cbs against CBS's real OData v4 responses (data/cbs-odata4/03759ned/, captured 2 July 2026), served
// by a local HTTP server at the API's own paths: the file it writes must equal data/bevolking-2019-2026.csv byte for
// byte, also when the observations come in pages or in another order. Every fault (a 429 or 503, a body cut short or
// not JSON, a nextLink that loops, a missing measure, dimension or region, a new table version, doubled rows) gives an
// error naming the table, a non-zero exit, and nothing written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { retryAfter } from '../data/cbs-odata.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const stored = join(repo, 'data/cbs-odata4/03759ned');
const index = JSON.parse(readFileSync(join(stored, 'index.json'), 'utf8'));
const expected = readFileSync(join(repo, 'data/bevolking-2019-2026.csv'));
const run = promisify(execFile);

/** The stored file of an API path (`Properties`, `RegioSCodes`, `Observations`, …). */
const FILES = { Properties: 'properties.json', Dimensions: 'dimensions.json', MeasureCodes: 'measure-codes.json', Observations: index.observationPages[0] };
const fileOf = (path) => join(stored, FILES[path] ?? `codes-${path.replace(/Codes$/, '')}.json`);
/** The stored response of an API path, as JSON. */
const response = (path) => JSON.parse(readFileSync(fileOf(path), 'utf8'));

/**
 * What the server does for one request: `fault(path, url, count)` may answer it ({ status, headers, body }) or
 * return nothing for the stored response. Each test sets its own.
 */
let fault = () => undefined;
const requests = [];
let server;
let base;

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const match = /^\/odata\/v1\/CBS\/03759ned\/(\w+)$/.exec(url.pathname);
    requests.push(req.url);
    const count = requests.filter((r) => r === req.url).length;
    if (!match) return res.writeHead(404).end();
    const path = match[1];
    // The slice is the one the capture asked for: a client that asks for another gets what the API would give, an error.
    if (path === 'Observations' && !url.searchParams.has('page') && url.searchParams.get('$filter') !== index.sliceFilter)
      return res.writeHead(400).end('bad filter');
    const own = fault(path, url, count);
    if (own?.destroy) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(own.destroy.length * 2) });
      res.write(own.destroy);
      return res.destroy();
    }
    if (!own && !existsSync(fileOf(path))) return res.writeHead(404).end();
    // The stored bytes, as the API sent them (re-indented by the capture), unless the test answers itself.
    const body = own?.body ?? readFileSync(fileOf(path));
    res.writeHead(own?.status ?? 200, { 'content-type': 'application/json', ...own?.headers });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/odata/v1/CBS`;
});
after(() => server.close());

/** Runs `npm run data:cbs -- 03759ned` against the local server into a new folder. */
async function dataCbs(out = mkdtempSync(join(tmpdir(), 'q4-cbs-'))) {
  requests.length = 0;
  try {
    const { stdout, stderr } = await run('node', [join(repo, 'scripts/cbs.mjs'), '03759ned', '--base', base, '--out', out]);
    return { code: 0, stdout, stderr, out };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr, out };
  }
}

const observations = () => response('Observations');
const json = (value) => ({ body: JSON.stringify(value) });

test('the stored responses give data/bevolking-2019-2026.csv byte for byte', async () => {
  const r = await dataCbs();
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readFileSync(join(r.out, 'bevolking-2019-2026.csv')), expected);
  assert.match(r.stdout, /03759ned version 202606230000: 13568 observations on 1 page\(s\)/);
  // It asked for the table's description, its dimensions, measures, each dimension's codes and the slice.
  const paths = requests.map((q) => new URL(q, 'http://x').pathname.split('/').pop()).sort();
  assert.deepEqual(paths, [
    'BurgerlijkeStaatCodes',
    'Dimensions',
    'GeslachtCodes',
    'LeeftijdCodes',
    'MeasureCodes',
    'Observations',
    'PeriodenCodes',
    'Properties',
    'RegioSCodes',
  ]);
  rmSync(r.out, { recursive: true });
});

test('observations in three pages (@odata.nextLink on the API’s own address) and in another order give the same bytes', async () => {
  const all = observations().value;
  // A deterministic shuffle: the file's order comes from CBS's code order, never from the order of the rows.
  const shuffled = all
    .map((o, i) => [(i * 7919) % all.length, o])
    .sort((a, b) => a[0] - b[0])
    .map(([, o]) => o);
  const third = Math.ceil(shuffled.length / 3);
  fault = (path, url) => {
    if (path !== 'Observations') return;
    const page = Number(url.searchParams.get('page') ?? 0);
    const next = page < 2 ? { '@odata.nextLink': `https://datasets.cbs.nl/odata/v1/CBS/03759ned/Observations?page=${page + 1}` } : {};
    return json({ value: shuffled.slice(page * third, (page + 1) * third), ...next });
  };
  const r = await dataCbs();
  fault = () => undefined;
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /on 3 page\(s\)/);
  assert.deepEqual(readFileSync(join(r.out, 'bevolking-2019-2026.csv')), expected);
  rmSync(r.out, { recursive: true });
});

test('a 503 and a 429 are asked again after the time the server gives (Retry-After), then succeed', async () => {
  fault = (path, _url, count) => {
    if (path === 'Properties' && count === 1) return { status: 503, headers: { 'retry-after': '0' }, body: 'busy' };
    if (path === 'RegioSCodes' && count === 1) return { status: 429, headers: { 'retry-after': '1' }, body: 'slow down' };
  };
  const started = Date.now();
  const r = await dataCbs();
  fault = () => undefined;
  assert.equal(r.code, 0, r.stderr);
  assert.ok(Date.now() - started >= 1000, 'waited the second the 429 asked for');
  assert.match(r.stderr, /Properties answered 503; asking again in 0 s/);
  assert.match(r.stderr, /RegioSCodes answered 429; asking again in 1 s/);
  assert.deepEqual(readFileSync(join(r.out, 'bevolking-2019-2026.csv')), expected);
  rmSync(r.out, { recursive: true });
  assert.equal(retryAfter(new Date(Date.now() + 5000).toUTCString(), 0) <= 5, true, 'an HTTP date');
  assert.equal(retryAfter(null, 2), 4, 'no header: 1, 2, 4 … seconds');
});

// Each fault: a non-zero exit, an error naming the table (and the URL where one is at fault), nothing written.
const faults = [
  [
    'a 503 that does not end',
    (path) => path === 'Dimensions' && { status: 503, headers: { 'retry-after': '0' } },
    /03759ned: http:\/\/.*\/Dimensions answered 503/,
  ],
  [
    'a body cut short',
    (path) => path === 'MeasureCodes' && { destroy: JSON.stringify(response('MeasureCodes')).slice(0, 500) },
    /03759ned: http:\/\/.*\/MeasureCodes: (the body was cut short|no answer)/,
  ],
  [
    'a body that is not JSON',
    (path) => path === 'Observations' && { body: '<html>Onderhoud</html>' },
    /03759ned: http:\/\/.*\/Observations\?%24filter=.*: the body is not JSON/,
  ],
  [
    'a nextLink that loops',
    (path, url) =>
      path === 'Observations' &&
      json({
        value: observations().value.slice(0, 10),
        '@odata.nextLink': `${base}/03759ned/Observations?page=${url.searchParams.get('page') === '1' ? 2 : 1}`,
      }),
    /03759ned: .*Observations\?page=1: @odata.nextLink points to a page read before/,
  ],
  [
    'a missing measure',
    (path) => path === 'MeasureCodes' && json({ value: response('MeasureCodes').value.filter((m) => m.Identifier !== 'M000352') }),
    /03759ned: measure M000352 is not in MeasureCodes/,
  ],
  [
    'a missing dimension',
    (path) => path === 'Dimensions' && json({ value: response('Dimensions').value.filter((d) => d.Identifier !== 'RegioS') }),
    /03759ned: dimension RegioS is not in Dimensions/,
  ],
  [
    'a missing region',
    (path) => path === 'RegioSCodes' && json({ value: response('RegioSCodes').value.filter((c) => c.Identifier !== 'GM0363') }),
    /03759ned: observation GM0363 2019JJ00: region GM0363 is not in RegioSCodes/,
  ],
  [
    'a changed table version',
    (path) => path === 'Properties' && json({ ...response('Properties'), Version: '202706230000', VersionReason: 'Actualisering' }),
    /03759ned: the table's version is 202706230000 \(Actualisering\), the slice was checked against 202606230000/,
  ],
  [
    'doubled rows',
    (path) => path === 'Observations' && json({ value: [...observations().value, ...observations().value.slice(0, 1)] }),
    /03759ned: observation NL01 2019JJ00 \(M000352\) comes twice/,
  ],
  [
    'a municipality’s figure changed (the sum no longer holds)',
    (path) =>
      path === 'Observations' &&
      json({ value: observations().value.map((o) => (o.RegioS === 'GM0355' && o.Measure === 'M000352' && o.Value ? { ...o, Value: o.Value + 1 } : o)) }),
    /03759ned: the GM figures of 2019 sum to \d+, NL01 is 17282163/,
  ],
];

for (const [name, answer, message] of faults) {
  test(`${name}: an error naming the table, a non-zero exit, nothing written`, async () => {
    // The folder already holds the file: a failure leaves it as it was, with no temporary file beside it.
    const out = mkdtempSync(join(tmpdir(), 'q4-cbs-'));
    writeFileSync(join(out, 'bevolking-2019-2026.csv'), 'the previous file');
    fault = (...a) => answer(...a) || undefined;
    const r = await dataCbs(out);
    fault = () => undefined;
    assert.equal(r.code, 1, `exit code; stderr: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.match(r.stderr, /Nothing was written\./);
    assert.deepEqual(readdirSync(out), ['bevolking-2019-2026.csv']);
    assert.equal(readFileSync(join(out, 'bevolking-2019-2026.csv'), 'utf8'), 'the previous file');
    rmSync(out, { recursive: true });
  });
}

test('a new folder is not made when the read fails', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'q4-cbs-')), 'new');
  fault = (path) => (path === 'Properties' ? { status: 404 } : undefined);
  const r = await dataCbs(out);
  fault = () => undefined;
  assert.equal(r.code, 1);
  assert.match(r.stderr, /03759ned: http:\/\/.*\/Properties answered 404/);
  assert.equal(existsSync(out), false);
});
