/** Every page the sitemap lists, as paths, so tests can visit the whole built site. */
import { readFileSync, readdirSync } from 'node:fs';

export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error('No sitemap in dist/: run `npm run build` first');
  const urls = files.flatMap((file) =>
    [...readFileSync(`dist/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!),
  );
  return urls.map((url) => new URL(url).pathname);
}
