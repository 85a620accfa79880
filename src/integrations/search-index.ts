/**
 * Builds the Pagefind search index inside `astro build`, once every page is written, so one
 * command makes the whole site. Only each page's `data-pagefind-body` (the main content) is indexed.
 * It also writes `pagefind-words.json`, the words spelling correction may correct to
 * (src/lib/search/vocabulary.ts); the search page downloads it only when a word is not in the index.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { wordListFile } from '../lib/search/spelling';
import { searchTextsOfPage, vocabularyOf } from '../lib/search/vocabulary';

/** The words of every indexed page's title, keywords and phrases, written as a JSON array. */
async function writeWordList(site: string): Promise<{ words: number; gzipBytes: number }> {
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
  const texts = (await Promise.all(files.map(async (file) => searchTextsOfPage(await readFile(path.join(site, file), 'utf8'))))).flat();
  const words = vocabularyOf(texts);
  const json = JSON.stringify(words);
  await writeFile(path.join(site, wordListFile), json);
  return { words: words.length, gzipBytes: gzipSync(json).length };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'safer-norfolk:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        // One index per page language (<html lang>), so an English search never returns a translated page.
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Search index could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Search index failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
        await close();
        const list = await writeWordList(site);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Indexed ${added.page_count} pages for search in ${seconds}s; ${list.words} words for spelling (${(list.gzipBytes / 1024).toFixed(1)} kB gzip)`);
      },
    },
  };
}
