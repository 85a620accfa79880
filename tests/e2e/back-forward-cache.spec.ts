/**
 * Back after "Exit this page" must not bring back any sensitive page, even from the back/forward
 * cache, which restores a page exactly as it was left. Playwright turns that cache off by default
 * (--disable-back-forward-cache), so these tests launch a browser of their own with it on, and
 * first show that it really restores pages, so a pass is not for want of a cache.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';

const neutralSite = /^https:\/\/www\.bbc\.co\.uk\/weather/;
const sensitiveCampaign = '/campaigns/domestic-abuse/';
const sensitiveService = '/services/national-domestic-abuse-helpline/';

let browser: Browser;

test.beforeAll(async ({ playwright, launchOptions }) => {
  browser = await playwright.chromium.launch({ ...launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
});

test.afterAll(async () => {
  await browser?.close();
});

/** A context whose pages record whether their last showing came from the back/forward cache. */
async function openContext(baseURL: string | undefined): Promise<BrowserContext> {
  const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
  await context.addInitScript(() => {
    addEventListener('pageshow', (event) => {
      document.documentElement.dataset.testRestored = String(event.persisted);
    });
  });
  return context;
}

/** The tests never leave the machine: the neutral site is answered locally. */
async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.route(neutralSite, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  return page;
}

const restoredFromCache = (page: Page) => page.evaluate(() => document.documentElement.dataset.testRestored === 'true');

/** Whether the page shown, once it is there, is one the layout marked sensitive. */
async function isSensitive(page: Page): Promise<boolean> {
  await expect(page.locator('main')).toBeVisible();
  return page.evaluate(() => document.documentElement.hasAttribute('data-sensitive'));
}

test('this browser restores pages from the back/forward cache', async ({ baseURL }) => {
  const context = await openContext(baseURL);
  const page = await newPage(context);
  await page.goto('/');
  await page.locator('a[href="/campaigns/"]:visible').first().click();
  await expect(page).toHaveURL(/\/campaigns\/$/);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect.poll(() => restoredFromCache(page)).toBe(true);
  await context.close();
});

test('sensitive pages are sent with Cache-Control: no-store, others are not', async ({ request }) => {
  for (const sensitive of [sensitiveCampaign, sensitiveService]) {
    expect((await request.get(sensitive)).headers()['cache-control'], sensitive).toBe('no-store');
  }
  for (const neutral of ['/', '/campaigns/', '/campaigns/fraud-and-scams/']) {
    expect((await request.get(neutral)).headers()['cache-control'], neutral).not.toContain('no-store');
  }
});

test('after moving between sensitive pages and exiting, Back shows no sensitive page', async ({ baseURL }) => {
  const context = await openContext(baseURL);
  const page = await newPage(context);
  await page.goto('/');
  const response = await page.goto(sensitiveCampaign);
  expect(response?.headers()['cache-control']).toBe('no-store');

  await page.locator(`main a[href="${sensitiveService}"]:visible`).first().click();
  await expect(page).toHaveURL(new RegExp(`${sensitiveService}$`));
  expect(await isSensitive(page)).toBe(true);

  await page.locator('#exit-this-page').click();
  await expect(page).toHaveURL(neutralSite);

  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  expect(await isSensitive(page)).toBe(false);
  // Nothing further back either: the entry before the home page is the tab's blank start.
  await page.goBack({ waitUntil: 'commit' });
  expect(page.url()).toBe('about:blank');
  await context.close();
});

test('leaving a sensitive page for an ordinary one also leaves it out of Back', async ({ baseURL }) => {
  const context = await openContext(baseURL);
  const page = await newPage(context);
  await page.goto('/');
  await page.goto(sensitiveCampaign);
  await page.locator('a[href="/campaigns/"]:visible').first().click();
  await expect(page).toHaveURL(/\/campaigns\/$/);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  expect(await isSensitive(page)).toBe(false);
  await context.close();
});
