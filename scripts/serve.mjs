// A tiny static file server for scripts and manual checks: serves the repository root on 127.0.0.1. Text is sent
// gzip-compressed to a browser that asks for it, as every host and CDN does (jsDelivr, unpkg, a municipality's web
// server): Lighthouse's simulated phone network counts the bytes that travel, so an uncompressed test server made
// every page look heavier than it is (docs/performance.md, "The profile page").
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The widgets (the packages that register a tag: a `./define` export), for pages that show all of them. */
export const widgetNames = readdirSync(join(root, 'packages')).filter((d) => {
  const file = join(root, 'packages', d, 'package.json');
  return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).exports?.['./define'];
});

/** Compressed bodies, by file and version (gzip level 6, a web server's usual): made once, not on every request. */
const compressed = new Map();
const gzipped = (key, body) => {
  if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 6 }));
  return compressed.get(key);
};

/** Starts the server on a free port; `pages` maps paths to HTML served from memory. */
export async function serve(pages = {}, port = 0) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (type, body, key) => {
      const text = type !== 'image/png' && type !== 'application/octet-stream';
      const headers = { 'content-type': type, vary: 'accept-encoding' };
      if (gzip && text) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        return res.end(gzipped(key, body));
      }
      res.writeHead(200, headers);
      return res.end(body);
    };
    if (pages[path] !== undefined) return send(types['.html'], pages[path], `page:${path}:${pages[path].length}`);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      const [body, info] = await Promise.all([readFile(file), stat(file)]);
      send(types[extname(file)] ?? 'application/octet-stream', body, `${file}:${info.mtimeMs}:${info.size}`);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  // close() waits for every connection to end, and a browser that stays open keeps its keep-alive connections for
  // minutes (npm run bench stalled so after its static-HTML pages): close them too.
  const close = () =>
    new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${address.port}`, close };
}

/** Launches Debian's Chromium the way the tests do. */
export async function launch() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
}
