/**
 * "Find help where you live" on /districts/, on a phone: a town, a typo, an unknown place, a
 * postcode, a postcode over two councils, the keyboard alone, and the page without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const finder = (page: Page) => page.locator('#find-your-district');
const field = (page: Page) => page.getByLabel('Your town or village');
const button = (page: Page) => page.getByRole('button', { name: 'Find your council' });

async function search(page: Page, text: string) {
  await field(page).fill(text);
  await button(page).click();
}

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/districts/#find-your-district');
  });

  test('the finder is in the first phone screen', async ({ page }) => {
    await page.goto('/districts/');
    const box = await field(page).boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    const buttonBox = await button(page).boundingBox();
    expect(buttonBox!.height).toBeGreaterThanOrEqual(44);
  });

  test('a town known only from a guide is answered with a link to its district page, with the 101 help first', async ({ page }) => {
    // Wymondham's council is sourced to an encyclopaedia, so the finder shows the answer before acting on it.
    await search(page, 'Wymondham');
    await expect(page).toHaveURL(/\/districts\/(#find-your-district)?$/);
    await page.locator('[data-place-result]').getByRole('link', { name: 'the South Norfolk page' }).click();
    await expect(page).toHaveURL(/\/districts\/south-norfolk\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('South Norfolk');
    const call101 = page.locator('a[href="tel:101"]').first();
    const box = await call101.boundingBox();
    expect(box!.y).toBeLessThan(844);
    await expect(page.getByRole('heading', { name: 'Towns and villages in South Norfolk' })).toBeAttached();
  });

  test('a name typed another way still works', async ({ page }) => {
    await search(page, 'kings lynn');
    await expect(page).toHaveURL(/\/districts\/kings-lynn-and-west-norfolk\/$/);
  });

  test('a typo offers the likely place and its council', async ({ page }) => {
    await search(page, 'Wymondam');
    const result = finder(page).getByRole('status');
    await expect(result).toContainText('We could not find “Wymondam”. Did you mean:');
    await result.getByRole('link', { name: 'Wymondham, South Norfolk' }).click();
    await expect(page).toHaveURL(/\/districts\/south-norfolk\/$/);
  });

  test('an unknown place says so and points to the list', async ({ page }) => {
    await search(page, 'Atlantis');
    const result = finder(page).getByRole('status');
    await expect(result).toContainText('We could not find “Atlantis”.');
    await result.getByRole('link', { name: 'list of places by district' }).click();
    await expect(page).toHaveURL(/#places-by-district$/);
    await expect(page.getByRole('heading', { name: 'Towns and villages by district' })).toBeInViewport();
  });

  test('a postcode with no confirmed coverage is answered honestly', async ({ page }) => {
    await search(page, 'nr18 1ab');
    const result = finder(page).getByRole('status');
    await expect(result).toContainText('We cannot look up the postcode NR18 yet.');
    await expect(result.getByRole('link', { name: 'list of places by district' })).toBeVisible();
  });

  test('a postcode over two councils offers both, and each link works', async ({ page }) => {
    // The real list has no postcode districts yet, so this checks the answer with a one-row list.
    await page.route('**/districts/places.json', (route) =>
      route.fulfill({
        json: {
          districts: {
            broadland: { label: 'Broadland', href: '/districts/broadland/' },
            'south-norfolk': { label: 'South Norfolk', href: '/districts/south-norfolk/' },
          },
          places: [['xx9', 'XX9', 'postcode', [], ['broadland', 'south-norfolk'], true]],
        },
      }),
    );
    await search(page, 'XX9 1AA');
    const result = finder(page).getByRole('status');
    await expect(result).toContainText('XX9 is covered by two councils: Broadland and South Norfolk.');
    for (const [name, path] of [
      ['Broadland', '/districts/broadland/'],
      ['South Norfolk', '/districts/south-norfolk/'],
    ] as const) {
      const href = await result.getByRole('link', { name, exact: true }).getAttribute('href');
      expect(href).toBe(path);
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
    }
    await result.getByRole('link', { name: 'South Norfolk', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('South Norfolk');
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/districts/');
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      if (await field(page).evaluate((input) => input === document.activeElement)) break;
    }
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('Thetford');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/districts\/breckland\/$/);
  });

  test('no request leaves the site while the finder is used', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
    });
    await page.goto('/districts/');
    await search(page, 'Wymondam');
    await expect(finder(page).getByRole('status')).toContainText('Did you mean');
    await search(page, 'Thetford');
    await expect(page).toHaveURL(/\/districts\/breckland\/$/);
    expect(foreign).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the button leads to the list, and the list leads to the district', async ({ page }) => {
    await page.goto('/districts/');
    await search(page, 'Wymondham');
    await expect(page).toHaveURL(/#places-by-district$/);
    const southNorfolk = page.locator('#places-by-district section').filter({ has: page.getByRole('heading', { name: 'South Norfolk' }) });
    await expect(southNorfolk).toContainText('Wymondham');
    await southNorfolk.getByRole('link', { name: 'South Norfolk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('South Norfolk');
  });
});
