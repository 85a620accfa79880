/**
 * One visit per page, on a phone first, running every check that applies to every page: axe (WCAG
 * 2.2 A and AA); nothing loaded from another origin, no cookie, no Content Security Policy
 * violation and the security headers sent; the shared shell; and reflow at 320px. One visit instead
 * of one per check keeps the suite fast enough to run often.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site-urls';
import { languages } from '../../src/lib/taxonomy';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const notFound = '/this-page-does-not-exist/';
const paths = [...sitemapPaths(), notFound];
const phone = { width: 390, height: 844 };

test.use({ viewport: phone, isMobile: true, hasTouch: true });

test('the sitemap lists the whole site', () => {
  expect(paths.length).toBeGreaterThan(50);
});

/** Starts listening before the visit, so nothing the page does on load is missed. */
function watch(page: Page, origin: string, expectsNotFound: boolean) {
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    // Chromium logs the 404 page's own status as an error; that one is expected.
    if (expectsNotFound && /Failed to load resource.*404/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { foreign, problems };
}

/** A page's language: a translation lives under its language's code (`/pl/`), the rest is British English. */
function expectedLang(path: string): string {
  const translated = languages.find((language) => language.slug !== 'en' && path.startsWith(`/${language.slug}/`));
  return translated?.slug ?? 'en-GB';
}

async function expectShell(page: Page, path: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', expectedLang(path));
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByText('In an emergency, call 999.')).toBeVisible();
  await expect(page.locator('#exit-this-page')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
    'Get help',
    'Campaigns',
    'Residents',
    'Schools',
    'Professionals',
    'For partners',
    'Search',
  ]);
  const footer = page.getByRole('contentinfo');
  for (const name of ['Accessibility statement', 'Privacy', 'Staying safe online', 'About the partnership']) {
    await expect(footer.getByRole('link', { name })).toBeVisible();
  }
}

for (const path of paths) {
  test(`${path}: accessible, private, in the shell, reflows`, async ({ page, context, baseURL }) => {
    const watched = watch(page, new URL(baseURL!).origin, path === notFound);
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === notFound ? 404 : 200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');

    await expectShell(page, path);

    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const violations = results.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    expect(violations).toEqual([]);

    // 320 CSS pixels is a 1280px screen at 400% zoom (WCAG reflow): nothing may scroll sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    expect(watched.foreign).toEqual([]);
    expect(watched.problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
