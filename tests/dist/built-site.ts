/** The built site in dist/, read as a host would serve it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve('dist');

export const readPage = (file: string): string => readFileSync(path.join(distDir, file), 'utf8');

/**
 * Astro's own forwarding page for an old address (the `redirects` setting): a fixed template with a
 * meta refresh, not one of our pages, so the page checks leave it out. Hosts that read `_redirects`
 * answer those addresses with a 301 and never serve it.
 */
export const isRedirectPage = (file: string): boolean => /^<!doctype html>\s*<title>Redirecting to: /i.test(readPage(file));

/**
 * The web editor's page (src/integrations/admin.ts): a static shell for Sveltia CMS, not a page of
 * the site. It is in no sitemap or search, carries none of the site's shell, and loads the editor's
 * own 2 MB bundle, so the page checks leave it out; html.test.ts still validates it.
 */
export const adminPage = path.join('admin', 'index.html');

/** Every page in dist/, as paths relative to it (forwarding pages and the editor left out). */
export function htmlFiles(): string[] {
  if (!existsSync(distDir)) throw new Error('No dist/ folder: run `npm run build` first');
  return readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html') && name !== adminPage && !isRedirectPage(name));
}

/** The file a site path is served from: folders serve their index.html. */
export function fileForPath(urlPath: string): string | undefined {
  const candidate = path.join(distDir, decodeURIComponent(urlPath));
  if (urlPath.endsWith('/')) return existsSync(path.join(candidate, 'index.html')) ? path.join(candidate, 'index.html') : undefined;
  return existsSync(candidate) ? candidate : undefined;
}
