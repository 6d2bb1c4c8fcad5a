#!/usr/bin/env node
// Dependency-free static server for the prerendered build (build/client).
//
//   node scripts/serve.mjs [--port N] [--base /path/] [--spa-fallback]
//   (env: PORT, HOST, BASE_PATH, BUILD_DIR, SERVE_ROOT)
//
// Text files are sent compressed (br or gzip, as the request accepts), as static hosts do.
//
// Each prerendered route is build/client/<path>/index.html. Any other page URL gets
// build/client/404.html (or index.html) with status 404, as static
// hosts do, so the client router hydrates and shows its not-found page.
//
// With --base /debate/ (or BASE_PATH, as the build takes it) the site is served under that
// path, like a static host serving the folder at a sub-path: /debate/x is build/client/x, and
// everything outside /debate/ is a plain 404.
//
// With --spa-fallback it plays a host set up the common single-page-app way instead (nginx
// `try_files $uri /index.html`, a Netlify `/* /index.html 200` rule): any unknown page is
// answered with the overview's index.html and status 200. The browser tests use it to check
// that the app notices and shows the page asked for.
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const MAX_URL_LENGTH = 2048;
const DEFAULT_PORT = 4173;
const DEFAULT_HOST = '127.0.0.1';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  // React Router's prerendered loader data (turbo-stream).
  '.data': 'text/x-script; charset=utf-8',
};

/** Text types worth compressing: every static host sends these compressed. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.md',
  '.xml',
  '.data',
  '.webmanifest',
]);
/** Compressed bodies by file, size, mtime and encoding: the build does not change under us. */
const compressedCache = new Map();

const HTML_CACHE = 'no-cache';
const ASSET_CACHE = 'public, max-age=31536000, immutable';

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

const USAGE = 'usage: node scripts/serve.mjs [--port N] [--base /path/] [--spa-fallback]';

function parseArgs(argv, env) {
  const raw = { port: env.PORT, base: env.BASE_PATH };
  let spaFallback = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--spa-fallback') {
      spaFallback = true;
      continue;
    }
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const key = { '--port': 'port', '-p': 'port', '--base': 'base' }[name];
    if (!key) fail(`unknown argument ${JSON.stringify(arg)} (${USAGE})`);
    raw[key] = inline ?? argv[++i];
    if (raw[key] === undefined) fail(`${name} needs a value (${USAGE})`);
  }
  return { port: parsePort(raw.port), base: parseBase(raw.base), spaFallback };
}

function parsePort(raw) {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) fail(`invalid port ${JSON.stringify(raw)}`);
  return port;
}

/** `/`, or the base path with one slash either side, as scripts/site-config.ts takes it. */
function parseBase(raw) {
  const segments = (raw ?? '').split('/').filter(Boolean);
  if (segments.some((s) => !/^[A-Za-z0-9._~-]+$/.test(s) || s === '.' || s === '..'))
    fail(`invalid base path ${JSON.stringify(raw)}`);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rootArg = process.env.SERVE_ROOT
  ? path.resolve(process.env.SERVE_ROOT)
  : path.resolve(repoRoot, process.env.BUILD_DIR || 'build', 'client');
const { port, base, spaFallback } = parseArgs(process.argv.slice(2), process.env);
const host = process.env.HOST || DEFAULT_HOST;

let root;
try {
  if (!statSync(rootArg).isDirectory()) throw new Error('not a directory');
  root = realpathSync(rootArg);
} catch {
  const shown = path.relative(process.cwd(), rootArg);
  fail(`no build found at ${shown.startsWith('..') ? rootArg : shown}: run npm run build first.`);
}

/** A regular file inside root, or null. Follows symlinks only if they stay inside root. */
function fileInRoot(candidate) {
  try {
    const real = realpathSync(candidate);
    if (real !== root && !real.startsWith(root + path.sep)) return null;
    const stats = statSync(real);
    return stats.isFile() ? { file: real, stats } : null;
  } catch {
    return null;
  }
}

function fallbackPage() {
  const names = spaFallback ? ['index.html'] : ['404.html', 'index.html'];
  return names.map((name) => fileInRoot(path.join(root, name))).find(Boolean);
}

function sendText(req, res, status, text, extraHeaders = {}) {
  const body = `${text}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** br or gzip, whichever the request accepts (br first, as browsers prefer it), or null. */
function chooseEncoding(req, ext) {
  if (!COMPRESSIBLE.has(ext)) return null;
  const accepted = String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q))
    .map(([name]) => name.toLowerCase());
  return ['br', 'gzip'].find((encoding) => accepted.includes(encoding)) ?? null;
}

function compressedBody(file, stats, encoding) {
  const key = `${file}\0${stats.size}\0${stats.mtimeMs}\0${encoding}`;
  let body = compressedCache.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 });
    compressedCache.set(key, body);
  }
  return body;
}

function sendFile(req, res, status, { file, stats }, urlPath) {
  const ext = path.extname(file).toLowerCase();
  const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
  const cache = ext !== '.html' && urlPath.startsWith('/assets/') ? ASSET_CACHE : HTML_CACHE;
  const encoding = chooseEncoding(req, ext);
  const version = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
  const etag = `W/"${version}${encoding ? `-${encoding}` : ''}"`;
  const headers = {
    'Content-Type': type,
    'Cache-Control': cache,
    ETag: etag,
    'Last-Modified': stats.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
    ...(COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (encoding) {
    const body = compressedBody(file, stats, encoding);
    res.writeHead(status, {
      ...headers,
      'Content-Encoding': encoding,
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': stats.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(req, res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const url = req.url ?? '/';
  if (url.length > MAX_URL_LENGTH) {
    sendText(req, res, 414, 'URI Too Long');
    return;
  }
  const fullPath = url.split(/[?#]/, 1)[0];
  if (!fullPath.startsWith('/')) {
    sendText(req, res, 400, 'Bad Request');
    return;
  }
  // The base path without its trailing slash is the folder itself: hosts redirect to it.
  if (base !== '/' && fullPath === base.slice(0, -1)) {
    res.writeHead(301, { Location: `${base}${url.slice(fullPath.length)}` });
    res.end();
    return;
  }
  if (!fullPath.startsWith(base)) {
    sendText(req, res, 404, 'Not Found');
    return;
  }
  const rawPath = fullPath.slice(base.length - 1);
  // An encoded slash or backslash is part of a name, and no file's name holds one.
  if (/%(2f|5c)/i.test(rawPath)) {
    sendNotFound(req, res, rawPath);
    return;
  }
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    // A malformed percent-encoding names no file; a reader who followed such a link gets
    // the app's not-found page, which says what went wrong, rather than a bare 400.
    sendNotFound(req, res, rawPath);
    return;
  }
  // NUL bytes, backslashes and dot-dot segments never occur in a real link to this site.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) {
    sendNotFound(req, res, decoded);
    return;
  }
  const urlPath = path.posix.normalize(decoded);
  const target = path.join(root, urlPath);
  if (target !== root && !target.startsWith(root + path.sep)) {
    sendNotFound(req, res, urlPath);
    return;
  }

  const found = urlPath.endsWith('/')
    ? fileInRoot(path.join(target, 'index.html'))
    : (fileInRoot(target) ?? fileInRoot(path.join(target, 'index.html')));
  if (found) {
    sendFile(req, res, 200, found, urlPath);
    return;
  }

  sendNotFound(req, res, urlPath);
}

/**
 * A missing asset or data file (a name with a type the site serves, or anything under
 * /assets/) is a plain 404; any other missing path is a page the reader followed a link to,
 * /topics/a.b included, and gets the app's not-found page.
 */
function sendNotFound(req, res, urlPath) {
  const ext = path.posix.extname(urlPath).toLowerCase();
  const looksLikePage =
    !urlPath.startsWith('/assets/') && (ext === '.html' || !Object.hasOwn(CONTENT_TYPES, ext));
  const fallback = looksLikePage ? fallbackPage() : null;
  if (fallback) {
    sendFile(req, res, spaFallback ? 200 : 404, fallback, urlPath);
  } else {
    sendText(req, res, 404, 'Not Found');
  }
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    console.error('serve: request failed:', error);
    if (!res.headersSent) sendText(req, res, 500, 'Internal Server Error');
    else res.destroy();
  }
});

server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  else socket.destroy();
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE')
    fail(`port ${port} on ${host} is already in use (try --port N).`);
  fail(error.message);
});

server.listen(port, host, () => {
  const address = server.address();
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const shownPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Debate explorer: http://${shownHost}:${shownPort}${base}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
