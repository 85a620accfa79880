/** The shell every page shares: language, skip link, emergency line, navigation, breadcrumbs, footer. */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-urls';

test('every page has the shell: English (UK), one h1, the emergency line, main navigation and footer', async ({ page }) => {
  for (const path of sitemapPaths()) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.getByText('In an emergency, call 999.'), path).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link'), path).toHaveText([
      'Get help',
      'Campaigns',
      'Residents',
      'Schools',
      'Professionals',
      'Search',
    ]);
    const footer = page.getByRole('contentinfo');
    for (const name of ['Accessibility statement', 'Privacy', 'Staying safe online', 'About the partnership']) {
      await expect(footer.getByRole('link', { name }), path).toBeVisible();
    }
  }
});

test('the skip link is the first thing Tab reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/campaigns/fraud-and-scams/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the current section is marked in the navigation and the breadcrumbs lead home', async ({ page }) => {
  await page.goto('/campaigns/county-lines/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumbs.getByRole('listitem')).toHaveText(['Home', 'Campaigns', 'County lines and criminal exploitation']);
  await breadcrumbs.getByRole('link', { name: 'Campaigns' }).click();
  await expect(page).toHaveURL(/\/campaigns\/$/);
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('/');
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press('Tab');
    const styles = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, outline: style.outlineStyle, background: style.backgroundColor, shadow: style.boxShadow };
    });
    const visible = styles.outline !== 'none' || styles.background === 'rgb(255, 221, 0)' || styles.shadow !== 'none';
    expect(visible, JSON.stringify(styles)).toBe(true);
  }
});

test('a sensitive campaign offers a way out and the staying-safe guide; others do not', async ({ page }) => {
  await page.goto('/campaigns/domestic-abuse/');
  await expect(page.getByRole('link', { name: 'Exit this page', exact: true })).toHaveAttribute('href', /^https:\/\/www\.bbc\.co\.uk\/weather/);
  await expect(page.getByRole('link', { name: 'Staying safe online' }).first()).toBeVisible();
  await page.goto('/campaigns/fraud-and-scams/');
  await expect(page.getByRole('link', { name: 'Exit this page', exact: true })).toHaveCount(0);
});

test('an unknown address shows the 404 page with ways on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'get help' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help');
});

test('print hides the navigation and shows where links go', async ({ page }) => {
  await page.goto('/campaigns/fraud-and-scams/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  const after = await page
    .locator('main a[href^="tel:"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('tel:');
});

test('motion is switched off for people who ask for less of it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const duration = await page.evaluate(() => getComputedStyle(document.body).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
});
