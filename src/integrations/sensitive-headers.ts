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

/**
 * The paths to give no-store, in at most `budget` rules. Hosts cap the number of rules (Cloudflare
 * Pages reads 100), and a site of many sensitive pages passes that cap page by page. So a folder
 * whose pages below are all sensitive becomes one splat (`/get-help/*`); if that is not enough,
 * the folders that save most rules are covered whole. Covering a page that is not sensitive only
 * costs it the browser's back/forward cache; leaving a sensitive page out would let it be stored.
 * A folder's own page is listed on its own, because hosts differ on whether `/x/*` matches `/x/`.
 */
export function noStorePatterns(sensitive: readonly string[], allPages: readonly string[], budget = Infinity): string[] {
  const isSensitive = new Set(sensitive);
  const folders = [...new Set(sensitive.flatMap(ancestorFolders))].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const below = (folder: string) => allPages.filter((page) => page !== folder && page.startsWith(folder));
  const splats = new Set<string>();
  const covered = (page: string) => [...splats].some((folder) => page !== folder && page.startsWith(folder));
  const rules = () => [...[...splats].map((folder) => `${folder}*`), ...sensitive.filter((page) => !covered(page))].sort();

  for (const folder of folders) {
    const pages = below(folder);
    if (pages.length >= 2 && !covered(folder) && pages.every((page) => isSensitive.has(page))) splats.add(folder);
  }
  while (rules().length > budget) {
    const saving = (folder: string) => below(folder).filter((page) => isSensitive.has(page) && !covered(page)).length - 1;
    const best = folders.filter((folder) => !covered(folder) && !splats.has(folder)).sort((a, b) => saving(b) - saving(a))[0];
    if (!best || saving(best) <= 0) break;
    for (const inner of [...splats]) if (inner.startsWith(best)) splats.delete(inner);
    splats.add(best);
  }
  return rules();
}

/** `/a/b/c/` → [`/a/`, `/a/b/`]: the folders a page sits in, not counting the root. */
function ancestorFolders(page: string): string[] {
  const parts = page.split('/').filter(Boolean);
  return parts.slice(0, -1).map((_, index) => `/${parts.slice(0, index + 1).join('/')}/`);
}

/** The `_headers` rules for the given paths, one block each. */
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
        const ruleCount = (text: string) => text.split('\n').filter((line) => line.startsWith('/')).length;
        const patterns = noStorePatterns(sensitive, htmlFiles.map(pagePath), hostRuleLimit - ruleCount(existing ?? ''));

        const block = `\n# Sensitive pages, found by the build.\n${noStoreRules(patterns)}`;
        if (existing === undefined) await writeFile(headersFile, block.trimStart());
        else await appendFile(headersFile, existing.endsWith('\n') ? block : `\n${block}`);

        const rules = ruleCount(`${existing ?? ''}${block}`);
        logger.info(`No-store headers for ${sensitive.length} sensitive pages, in ${patterns.length} rules`);
        // Rules past the cap are ignored without a word, leaving sensitive pages cacheable: stop instead.
        if (rules > hostRuleLimit) {
          throw new Error(`_headers has ${rules} rules; Cloudflare Pages reads only the first ${hostRuleLimit}. Group sensitive pages under fewer folders.`);
        }
      },
    },
  };
}
