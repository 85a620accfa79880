/** A list too long for one page, on a phone: Next and Previous, the page numbers, with and without JavaScript. */
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const pages = (page: Page) => page.getByRole('navigation', { name: 'Pages of ways to report' });
const listed = (page: Page) => page.locator('main [data-service-item]');

async function walkThroughPages(page: Page) {
  await page.goto('/services/');
  await page.getByRole('link', { name: /^See all \d+ ways to report$/ }).click();
  await expect(page).toHaveURL(/\/services\/groups\/report\/$/);
  await expect(pages(page).locator('p')).toHaveText(/^Showing 1 to \d+ of \d+ ways to report$/);
  const total = Number((await pages(page).locator('p').innerText()).match(/of (\d+)/)![1]);
  const first = await listed(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-service-item')));
  expect(first[0]).toBe('emergency-999');
  await expect(pages(page).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await expect(pages(page).getByRole('link', { name: 'Previous page' })).toHaveCount(0);

  await pages(page).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/services\/groups\/report\/page\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: page 2 of \d+$/);
  await expect(pages(page).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  const second = await listed(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-service-item')));
  // Every service once, across the pages, none on two.
  expect(new Set([...first, ...second]).size).toBe(first.length + second.length);
  if (!(await pages(page).getByRole('link', { name: 'Next page' }).count())) expect(first.length + second.length).toBe(total);

  await pages(page).getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(/\/services\/groups\/report\/$/);
}

test('a long group of services has pages of its own, reached with Next and Previous', async ({ page }) => {
  await walkThroughPages(page);
});

test('the page links are large enough to tap', async ({ page }) => {
  await page.goto('/services/groups/report/');
  for (const link of await pages(page).getByRole('link').all()) {
    const box = (await link.boundingBox())!;
    const name = await link.innerText();
    expect(box.height, name).toBeGreaterThanOrEqual(24);
    expect(box.width, name).toBeGreaterThanOrEqual(24);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pages are plain links', async ({ page }) => {
    await walkThroughPages(page);
  });
});
