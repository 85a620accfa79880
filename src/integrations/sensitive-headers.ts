/**
 * Sends `Cache-Control: no-store` with every sensitive page, so no copy of it is kept in the
 * browser's disk cache. Which pages are sensitive is decided while pages render (campaigns say so
 * in their data; services, resources and briefings inherit it from the campaigns that use them),
 * and the layout records it on the page as `<html data-sensitive>`. Reading that mark from the
 * built HTML, rather than working it out again from the content, means the headers can never
 * disagree with the pages: whatever the layout treats as sensitive gets the header.
 *
 * The rules are appended to the end of `_headers`, after the site-wide `Cache-Control`, so they
 * win where the later matching rule wins and are joined with it where values are combined.
 */
import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Cloudflare Pages reads at most this many rules from `_headers`. */
const hostRuleLimit = 100;

/** The attributes of the page's `<html>` start tag (Astro writes values in double quotes). */
const htmlStartTag = /<html((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/i;

/** True when the built page carries the layout's sensitive mark on its `<html>` element. */
export function isMarkedSensitive(html: string): boolean {
  const attributes = htmlStartTag.exec(html)?.[1] ?? '';
  return /(?:^|\s)data-sensitive(?:[\s=]|$)/.test(attributes);
}

/** The address a built HTML file is served at, as the site links to it (`/campaigns/x/`). */
export function pagePath(relativeFile: string): string {
  const urlPath = `/${relativeFile.split(path.sep).join('/')}`;
  return urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath;
}

/** The `_headers` rules for the sensitive pages, one block per page. */
export function noStoreRules(paths: readonly string[]): string {
  return paths.map((urlPath) => `${urlPath}\n  Cache-Control: no-store\n`).join('');
}

export function sensitiveHeaders(): AstroIntegration {
  return {
    name: 'safer-norfolk:sensitive-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const htmlFiles = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
        const sensitive: string[] = [];
        for (const file of htmlFiles) {
          if (isMarkedSensitive(await readFile(path.join(site, file), 'utf8'))) sensitive.push(pagePath(file));
        }
        sensitive.sort();

        const headersFile = path.join(site, '_headers');
        const existing = await readFile(headersFile, 'utf8').catch(() => undefined);
        const block = `\n# Sensitive pages, found by the build.\n${noStoreRules(sensitive)}`;
        if (existing === undefined) await writeFile(headersFile, block.trimStart());
        else await appendFile(headersFile, existing.endsWith('\n') ? block : `\n${block}`);

        const rules = `${existing ?? ''}${block}`.split('\n').filter((line) => line.startsWith('/')).length;
        logger.info(`No-store headers for ${sensitive.length} sensitive pages`);
        if (rules > hostRuleLimit) {
          logger.warn(`_headers has ${rules} rules; Cloudflare Pages reads only the first ${hostRuleLimit}.`);
        }
      },
    },
  };
}
