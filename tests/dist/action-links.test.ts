/**
 * Links that promise an action ("Report online", "How to apply...", "Report anti-social behaviour
 * to the council") open the page that acts, never a home page the reader must search from. The
 * schema refuses a bare `onlineForm` or `asbPage`; this checks what the built pages actually link,
 * wherever a card, button or district page offers one.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from './built-site';

interface Link {
  page: string;
  text: string;
  href: string;
}

/** Words in a link that say it does something, rather than naming a site. */
const actionWords = /\b(report|reporting|form|apply)\b|anti-social behaviour/i;
/** "Report Fraud website" names a website, and a website's address is its home page. */
const namesAWebsite = /\bwebsite$/i;

/** The parts of pages that offer ways to act: service cards, help buttons, district and service pages. */
function actionAreas(page: string, html: string): string[] {
  const areas = [
    ...html.matchAll(/<article class="card[^"]*"[^>]*>[\s\S]*?<\/article>/g),
    ...html.matchAll(/<section[^>]*\bdata-help-now\b[^>]*>[\s\S]*?<\/section>/g),
  ].map((match) => match[0]);
  if (/^(districts|services)[\\/][^\\/]+[\\/]index\.html$/.test(page)) {
    const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0];
    if (main) areas.push(main);
  }
  return areas;
}

const textOf = (inner: string) =>
  inner
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replace(/\s+/g, ' ')
    .trim();

/** External links whose words promise an action. */
function actionLinks(page: string, html: string): Link[] {
  const links: Link[] = [];
  for (const area of actionAreas(page, html)) {
    for (const match of area.matchAll(/<a\b[^>]*\shref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
      const href = match[1]!.replaceAll('&amp;', '&');
      const text = textOf(match[2]!);
      if (!/^https?:/.test(href) || !actionWords.test(text) || namesAWebsite.test(text)) continue;
      links.push({ page, text, href });
    }
  }
  return links;
}

/** True when an address is a site's home page: nothing after the host but "/". */
const isBareHomePage = (href: string) => new URL(href).pathname.replace(/\/+$/, '') === '';

describe('links that act', () => {
  const links = htmlFiles().flatMap((page) => actionLinks(page, readPage(page)));

  it('finds the report, form and council links on cards and district pages', () => {
    expect(links.length).toBeGreaterThan(20);
    expect(links.some((link) => link.page.startsWith('districts') && /anti-social behaviour/i.test(link.text))).toBe(true);
    expect(links.some((link) => /ASB Case Review/.test(link.text))).toBe(true);
  });

  it('go to the page that acts, not a bare home page', () => {
    const bare = links.filter((link) => isBareHomePage(link.href)).map((link) => `${link.page}: "${link.text}" -> ${link.href}`);
    expect([...new Set(bare)]).toEqual([]);
  });

  it('would notice a report link to a bare home page, and let a website link through', () => {
    const html =
      '<article class="card border"><a href="https://www.example.org/">Report it online</a>' +
      '<a href="https://www.example.org">Apply here</a><a href="https://www.example.org/">Example website</a>' +
      '<a href="https://www.example.org/report/">Report a problem</a><a href="tel:101">101</a></article>';
    const found = actionLinks('campaigns/x/index.html', html);
    expect(found.map((link) => link.text)).toEqual(['Report it online', 'Apply here', 'Report a problem']);
    expect(found.map((link) => isBareHomePage(link.href))).toEqual([true, true, false]);
  });
});
