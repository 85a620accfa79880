/** "Exit this page" on sensitive pages: click, Shift three times, keyboard only, without JavaScript. */
import { expect, test, type Page } from '@playwright/test';

const sensitivePage = '/campaigns/domestic-abuse/';
const neutralSite = /^https:\/\/www\.bbc\.co\.uk\/weather/;

/** The tests never leave the machine: the neutral site is answered locally. */
async function stubNeutralSite(page: Page) {
  await page.route(neutralSite, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
}

/** Arrive at the sensitive page from the home page, so there is somewhere for Back to go. */
async function openSensitivePage(page: Page) {
  await stubNeutralSite(page);
  await page.goto('/');
  await page.goto(sensitivePage);
}

test('clicking Exit this page leaves, and Back does not return to the sensitive page', async ({ page }) => {
  await openSensitivePage(page);
  await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
  await expect(page).toHaveURL(neutralSite);
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('pressing Shift three times leaves, announcing the count first', async ({ page }) => {
  await openSensitivePage(page);
  const status = page.getByRole('status');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit.');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 1 more time to exit.');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(neutralSite);
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(sensitivePage));
});

test('another key between Shift presses starts the count again', async ({ page }) => {
  await openSensitivePage(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Shift, press 2 more times to exit.');
  await expect(page).toHaveURL(new RegExp(sensitivePage));
});

test('the page is hidden at once when exiting, before the next site arrives', async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto(sensitivePage);
  // Click and look in the same moment, before the browser can start loading the next site.
  const visibility = await page.evaluate(() => {
    document.querySelector<HTMLAnchorElement>('#exit-this-page')!.click();
    return getComputedStyle(document.body).visibility;
  });
  expect(visibility).toBe('hidden');
  await expect(page).toHaveURL(neutralSite);
});

test('keyboard only: the secondary skip link reaches the button, and Enter exits', async ({ page }) => {
  await openSensitivePage(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the Exit this page button' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Exit this page', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(neutralSite);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Exit this page is still a working link', async ({ page }) => {
    await openSensitivePage(page);
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(neutralSite);
  });
});

test('on a phone the button is visible at the top and covers no content', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto(sensitivePage);
  const button = await page.getByRole('link', { name: 'Exit this page', exact: true }).boundingBox();
  const emergency = await page.getByText('In an emergency, call 999.').boundingBox();
  expect(button!.y).toBeLessThan(60);
  expect(button!.y + button!.height).toBeLessThanOrEqual(emergency!.y);
  await page.mouse.wheel(0, 1500);
  await expect(page.getByRole('link', { name: 'Exit this page', exact: true })).toBeInViewport();
});
