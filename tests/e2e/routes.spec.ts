/** Every kind of page renders real entries from the content collections. */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const count = (folder: string, pattern: RegExp) => readdirSync(folder, { recursive: true }).filter((name) => pattern.test(String(name))).length;

test('the campaign index lists every campaign, those running now first', async ({ page }) => {
  await page.goto('/campaigns/');
  const cards = page.locator('main article');
  await expect(cards).toHaveCount(count('content/campaigns', /index\.mdx$/));
  await expect(page.getByRole('heading', { name: 'Running now' })).toBeVisible();
});

test('the services directory reaches every service: the start of each group, and the rest on the group\'s own pages', async ({ page }) => {
  await page.goto('/services/');
  await expect(page.getByRole('heading', { name: 'I want to report something' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'I need support with...' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="report"] article').first()).toContainText('Emergency');
  const servicesOn = (links: Element[]) => links.map((link) => link.getAttribute('href')!).filter((href) => /^\/services\/(?!groups\/)[^/]+\/$/.test(href));
  const linked = new Set(await page.locator('main article a[href^="/services/"]').evaluateAll(servicesOn));
  const groupPages = await page.getByRole('link', { name: /^See all \d+ / }).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(groupPages.length).toBeGreaterThan(0);
  for (const groupPage of groupPages) {
    expect(groupPage).toMatch(/^\/services\/groups\/[a-z-]+\/$/);
    await page.goto(groupPage);
    // Every page of the group, following Next to the end.
    for (;;) {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const href of await page.locator('main article a[href^="/services/"]').evaluateAll(servicesOn)) linked.add(href);
      const next = page.getByRole('link', { name: 'Next page' });
      if ((await next.count()) === 0) break;
      await next.click();
    }
  }
  expect(linked.size).toBe(count('content/services', /\.yaml$/));
  expect(linked.size).toBeGreaterThanOrEqual(25);
});

test('every district has a page', async ({ page }) => {
  await page.goto('/districts/');
  const districtLinks = await page.locator('main a[href^="/districts/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(districtLinks.filter((href) => href !== '/districts/' && !href?.includes('#'))).size).toBe(7);
});

test('each audience hub shows what is tagged for it', async ({ page }) => {
  const hubs: [string, string][] = [
    ['/residents/', 'For residents'],
    ['/schools/', 'For schools'],
    ['/professionals/', 'For professionals'],
  ];
  for (const [path, title] of hubs) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(await page.locator('main a[href^="/campaigns/"]').count()).toBeGreaterThan(0);
  }
});

test('news has an index and an RSS feed listing each story', async ({ page, request }) => {
  await page.goto('/news/');
  const stories = await page.locator('main h2 a').count();
  expect(stories).toBeGreaterThan(0);
  const feed = await request.get('/news/rss.xml');
  expect(feed.ok()).toBe(true);
  const xml = await feed.text();
  expect(xml).toContain('<rss');
  expect(xml.match(/<item>/g)).toHaveLength(stories);
});

test('the plan page renders the four themes and nine outcomes from data', async ({ page }) => {
  await page.goto('/about/plan/');
  await expect(page.locator('section[aria-labelledby="themes-heading"] li')).toHaveCount(4);
  await expect(page.locator('section[aria-labelledby="outcomes-heading"] h3')).toHaveCount(9);
});

test('the standing pages exist', async ({ page }) => {
  for (const path of ['/accessibility/', '/privacy/', '/staying-safe-online/', '/about/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
});

test('every campaign has a partner toolkit with posts measured for each platform', async ({ page }) => {
  for (const campaign of readdirSync('content/campaigns')) {
    await page.goto(`/campaigns/${campaign}/`);
    await page.getByRole('link', { name: 'Get the partner toolkit' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('partner toolkit');
    await expect(page.getByRole('heading', { name: 'Post 1' })).toBeVisible();
    await expect(page.getByText(/Length: X \d+ of 280, Bluesky \d+ of 300, Threads \d+ of 500 characters\./).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Hashtags' })).toBeVisible();
  }
});
