/**
 * Builds the Pagefind search index inside `astro build`, once every page is written, so one
 * command makes the whole site. Only each page's `data-pagefind-body` (the main content) is indexed.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'safer-norfolk:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Search index could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Search index failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
        await close();
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Indexed ${added.page_count} pages for search in ${seconds}s`);
      },
    },
  };
}
