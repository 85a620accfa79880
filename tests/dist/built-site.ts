/** The built site in dist/, read as a host would serve it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve('dist');

/** Every HTML file in dist/, as paths relative to it. */
export function htmlFiles(): string[] {
  if (!existsSync(distDir)) throw new Error('No dist/ folder: run `npm run build` first');
  return readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'));
}

export const readPage = (file: string): string => readFileSync(path.join(distDir, file), 'utf8');

/** The file a site path is served from: folders serve their index.html. */
export function fileForPath(urlPath: string): string | undefined {
  const candidate = path.join(distDir, decodeURIComponent(urlPath));
  if (urlPath.endsWith('/')) return existsSync(path.join(candidate, 'index.html')) ? path.join(candidate, 'index.html') : undefined;
  return existsSync(candidate) ? candidate : undefined;
}
