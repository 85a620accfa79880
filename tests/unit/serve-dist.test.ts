/**
 * The test server serves the built site as a static host would, and nothing outside it: a request
 * cannot climb out of the folder however it is encoded, and a malformed one gets a 400 instead of
 * bringing the server down for the tests that follow.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workspace = mkdtempSync(path.join(tmpdir(), 'safer-norfolk-serve-'));
const site = path.join(workspace, 'site');
const secret = 'SECRET-NOT-FOR-THE-WEB';

let server: ChildProcess;
let port = 0;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends the path exactly as written: fetch() and URL would normalise `..` and `%2e%2e` before
 * they ever reached the server, which is the very thing under test.
 */
function get(rawPath: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

beforeAll(async () => {
  mkdirSync(path.join(site, 'campaigns/example'), { recursive: true });
  mkdirSync(path.join(site, '_astro'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<h1>Home</h1>');
  writeFileSync(path.join(site, '404.html'), '<h1>Not found</h1>');
  writeFileSync(path.join(site, 'campaigns/example/index.html'), '<h1>Example campaign</h1>');
  writeFileSync(path.join(site, '_astro/app.1a2b3c.js'), 'console.log(1);');
  writeFileSync(
    path.join(site, '_headers'),
    [
      '# Comments and blank lines are skipped.',
      '/*',
      '  X-Frame-Options: DENY',
      '  Cache-Control: no-cache',
      '',
      '/_astro/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '/campaigns/example/',
      '  Cache-Control: no-store',
      '  X-Example: yes',
      '',
    ].join('\n'),
  );
  // Beside the served folder: one a naive prefix check would let through, one plainly outside.
  writeFileSync(path.join(workspace, 'secret.txt'), secret);
  mkdirSync(path.join(workspace, 'site-old'));
  writeFileSync(path.join(workspace, 'site-old/secret.txt'), secret);

  server = spawn(process.execPath, [path.join(root, 'scripts/serve-dist.mjs'), '0'], {
    env: { ...process.env, DIST_DIR: site },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${output}`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(workspace, { recursive: true, force: true });
});

describe('serve-dist', () => {
  it('serves a file with the headers of every matching rule, the later rule winning', async () => {
    const answer = await get('/_astro/app.1a2b3c.js');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('console.log(1);');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("serves a folder's index.html, with the folder's rules also reaching /index.html", async () => {
    const folder = await get('/campaigns/example/');
    expect(folder.status).toBe(200);
    expect(folder.body).toContain('Example campaign');
    expect(folder.headers['cache-control']).toBe('no-store');
    expect(folder.headers['x-example']).toBe('yes');
    expect(folder.headers['x-frame-options']).toBe('DENY');

    const index = await get('/campaigns/example/index.html');
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-store');

    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Home');
    expect(home.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 with the 404 page for anything missing, and never serves _headers', async () => {
    for (const missing of ['/no-such-page/', '/_astro/gone.js', '/_headers']) {
      const answer = await get(missing);
      expect(answer.status, missing).toBe(404);
      expect(answer.body, missing).toContain('Not found');
    }
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2fpackage.json',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/campaigns/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%5c..%5csecret.txt',
    '/..%2fsite-old%2fsecret.txt',
    '/%2e%2e/site-old/secret.txt',
    '/index.html%00.png',
    '/%00',
    '//../secret.txt',
  ])('refuses %s without revealing anything outside the folder', async (attempt) => {
    const answer = await get(attempt);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain(secret);
  });

  it.each(['/%', '/%E0%A4%A', '/%zz', '/%C0%AF'])('answers the malformed escape %s with 400', async (attempt) => {
    expect((await get(attempt)).status).toBe(400);
  });

  it('keeps answering after malformed and hostile requests', async () => {
    await get('/%');
    await get('/%2e%2e/secret.txt');
    const answer = await get('/');
    expect(answer.status).toBe(200);
    expect(server.exitCode).toBeNull();
  });
});
