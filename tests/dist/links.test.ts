/** Every link and file reference inside the built site resolves, including #anchors. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForPath, htmlFiles, readPage } from './built-site';

const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));

/** Internal references in a page: href and src values that stay on this site. */
function internalReferences(html: string, pageUrl: URL): URL[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((match) => match[1]!.replaceAll('&amp;', '&'))
    .filter((value) => !/^(https?:|mailto:|tel:|sms:|data:)/.test(value))
    .map((value) => new URL(value, pageUrl));
}

describe('links inside the site', () => {
  const pages = htmlFiles();

  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('has no broken link, file reference or anchor', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, 'http://site.invalid');
      const html = readPage(page);
      for (const reference of internalReferences(html, pageUrl)) {
        const target = fileForPath(reference.pathname);
        if (!target) {
          broken.push(`${page}: ${reference.pathname} does not exist`);
          continue;
        }
        const anchor = decodeURIComponent(reference.hash.slice(1));
        if (anchor && target.endsWith('.html') && !idsIn(readFileSync(target, 'utf8')).has(anchor)) {
          broken.push(`${page}: ${reference.pathname}#${anchor} has no element with that id`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('would notice a broken link', () => {
    const html = '<a href="/no-such-page/">x</a><a href="/#no-such-anchor">y</a>';
    const references = internalReferences(html, new URL('http://site.invalid/'));
    expect(references.map((reference) => fileForPath(reference.pathname) === undefined)).toEqual([true, false]);
    expect(idsIn(readPage('index.html')).has('no-such-anchor')).toBe(false);
    expect(path.basename(fileForPath('/')!)).toBe('index.html');
  });
});
