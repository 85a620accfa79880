/**
 * The shell's behaviour: skip link, navigation state, keyboard reach, the exit, 404, print and
 * motion. That every page has the shell is checked in every-page.spec.ts.
 */
import { expect, test } from '@playwright/test';

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

for (const path of ['/', '/campaigns/domestic-abuse/', '/services/', '/search/', '/get-help/']) {
  test(`keyboard only on ${path}: every control is reachable and visibly focused`, async ({ page }) => {
    await page.goto(path);
    const controls = await page
      .locator('a[href], button, input, select, summary')
      // Visible controls, plus skip links that only show on focus; not those in closed <details>.
      .evaluateAll((elements) => elements.filter((element) => element.checkVisibility() || element.closest('.sr-only')).length);
    const reached = new Set<string>();
    for (let step = 0; step < controls + 5; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        if (element === document.body) return undefined;
        const style = getComputedStyle(element);
        const visible =
          style.outlineStyle !== 'none' || style.backgroundColor === 'rgb(255, 221, 0)' || style.boxShadow !== 'none';
        const box = element.getBoundingClientRect();
        return { id: element.outerHTML.slice(0, 120) + Math.round(box.top + window.scrollY), visible, shown: box.width > 0 && box.height > 0 };
      });
      if (!focused) continue;
      expect(focused.visible, focused.id).toBe(true);
      expect(focused.shown, focused.id).toBe(true);
      reached.add(focused.id);
    }
    expect(reached.size).toBeGreaterThanOrEqual(controls);
  });
}

test('every campaign offers a way out and the staying-safe guide, sensitive or not', async ({ page }) => {
  for (const campaign of ['/campaigns/domestic-abuse/', '/campaigns/fraud-and-scams/']) {
    await page.goto(campaign);
    await expect(page.getByRole('link', { name: 'Exit this page', exact: true }), campaign).toHaveAttribute(
      'href',
      /^https:\/\/www\.bbc\.co\.uk\/weather/,
    );
    await expect(page.getByRole('link', { name: 'Staying safe online' }).first(), campaign).toBeVisible();
  }
});

test('an unknown address shows the 404 page with ways on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'get help' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help');
});

test('print drops the navigation, keeps phone numbers and prints where web links go', async ({ page }) => {
  await page.goto('/services/national-domestic-abuse-helpline/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  const after = await page
    .locator('main a[href^="https:"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://');
});

test('motion is switched off for people who ask for less of it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const duration = await page.evaluate(() => getComputedStyle(document.body).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
});
