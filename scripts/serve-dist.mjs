// A plain static server for dist/, as any static host would serve it: index.html for folders,
// 404.html for anything missing, and the headers in dist/_headers. The end-to-end tests run
// against it, so they see the Content Security Policy a real host would send.
// Usage: node scripts/serve-dist.mjs [port]
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(process.env.DIST_DIR ?? 'dist');
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
};

/** Reads the `_headers` format: a path pattern, then indented `Name: value` lines. */
async function readHeaderRules() {
  const text = await readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

const headerRules = await readHeaderRules();
const headersFor = (urlPath) =>
  Object.assign(
    {},
    ...headerRules
      .filter(({ pattern }) => (pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern))
      .map(({ headers }) => headers),
  );

async function resolveFile(urlPath) {
  const candidate = path.join(root, decodeURIComponent(urlPath));
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = path.join(candidate, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = await resolveFile(pathname);
  const served = file ?? path.join(root, '404.html');
  response.writeHead(file ? 200 : 404, {
    ...headersFor(pathname),
    'content-type': types[path.extname(served)] ?? 'application/octet-stream',
  });
  createReadStream(served).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
