/**
 * How the search page behaves: results and filters, keyboard use, spelling, a phone's first
 * screen, no JavaScript, and what a search downloads. Whether people's own words find the right
 * pages is search-queries.spec.ts, from the table in search-queries.yaml.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { languages } from '../../src/lib/taxonomy';

async function search(page: Page, query: string) {
  await page.goto('/search/');
  await page.getByLabel('Search Safer Norfolk').fill(query);
  await page.getByLabel('Search Safer Norfolk').press('Enter');
  await expect(page.getByRole('status')).toHaveText(/results? for|No results/);
}

const resultLinks = (page: Page) => page.locator('[data-search-results] h3 a');

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

test('residents first: lessons and briefings come after help, unless the query asks for them', async ({ page }) => {
  const firstTypes = async (query: string) => {
    await search(page, query);
    return page.locator('[data-search-results] li').evaluateAll((items) =>
      items.slice(0, 3).map((item) => item.querySelector('p span')?.textContent ?? ''),
    );
  };
  for (const type of await firstTypes('county lines')) expect(['School resource', 'Briefing']).not.toContain(type);
  expect((await firstTypes('county lines lesson'))[0]).toBe('School resource');
  expect((await firstTypes('county lines briefing'))[0]).toBe('Briefing');
});

test("audience copies of a topic page stay out of the results, so a topic's page shows once", async ({ page }) => {
  await search(page, 'domestic abuse');
  const showMore = page.getByRole('button', { name: 'Show more results' });
  while (await showMore.isVisible()) {
    const shown = await resultLinks(page).count();
    await showMore.click();
    await expect(resultLinks(page)).not.toHaveCount(shown);
  }
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => /^\/(residents|schools|professionals)\/(topics|key-stages|types)\//.test(href))).toEqual([]);
  expect(hrefs.filter((href) => href === '/topics/domestic-abuse/')).toHaveLength(1);
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and leads to Get help and the topics', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('search').getByLabel('Search this site').fill('knife');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=knife/);
    const message = page.getByRole('region', { name: 'Search needs JavaScript' });
    await expect(message).toBeVisible();
    await expect(message).toContainText('You can find help by topic');
    await expect(message.getByRole('link', { name: 'Get help' })).toHaveAttribute('href', '/get-help/');
    await message.getByRole('link', { name: 'Browse by topic' }).click();
    await expect(page.getByRole('heading', { name: 'Browse by topic' })).toBeVisible();
    await page.getByRole('link', { name: 'Serious violence and knife crime' }).click();
    await expect(page.getByRole('link', { name: 'Serious violence and knife crime' }).first()).toBeVisible();
  });
});

test('with JavaScript the search page does not show the message for browsers without it', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toHaveCount(0);
});

test('a misspelt word is searched as the site spells it, and the status says so', async ({ page }) => {
  await search(page, 'frawd');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “frawd”\. We searched for “fraud” instead of “frawd”\.$/);
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/campaigns/fraud-and-scams/');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const query of ['scam', 'someone is ringing my dad pretending to be his bank']) {
    test(`the first result for "${query}" shows without scrolling, arriving from the header`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const first = resultLinks(page).first();
      await expect(first).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const box = await first.boundingBox();
      expect(box, 'the first result has a place on the page').not.toBeNull();
      expect(box!.y + box!.height, `the first result ends at ${box!.y + box!.height} px`).toBeLessThanOrEqual(844);
    });
  }
});

/** Bytes a host sends: Pagefind's index files are gzip already; the rest a host compresses. */
const transferSize = (file: Buffer) => (file[0] === 0x1f && file[1] === 0x8b ? file.length : gzipSync(file).length);

/** Searches and returns what came from the search index: Pagefind's files and the word list. */
async function searchDownloads(page: Page, query: string): Promise<{ files: string[]; bytes: number }> {
  const fetched = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/pagefind')) fetched.add(path);
  });
  await search(page, query);
  await resultLinks(page).first().waitFor();
  const files = [...fetched];
  const bytes = files.reduce((total, path) => total + transferSize(readFileSync(`dist${path}`)), 0);
  const words = query.split(/\s+/).length;
  test.info().annotations.push({ type: `search bytes (gzip), ${words} words`, description: String(bytes) });
  console.log(`"${query}" downloaded ${files.length} files, ${(bytes / 1024).toFixed(1)} kB gzip:`, files.join(' '));
  return { files, bytes };
}

// Pagefind's engine alone (pagefind.js and its WebAssembly) is about 73 kB; one index chunk and the
// first five result fragments make up the rest. The budget catches growth, such as a worker.
test('a one-word search downloads at most 120 kB (gzip, as a host would send it)', async ({ page }) => {
  const { files, bytes } = await searchDownloads(page, 'scam');
  expect(files.length).toBeGreaterThan(2);
  // The word list for spelling comes only when a word is not in the index.
  expect(files).not.toContain('/pagefind-words.json');
  expect(bytes).toBeLessThanOrEqual(120 * 1024);
});

// Each word may need its own index chunk (about 27 kB each), so a sentence costs more than a word.
test('a five-word search downloads at most 250 kB (gzip)', async ({ page }) => {
  const { bytes } = await searchDownloads(page, 'neighbours dealing drugs next door');
  expect(bytes).toBeLessThanOrEqual(250 * 1024);
});

test('an English search never returns a page in another language', async ({ page }) => {
  // "Norfolk" and "999" are on every translated page too; each language has its own index.
  for (const query of ['Norfolk', '999 emergency']) {
    await search(page, query);
    const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    const translated = languages.filter((language) => language.slug !== 'en').map((language) => `/${language.slug}/`);
    expect(hrefs.filter((href) => translated.some((prefix) => href.startsWith(prefix)))).toEqual([]);
  }
});
