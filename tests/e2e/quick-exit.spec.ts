/**
 * "Exit this page" on every kind of page, on a phone first: a tap, Shift three times, keyboard
 * only, and without JavaScript. After an exit the page is hidden at once and Back does not return
 * to it. The neutral site is answered locally: the tests never leave the machine.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const phone = { width: 390, height: 844 };
const neutralSite = /^https:\/\/www\.bbc\.co\.uk\/weather/;
/** Where each visit starts, so that Back has somewhere to go that is not the page under test. */
const startPage = '/privacy/';

/** One of each kind of page; the exit is the same component on all of them. */
const samples = [
  { kind: 'home', path: '/' },
  { kind: 'get help', path: '/get-help/' },
  { kind: 'search with a query', path: '/search/?q=scam' },
  { kind: 'topic', path: '/topics/domestic-abuse/' },
  { kind: 'schools hub', path: '/schools/' },
  { kind: 'services directory', path: '/services/' },
  { kind: 'staying-safe guide', path: '/staying-safe-online/' },
  { kind: 'campaign', path: '/campaigns/fraud-and-scams/' },
  { kind: 'sensitive campaign', path: '/campaigns/domestic-abuse/' },
];

test.use({ viewport: phone, isMobile: true, hasTouch: true });

/** Anything not on the test server is refused; the neutral site gets a blank local page. */
async function keepItLocal(context: BrowserContext) {
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  await context.route(neutralSite, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

async function openFromStart(page: Page, path: string) {
  await keepItLocal(page.context());
  await page.goto(startPage);
  await page.goto(path);
}

const exitLink = (page: Page) => page.getByRole('link', { name: 'Exit this page', exact: true });
const exitStatus = (page: Page) => page.locator('[data-quick-exit-status]');

async function expectBackSkipsThePage(page: Page) {
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${startPage}$`));
}

for (const { kind, path } of samples) {
  test.describe(`${kind} (${path})`, () => {
    test('the bar is one short row at the top, and a tap exits for good', async ({ page }) => {
      await openFromStart(page, path);
      const bar = await page.locator('[data-quick-exit-bar]').boundingBox();
      expect(bar!.y).toBe(0);
      expect(bar!.height).toBeLessThanOrEqual(56);
      const button = await exitLink(page).boundingBox();
      expect(button!.x + button!.width).toBeGreaterThan(phone.width - 40);

      await exitLink(page).tap();
      await expect(page).toHaveURL(neutralSite);
      await expectBackSkipsThePage(page);
    });

    test('Shift three times exits, saying how many presses are left', async ({ page }) => {
      await openFromStart(page, path);
      const indicator = page.locator('[data-quick-exit-indicator]');
      await expect(indicator).toBeHidden();
      await page.keyboard.press('Shift');
      await expect(exitStatus(page)).toHaveText('Shift, press 2 more times to exit.');
      await expect(indicator).toBeVisible();
      await expect(indicator).toHaveText('Shift, press 2 more times to exit.');
      await page.keyboard.press('Shift');
      await expect(exitStatus(page)).toHaveText('Shift, press 1 more time to exit.');
      await page.keyboard.press('Shift');
      await expect(page).toHaveURL(neutralSite);
      await expectBackSkipsThePage(page);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('Exit this page is a plain link to BBC Weather', async ({ page }) => {
        await openFromStart(page, path);
        await exitLink(page).click();
        await expect(page).toHaveURL(neutralSite);
        await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
      });
    });
  });
}

test('the page is hidden at once when exiting, before the next site arrives', async ({ page }) => {
  for (const path of ['/', '/campaigns/domestic-abuse/']) {
    await openFromStart(page, path);
    // Click and look in the same moment, before the browser can start loading the next site.
    const hidden = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('#exit-this-page')!.click();
      return { visibility: getComputedStyle(document.body).visibility, title: document.title };
    });
    expect(hidden).toEqual({ visibility: 'hidden', title: 'Loading' });
    await expect(page).toHaveURL(neutralSite);
  }
});

test('the count runs out after five seconds, and says so', async ({ page }) => {
  await page.clock.install();
  await openFromStart(page, '/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(exitStatus(page)).toHaveText('Shift, press 1 more time to exit.');
  await page.clock.runFor(5001);
  await expect(exitStatus(page)).toHaveText('Exit this page expired.');
  await expect(page.locator('[data-quick-exit-indicator]')).toBeHidden();
  await page.keyboard.press('Shift');
  await expect(exitStatus(page)).toHaveText('Shift, press 2 more times to exit.');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('another key between Shift presses starts the count again', async ({ page }) => {
  await openFromStart(page, '/campaigns/domestic-abuse/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await expect(exitStatus(page)).toHaveText('');
  await page.keyboard.press('Shift');
  await expect(exitStatus(page)).toHaveText('Shift, press 2 more times to exit.');
  await expect(page).toHaveURL(/\/campaigns\/domestic-abuse\/$/);
});

test('typing capital letters with Shift never exits', async ({ page }) => {
  await openFromStart(page, '/search/');
  await page.getByLabel('Search Safer Norfolk').focus();
  for (const letter of ['A', 'S', 'B']) {
    await page.keyboard.down('Shift');
    await page.keyboard.press(letter);
    await page.keyboard.up('Shift');
  }
  await expect(page.getByLabel('Search Safer Norfolk')).toHaveValue('ASB');
  await expect(page).toHaveURL(/\/search\/$/);
});

test('keyboard only: the second skip link reaches the button, and Enter exits', async ({ page }) => {
  await openFromStart(page, '/campaigns/domestic-abuse/');
  const skip = page.getByRole('link', { name: 'Skip to the Exit this page button' });
  // It comes straight after "Skip to main content".
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(exitLink(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(neutralSite);
  await expectBackSkipsThePage(page);
});

test('jumps within the page add nothing for Back to return to after an exit', async ({ page }) => {
  await openFromStart(page, '/campaigns/domestic-abuse/');
  await page.locator('a[href="#signs"]').click();
  await expect(page).toHaveURL(/#signs$/);
  await page.locator('a[href="#support"]').click();
  await expect(page).toHaveURL(/#support$/);
  await exitLink(page).tap();
  await expect(page).toHaveURL(neutralSite);
  await expectBackSkipsThePage(page);
});

test('a search keeps its words out of the address and adds nothing to Back', async ({ page }) => {
  await openFromStart(page, '/search/?q=domestic+abuse&topic=Domestic+abuse');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByLabel('Search Safer Norfolk')).toHaveValue('domestic abuse');
  const entries = await page.evaluate(() => history.length);

  await page.getByLabel('Search Safer Norfolk').fill('refuge');
  await page.getByLabel('Search Safer Norfolk').press('Enter');
  await expect(page.getByRole('status')).toHaveText(/for “refuge”/);
  await expect(page).toHaveURL(/\/search\/$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await exitLink(page).tap();
  await expect(page).toHaveURL(neutralSite);
  await expectBackSkipsThePage(page);
});

test('the bar stays in view on a long page and covers nothing at the top', async ({ page }) => {
  await page.goto('/campaigns/domestic-abuse/');
  const bar = await page.locator('[data-quick-exit-bar]').boundingBox();
  const emergency = await page.getByText('In an emergency, call 999.').boundingBox();
  expect(bar!.y + bar!.height).toBeLessThanOrEqual(emergency!.y);
  await page.evaluate(() => window.scrollTo(0, 1500));
  await expect(exitLink(page)).toBeInViewport();
});
