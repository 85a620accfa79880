/**
 * A partner sharing a campaign, on a phone: finds every toolkit on the partners page, copies a post
 * with its button (or selects it without JavaScript), and downloads the zip that holds what the
 * page lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';

const phone = { width: 390, height: 844 };
const campaignIds = readdirSync('content/campaigns').sort();
const toolkit = '/campaigns/domestic-abuse/toolkit/';

test.use({ viewport: phone });

test('the partners page lists every campaign toolkit, and each link opens it', async ({ page }) => {
  await page.goto('/partners/');
  await expect(page.getByRole('heading', { level: 1, name: 'For partners' })).toBeVisible();
  const links = page.locator('a[data-toolkit-link]');
  const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(campaignIds.map((id) => `/campaigns/${id}/toolkit/`));
  for (const id of campaignIds) {
    await expect(page.locator(`a[href="/campaigns/${id}/kit.zip"]`)).toContainText(/ZIP, \d+(\.\d)? (KB|MB)/);
  }
  for (const href of hrefs) {
    await page.goto('/partners/');
    const link = page.locator(`a[data-toolkit-link][href="${href}"]`);
    const name = (await link.innerText()).replace(/: toolkit$/, '');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name}: partner toolkit`);
  }
});

test.describe('copying a post', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each copy button copies its post exactly and says Copied', async ({ page }) => {
    await page.goto(toolkit);
    const posts = page.locator('[data-copy]');
    const count = await posts.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index++) {
      const post = posts.nth(index);
      const text = await post.locator('[data-copy-source]').evaluate((element) => element.textContent ?? '');
      expect(text).toContain('/campaigns/domestic-abuse/');
      expect(text).toContain('0808 2000 247');
      const button = post.getByRole('button', { name: `Copy post ${index + 1}` });
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await expect(post.getByRole('status')).toHaveText('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the posts are there to select and no button pretends to copy', async ({ page }) => {
    await page.goto(toolkit);
    await expect(page.locator('[data-copy-source]').first()).toContainText('0808 2000 247');
    await expect(page.getByRole('button', { name: /Copy post/ })).toHaveCount(0);
  });
});

test('the zip holds the files the page lists, at the size it shows', async ({ page }) => {
  await page.goto(toolkit);
  const link = page.locator('a[data-kit-link]');
  await expect(link).toBeInViewport();
  const listed = await page
    .locator('[data-kit-file]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kit-file')!));
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const bytes = readFileSync(await download.path());
  const names = Object.keys(unzipSync(bytes));
  expect(names.sort()).toEqual([...listed].sort());
  expect(names).toEqual(expect.arrayContaining(['posts.txt', 'image-descriptions.txt', 'domestic-abuse-square.png']));
  await expect(link).toHaveAttribute('data-kit-bytes', String(bytes.length));
  const size = bytes.length < 1024 * 1024 ? `${Math.round(bytes.length / 1024)} KB` : `${(bytes.length / 1048576).toFixed(1)} MB`;
  await expect(link).toContainText(`(ZIP, ${size})`);
});
