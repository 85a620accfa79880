/**
 * Draws every page's social card inside `astro build`, once the pages are written. Each page says in
 * its own <head> what its card shows and where it lives (see src/components/SocialMeta.astro), so this
 * step reads the built pages rather than keeping a second list of routes. A campaign's page (its type
 * on <html> says so) also gets the square and story images its partner toolkit offers, drawn from the
 * same fields plus the action and address that the toolkit page names beside them; a share image is
 * never drawn without them. Images are cached by a hash of everything that draws them, so a build of
 * an unchanged site copies them instead of drawing (the toolkit's zip has usually drawn them already).
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { missingGlyphsError } from '../lib/glyphs';
import { cardCacheKey, defaultCardCacheDir, projectCardFingerprint } from '../lib/social-card/cache';
import {
  campaignIdFor,
  cardContentFor,
  cardTexts,
  shareContentFor,
  shareFormats,
  sharePathFor,
  type CardContent,
  type ShareDetails,
} from '../lib/social-card/content';
import { cardGlyphCheck, loadCardFonts } from '../lib/social-card/fonts';
import { cardFormats, type CardFormat } from '../lib/social-card/layout';
import { attributesOf, pageCardFrom } from '../lib/social-card/page-fields';
import { paths } from '../lib/paths';
import { createCardRenderer, type CardRenderer } from '../lib/social-card/render';

/** Cached cards nobody has asked for in this long are deleted, so the cache cannot grow for ever. */
const cacheLifetimeMs = 30 * 24 * 60 * 60 * 1000;

export interface SocialCardsOptions {
  /** Where drawn cards are kept between builds. */
  cacheDir?: string;
}

interface CardJob {
  /** The built page (relative to dist/) that asked for the card, for error messages. */
  page: string;
  /** The page's address on the site, e.g. /campaigns/hate-crime/, for error messages. */
  pathname: string;
  imagePath: string;
  content: CardContent;
  format: CardFormat;
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function htmlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Writes through a temporary name, so a build running alongside never reads half a file. */
async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/**
 * What a campaign's share images add to its card, from the campaign's toolkit page, which names the
 * action and address beside the images it offers (src/components/CampaignToolkit.astro).
 */
async function shareDetailsFrom(outDir: string, campaignId: string): Promise<ShareDetails> {
  const toolkit = path.join(paths.toolkit(campaignId).slice(1), 'index.html');
  const html = await readFile(path.join(outDir, toolkit), 'utf8').catch(() => '');
  const tag = /<[a-z]+\s[^>]*data-share-address=[^>]*>/i.exec(html)?.[0];
  const attributes = tag ? attributesOf(tag) : undefined;
  const action = attributes?.get('data-share-action')?.trim();
  const address = attributes?.get('data-share-address')?.trim();
  if (!action || !address) {
    throw new Error(`${toolkit} does not name the action and address for the share images of "${campaignId}", so they cannot be drawn`);
  }
  return { action, address };
}

/** Deletes cached cards no build has used for `cacheLifetimeMs`; returns how many went. */
async function pruneCache(cacheDir: string, now: number): Promise<number> {
  let removed = 0;
  for (const name of await readdir(cacheDir)) {
    const file = path.join(cacheDir, name);
    const { mtimeMs } = await stat(file);
    if (now - mtimeMs > cacheLifetimeMs) {
      await unlink(file).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

export function socialCards(options: SocialCardsOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'safer-norfolk:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const cacheDir = path.resolve(root, options.cacheDir ?? defaultCardCacheDir);
        await mkdir(cacheDir, { recursive: true });

        const jobs: CardJob[] = [];
        const claimed = new Map<string, string>();
        const claim = (job: CardJob) => {
          const other = claimed.get(job.imagePath);
          if (other) throw new Error(`${job.page} and ${other} both ask for the image ${job.imagePath}`);
          claimed.set(job.imagePath, job.page);
          jobs.push(job);
        };
        const fonts = loadCardFonts(root);
        const missingIn = cardGlyphCheck(fonts);
        for (const page of await htmlFilesIn(outDir)) {
          const card = pageCardFrom(await readFile(path.join(outDir, page), 'utf8'), page);
          if (!card) continue;
          const content = cardContentFor(card.fields);
          // Checked on every build, cached card or not: a letter the fonts lack would be an empty box.
          // The built page does not say which content file it came from, so the error names its address.
          for (const { field, text } of cardTexts(card.fields, content)) {
            const missing = missingIn(text);
            if (missing.length > 0) throw missingGlyphsError(`the page ${card.pathname} (${page})`, field, missing);
          }
          const { pathname } = card;
          if (card.fields.type !== 'campaign') {
            claim({ page, pathname, imagePath: card.imagePath, content, format: cardFormats.openGraph });
            continue;
          }
          const campaignId = campaignIdFor(card.pathname);
          if (!campaignId) throw new Error(`${page}: a campaign page outside /campaigns/<id>/ (${card.pathname})`);
          const shareContent = shareContentFor(content, await shareDetailsFrom(outDir, campaignId));
          for (const { field, text } of cardTexts(card.fields, shareContent)) {
            const missing = missingIn(text);
            if (missing.length > 0) throw missingGlyphsError(`the toolkit of ${card.pathname} (${page})`, field, missing);
          }
          // A campaign's link preview is one of its share images: the action and address, no filing labels.
          claim({ page, pathname, imagePath: card.imagePath, content: shareContent, format: cardFormats.openGraph });
          for (const format of shareFormats) {
            claim({ page, pathname, imagePath: sharePathFor(campaignId, format), content: shareContent, format });
          }
        }
        const shareImages = jobs.filter((job) => job.format !== cardFormats.openGraph).length;

        const fingerprint = await projectCardFingerprint(root, fonts);
        // The renderer loads only when a card is missing from the cache: a warm build never needs it.
        let renderer: CardRenderer | undefined;
        let drawn = 0;
        const now = Date.now();

        // satori lays out on this thread while worker threads paint and compress (src/lib/raster-pool.ts):
        // four cards in flight for each core keep this thread laying out the next while the workers paint.
        await forEachLimited(jobs, 4 * availableParallelism(), async (job) => {
          const target = path.join(outDir, job.imagePath);
          await mkdir(path.dirname(target), { recursive: true });
          const cached = path.join(cacheDir, `${cardCacheKey(job.content, fingerprint, job.format)}.png`);
          try {
            await copyFile(cached, target);
            await utimes(cached, now / 1000, now / 1000);
            return;
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          }
          renderer ??= createCardRenderer(fonts);
          try {
            const png = await renderer.png((await renderer.draw(job.content, job.format)).svg);
            await writeAtomically(cached, png);
            await copyFile(cached, target);
            drawn++;
          } catch (error) {
            throw new Error(
              `Could not draw the ${job.format.noun} ${job.imagePath} for the page ${job.pathname} (${job.page}): ${(error as Error).message}`,
              { cause: error },
            );
          }
        });

        const pruned = await pruneCache(cacheDir, now);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `${jobs.length - shareImages} social cards and ${shareImages} share images in ${seconds}s: ` +
            `${drawn} drawn, ${jobs.length - drawn} from the cache` +
            (pruned > 0 ? `, ${pruned} old cards removed from the cache` : ''),
        );
      },
    },
  };
}
