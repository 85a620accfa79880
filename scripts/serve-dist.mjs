// A plain static server for dist/, as any static host would serve it: index.html for folders,
// 404.html for anything missing, and the headers in dist/_headers. The end-to-end tests run
// against it, so they see the Content Security Policy a real host would send.
// Usage: node scripts/serve-dist.mjs [port]   (port 0 picks a free one; the log line names it)
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const configuredRoot = path.resolve(process.env.DIST_DIR ?? 'dist');
// Compared with the real paths of the files served, so a root reached through a link still matches.
const root = await realpath(configuredRoot).catch(() => configuredRoot);
const port = Number(process.argv[2] ?? 4322);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
};

/**
 * Reads the `_headers` format: a path pattern, then indented `Name: value` lines. A pattern is an
 * exact path, or has `*` splats that match any run of characters, slashes included.
 */
async function readHeaderRules() {
  const text = await readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: new Map() });
    } else if (rules.length > 0 && line.includes(':')) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

const headerRules = await readHeaderRules();

/**
 * The headers for a response, as Netlify applies `_headers`: every matching rule adds its
 * headers, in file order, and when two matching rules set the same header the later one wins.
 * The file is therefore written general first (`/*`), specific after (hashed assets, then the
 * sensitive pages the build appends), so the later rule is also the more specific one.
 * (Cloudflare Pages instead joins both values with a comma; see public/_headers.)
 * A folder's index page matches the rules for the folder's address too, so
 * `/campaigns/x/index.html` gets the headers of `/campaigns/x/`.
 */
function headersFor(urlPaths) {
  const headers = new Map();
  for (const rule of headerRules) {
    if (urlPaths.some((urlPath) => rule.pattern.test(urlPath))) for (const [name, value] of rule.headers) headers.set(name, value);
  }
  return Object.fromEntries(headers);
}

/** True when `file` is `root` itself or inside it; a sibling such as `dist-old` is not. */
function isInsideRoot(file) {
  const relative = path.relative(root, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** The file to serve for a decoded path, only ever from inside the root; undefined when there is none. */
async function resolveFile(decodedPath) {
  const candidate = path.join(root, decodedPath);
  if (!isInsideRoot(candidate)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  const file = info?.isDirectory() ? path.join(candidate, 'index.html') : candidate;
  // Following links could still lead out of the root; the real path must stay inside it.
  const real = await realpath(file).catch(() => undefined);
  if (!real || !isInsideRoot(real) || !(await stat(real)).isFile()) return undefined;
  // Hosts read _headers and never serve it.
  if (real === path.join(root, '_headers')) return undefined;
  return real;
}

/** The URL path a served file answers to, so folder rules reach their index.html. */
function urlPathOf(file) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The request's path, decoded, or a reason to refuse it with 400: malformed escapes, NUL bytes,
 * backslashes and `..` segments (however encoded) have no place in a request for a static file.
 */
function decodeRequestPath(requestUrl) {
  if (!requestUrl.startsWith('/')) return { error: 'the path must start with /' };
  const rawPath = requestUrl.split(/[?#]/)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { error: 'malformed percent escape' };
  }
  if (decoded.includes('\0')) return { error: 'NUL byte in path' };
  if (decoded.includes('\\')) return { error: 'backslash in path' };
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return { error: 'dot segment in path' };
  return { rawPath, decoded };
}

function sendText(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return sendText(response, 405, 'Method not allowed\n');
  }
  const { rawPath, decoded, error } = decodeRequestPath(request.url ?? '/');
  if (error) return sendText(response, 400, `Bad request: ${error}\n`);

  const file = await resolveFile(decoded);
  const served = file ?? (await resolveFile('/404.html'));
  if (!served) return sendText(response, 404, 'Not found\n');
  const info = await stat(served);
  response.writeHead(file ? 200 : 404, {
    ...headersFor(file ? [rawPath, decoded, urlPathOf(file)] : [rawPath, decoded]),
    'content-type': types[path.extname(served)] ?? 'application/octet-stream',
    'content-length': info.size,
  });
  if (request.method === 'HEAD') return response.end();
  const stream = createReadStream(served);
  // A file removed mid-read (a new build swapped in) ends this response, not the server.
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (response.headersSent) response.destroy();
    else sendText(response, 500, 'Server error\n');
  });
});
server.listen(port, '127.0.0.1', () => {
  const { port: listening } = server.address();
  console.log(`Serving ${root} at http://127.0.0.1:${listening}/`);
});
