/**
 * Byte budgets for the built site, so it stays quick on a slow phone. Sizes are gzip, as a host
 * sends them; fonts and other compressed formats count as they are.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, readPage } from './built-site';

const kB = 1024;
const budgets = {
  /** Each HTML page (Starlight allows 7 kB; our pages carry more text and contact details). */
  html: 14 * kB,
  /** All CSS together. */
  css: 12 * kB,
  /** JavaScript on a content page: the quick exit and small enhancements. */
  pageJs: 3 * kB,
  /** An audience hub also filters in place; on a sensitive topic it carries the history script too. */
  hubJs: 4 * kB,
};
// What a first visit to the home page downloads is measured in a browser: tests/e2e/first-visit.spec.ts.

const alreadyCompressed = /\.(woff2?|png|jpe?g|webp|avif|gz|pagefind|pf_\w+)$/;
const transferSize = (file: string) => {
  const bytes = readFileSync(path.join(distDir, file));
  return alreadyCompressed.test(file) ? bytes.length : gzipSync(bytes).length;
};
const referenced = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!.replace(/^\//, ''));
const scriptsOf = (html: string) => referenced(html, /<script[^>]*\ssrc="([^"]+)"/g);

describe('byte budgets', () => {
  const pages = htmlFiles();

  it(`every HTML page is at most ${budgets.html / kB} kB`, () => {
    const over = pages.map((page) => [page, transferSize(page)] as const).filter(([, size]) => size > budgets.html);
    expect(over).toEqual([]);
  });

  it(`all CSS together is at most ${budgets.css / kB} kB`, () => {
    const css = readdirSync(distDir, { recursive: true }).map(String).filter((file) => file.endsWith('.css') && !file.startsWith('pagefind'));
    const total = css.reduce((sum, file) => sum + transferSize(file), 0);
    expect(total).toBeLessThanOrEqual(budgets.css);
  });

  it(`content pages ship at most ${budgets.pageJs / kB} kB of JavaScript (hubs ${budgets.hubJs / kB} kB), none of it render-blocking`, () => {
    for (const page of pages.filter((file) => file !== 'search/index.html')) {
      const html = readPage(page);
      const total = scriptsOf(html).reduce((sum, file) => sum + transferSize(file), 0);
      const isHub = html.includes('data-hub-filter');
      expect(total, page).toBeLessThanOrEqual(isHub ? budgets.hubJs : budgets.pageJs);
      for (const tag of html.match(/<script\b[^>]*\ssrc=[^>]*>/g) ?? []) expect(tag, page).toMatch(/type="module"|\sdefer|\sasync/);
    }
  });

  it('search code loads only on the search page', () => {
    for (const page of pages.filter((file) => file !== 'search/index.html')) {
      expect(readPage(page), page).not.toMatch(/pagefind\.js|search\.astro_astro_type_script/);
    }
  });

  it('loads only the font weights the design uses, in Latin and Latin Extended', () => {
    const css = readdirSync(path.join(distDir, '_astro')).filter((file) => file.endsWith('.woff2'));
    expect(css.every((file) => /(latin(-ext)?|core)-(400|700)(-normal)?\b/.test(file))).toBe(true);
  });

  it('gives every image a size, and lets those below the fold load lazily', () => {
    for (const page of pages) {
      for (const image of readPage(page).match(/<img\b[^>]*>/g) ?? []) {
        expect(image, page).toMatch(/\swidth="\d+"/);
        expect(image, page).toMatch(/\sheight="\d+"/);
        expect(image, page).toMatch(/\sloading="(lazy|eager)"/);
      }
    }
  });
});
