/** The audience hubs' filters: plain links without JavaScript, in place with it, shareable either way. */
import { expect, test, type Page } from '@playwright/test';

const visibleItems = (page: Page) => page.locator('[data-hub-item]:visible a');
const filterLink = (page: Page, group: string, name: string) =>
  page.locator(`[data-hub-filter="${group}"]`).getByRole('link', { name, exact: true });

test('a teacher narrows the schools hub to KS3 county lines lessons, in place, and can share it', async ({ page }) => {
  await page.goto('/schools/');
  const everything = await visibleItems(page).count();
  await filterLink(page, 'stage', 'Key stage 3').click();
  await expect(page).toHaveURL(/\/schools\/key-stages\/ks3\/$/);
  await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of \d+ items$/);
  const ks3 = await visibleItems(page).count();
  expect(ks3).toBeLessThan(everything);

  await filterLink(page, 'topic', 'County lines and criminal exploitation').click();
  await expect(page).toHaveURL(/\/schools\/topics\/county-lines\/\?stage=ks3$/);
  await expect(visibleItems(page)).toHaveText([
    'County lines: who can you trust?',
    'Teaching about county lines and exploitation: guidance for staff',
  ]);

  // The shared address shows the same list to the next person.
  await page.goto(page.url());
  await expect(visibleItems(page)).toHaveText([
    'County lines: who can you trust?',
    'Teaching about county lines and exploitation: guidance for staff',
  ]);
  await visibleItems(page).first().click();
  await expect(page.locator('dd', { hasText: 'Key stage 3' })).toBeVisible();
});

test('All clears a filter', async ({ page }) => {
  await page.goto('/schools/key-stages/ks2/');
  const ks2 = await visibleItems(page).count();
  await filterLink(page, 'stage', 'All').click();
  await expect(page).toHaveURL(/\/schools\/$/);
  expect(await visibleItems(page).count()).toBeGreaterThan(ks2);
});

test('professionals filter briefings by topic', async ({ page }) => {
  await page.goto('/professionals/');
  await filterLink(page, 'topic', 'Modern slavery').click();
  await expect(visibleItems(page)).toHaveText(['Modern slavery', 'Modern slavery: 7-minute briefing']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filters are plain links to pages that show only what matches', async ({ page }) => {
    await page.goto('/schools/');
    await filterLink(page, 'format', 'Assembly').click();
    await expect(page).toHaveURL(/\/schools\/types\/assembly\/$/);
    const titles = await visibleItems(page).allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const href of await visibleItems(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/schools\/resources\//);
    }
    await expect(page.getByRole('status')).toHaveText(/Showing \d+ of \d+ items/);
  });

  test('residents filter campaigns by topic', async ({ page }) => {
    await page.goto('/residents/');
    await filterLink(page, 'topic', 'Fraud and scams').click();
    await expect(visibleItems(page)).toHaveText(['Fraud and scams']);
  });
});

test('filter pages point search engines at the page they copy and stay out of site search', async ({ page }) => {
  const copies: [string, string][] = [
    ['/residents/topics/domestic-abuse/', '/topics/domestic-abuse/'],
    ['/schools/topics/county-lines/', '/topics/county-lines/'],
    ['/schools/key-stages/ks3/', '/schools/'],
  ];
  for (const [path, canonical] of copies) {
    await page.goto(path);
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname, path).toBe(canonical);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  }
  await page.goto('/topics/domestic-abuse/');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
});
