/** Search as residents, teachers and professionals use it, in their own words. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

/** What people type, and the page that must be in the first three results. */
const queries: [string, string][] = [
  ['scam', '/campaigns/fraud-and-scams/'],
  ['scam text', '/services/scam-text-7726/'],
  ['phishing email', '/services/report-phishing-email/'],
  ['noisy neighbours', '/campaigns/anti-social-behaviour/'],
  ['anti social behavior', '/campaigns/anti-social-behaviour/'],
  ['cuckooing', '/campaigns/county-lines/'],
  ['my son has new phones and cash', '/campaigns/county-lines/'],
  ['knife', '/campaigns/serious-violence/'],
  ['knifes', '/campaigns/serious-violence/'],
  ['radicalization', '/campaigns/prevent/'],
  ['domestic violance', '/campaigns/domestic-abuse/'],
  ['someone is controlling me', '/campaigns/domestic-abuse/'],
  ['rape', '/campaigns/sexual-violence/'],
  ['forced to work', '/campaigns/modern-slavery/'],
  ['racist abuse', '/campaigns/hate-crime/'],
  ['burgalry', '/campaigns/neighbourhood-crime/'],
  ['great yarmouth', '/districts/great-yarmouth/'],
  ['101', '/services/police-non-emergency/'],
  ['childline', '/services/childline/'],
  ['7 minute briefing fraud', '/professionals/briefings/fraud-and-scams/'],
];

async function search(page: Page, query: string) {
  await page.goto('/search/');
  await page.getByLabel('Search Safer Norfolk').fill(query);
  await page.getByLabel('Search Safer Norfolk').press('Enter');
  await expect(page.getByRole('status')).toHaveText(/results? for|No results/);
}

const resultLinks = (page: Page) => page.locator('[data-search-results] h3 a');

for (const [query, expected] of queries) {
  test(`"${query}" finds ${expected} in the top 3`, async ({ page }) => {
    await search(page, query);
    const top = await resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
    expect(top).toContain(expected);
  });
}

test('results carry their type and audience, and the count is announced', async ({ page }) => {
  await search(page, 'scam');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “scam”/);
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toContainText('Campaign');
  await expect(first).toContainText('For residents');
  await expect(first).toContainText('Learn the tricks scammers use');
});

test('filters narrow the results and, like the words, stay out of the address', async ({ page }) => {
  await search(page, 'scam');
  const all = await resultLinks(page).count();
  await page.locator('summary', { hasText: 'Narrow your results' }).click();
  await page.getByLabel('Type of page').selectOption('Service');
  await expect(page.getByRole('status')).toHaveText(/results? for “scam”/);
  await expect(page).toHaveURL(/\/search\/$/);
  const services = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(services.length).toBeGreaterThan(0);
  expect(services.length).toBeLessThanOrEqual(all);
  for (const href of services) expect(href).toMatch(/^\/services\//);
});

test('a filter on its own lists everything for that district', async ({ page }) => {
  await page.goto('/search/?district=Great+Yarmouth');
  await expect(page.getByRole('status')).toHaveText(/results?/);
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/districts/great-yarmouth/');
});

test('no results offers the report and support routes', async ({ page }) => {
  await search(page, 'qqqzzzwww');
  await expect(page.getByRole('status')).toHaveText('No results for “qqqzzzwww”.');
  await expect(page.getByRole('link', { name: 'Report something' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Get support' })).toBeVisible();
});

test('keyboard only: from the header search box to a result', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('search').getByLabel('Search this site').focus();
  await page.keyboard.type('cuckooing');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/results? for “cuckooing”/);
  await expect(page).toHaveURL(/\/search\/$/);
  const result = resultLinks(page).first();
  const href = await result.getAttribute('href');
  for (let presses = 0; presses < 40 && !(await result.evaluate((link) => link === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(result).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('a campaign leads for its own topic, and more results come five at a time', async ({ page }) => {
  await search(page, 'domestic abuse');
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/campaigns/domestic-abuse/');
  await expect(resultLinks(page)).toHaveCount(5);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(resultLinks(page)).toHaveCount(10);
  await expect(resultLinks(page).nth(5)).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form still leads to topics to browse', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('search').getByLabel('Search this site').fill('knife');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=knife/);
    await expect(page.getByRole('heading', { name: 'Browse by topic' })).toBeVisible();
    await page.getByRole('link', { name: 'Serious violence and knife crime' }).click();
    await expect(page.getByRole('link', { name: 'Serious violence and knife crime' }).first()).toBeVisible();
  });
});

/** Bytes a host sends: Pagefind's index files are gzip already; the rest a host compresses. */
const transferSize = (file: Buffer) => (file[0] === 0x1f && file[1] === 0x8b ? file.length : gzipSync(file).length);

// Pagefind's engine alone (pagefind.js and its WebAssembly) is about 73 kB; one index chunk and the
// first five result fragments make up the rest. The budget catches growth, such as a worker.
test('a one-word search downloads at most 120 kB (gzip, as a host would send it)', async ({ page }) => {
  const fetched = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/pagefind/')) fetched.add(path);
  });
  await search(page, 'scam');
  await resultLinks(page).first().waitFor();
  const bytes = [...fetched].reduce((total, path) => total + transferSize(readFileSync(`dist${path}`)), 0);
  test.info().annotations.push({ type: 'search bytes (gzip)', description: String(bytes) });
  console.log(`One-word search downloaded ${fetched.size} files, ${(bytes / 1024).toFixed(1)} kB gzip:`, [...fetched].join(' '));
  expect(fetched.size).toBeGreaterThan(2);
  expect(bytes).toBeLessThanOrEqual(120 * 1024);
});
