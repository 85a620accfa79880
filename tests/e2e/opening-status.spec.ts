/**
 * "Open now" with the browser's clock fixed at moments that matter: inside and outside hours, a
 * weekend, a bank holiday, the hours after both clock changes, and a device set to another time
 * zone. The status is worked out in UK time whatever the device says.
 */
import { expect, test, type Page } from '@playwright/test';

const phone = { width: 390, height: 844 };
/** Norfolk and Suffolk Victim Care: Monday to Friday, 8am to 5pm, hours confirmed, bank holidays not known. */
const weekdayService = '/services/norfolk-suffolk-victim-care/';
/** Samaritans: 24 hours a day. */
const alwaysOpenService = '/services/samaritans/';

test.use({ viewport: phone, isMobile: true, hasTouch: true });

async function statusAt(page: Page, path: string, moment: string): Promise<string> {
  await page.clock.setFixedTime(new Date(moment));
  await page.goto(path);
  const status = page.locator('[data-opening-status]').first();
  await expect(status).toBeVisible();
  return (await status.textContent()) ?? '';
}

const moments: [string, string, string][] = [
  ['a weekday inside hours', '2026-11-27T12:00:00Z', 'Open now, closes at 5pm'],
  ['a weekday after closing', '2026-11-27T17:30:00Z', 'Closed, opens Monday at 8am'],
  ['a weekend', '2026-11-28T10:00:00Z', 'Closed, opens Monday at 8am'],
  ['a bank holiday (Boxing Day substitute)', '2026-12-28T10:00:00Z', 'Today is a bank holiday: it may be closed or have different hours today'],
  // 07:30 GMT on Monday 30 March 2026 is 08:30 in the UK, the first weekday after the clocks go forward.
  ['the week after the spring clock change', '2026-03-30T07:30:00Z', 'Open now, closes at 5pm'],
  // 16:30 GMT on Monday 26 October 2026 is 16:30 in the UK, the first weekday after the clocks go back.
  ['the week after the autumn clock change', '2026-10-26T16:30:00Z', 'Open now, closes at 5pm'],
  ['the hour the clocks go back', '2026-10-25T01:30:00Z', 'Closed, opens tomorrow at 8am'],
];

for (const [name, moment, expected] of moments) {
  test(`status on ${name}`, async ({ page }) => {
    expect(await statusAt(page, weekdayService, moment)).toBe(expected);
  });
}

test.describe('on a device set to New York time', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the status is still worked out in UK time', async ({ page }) => {
    // 16:30 in London is 11:30 in New York: open in the UK, and the device's own clock must not matter.
    expect(await statusAt(page, weekdayService, '2026-11-27T16:30:00Z')).toBe('Open now, closes at 5pm');
    // 18:00 in London, 13:00 in New York: closed in the UK.
    expect(await statusAt(page, weekdayService, '2026-11-27T18:00:00Z')).toBe('Closed, opens Monday at 8am');
  });
});

test('a 24-hour line says so, even on a bank holiday', async ({ page }) => {
  expect(await statusAt(page, alwaysOpenService, '2026-12-25T03:00:00Z')).toBe('Open 24 hours');
});

test('without JavaScript the weekly hours are shown and no status is claimed', async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(weekdayService);
  await expect(page.getByText('Monday to Friday: 8am to 5pm')).toBeVisible();
  await expect(page.locator('[data-opening-status]')).toBeHidden();
  await context.close();
});

test.describe('the "open now" filter', () => {
  test('in the directory, it hides services that are closed and says how many', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T23:00:00Z'));
    await page.goto('/services/');
    const victimCare = page.locator('[data-service-item="norfolk-suffolk-victim-care"]').first();
    const samaritans = page.locator('[data-service-item="samaritans"]').first();
    await expect(victimCare).toBeVisible();

    const filter = page.getByLabel('Show only services open now');
    await filter.check();
    await expect(victimCare).toBeHidden();
    await expect(samaritans).toBeVisible();
    await expect(page.locator('[data-open-now-summary]')).toHaveText(/^\d+ services? that (is|are) closed now (is|are) hidden\. Services without set opening hours are still shown\.$/);
    // A line without set hours (a form, a text number) is never hidden: it may be the only way in.
    await expect(page.locator('[data-service-item="report-fraud"]').first()).toBeVisible();

    await filter.uncheck();
    await expect(victimCare).toBeVisible();
  });

  test('on Get help, it hides the lines that are closed and keeps the rest', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T23:00:00Z'));
    await page.goto('/get-help/crime-happened/');
    const cards = page.locator('section[aria-labelledby="who-can-help"] [data-service-item]');
    const before = await cards.count();
    await page.getByLabel('Show only services open now').check();
    const shown = await cards.evaluateAll((elements) =>
      elements.filter((element) => element.closest('li')?.hidden === false).map((element) => element.getAttribute('data-service-item')),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(before);
    expect(shown).not.toContain('norfolk-suffolk-victim-care');
  });

  test('it is not offered where no service has set hours, so it can never empty a page', async ({ page }) => {
    await page.goto('/get-help/scam/');
    await expect(page.locator('section[aria-labelledby="who-can-help"] [data-service-item]').first()).toBeVisible();
    await expect(page.getByLabel('Show only services open now')).toBeHidden();
  });

  test('without JavaScript the filter is not offered and every service is listed', async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/services/');
    await expect(page.getByLabel('Show only services open now')).toBeHidden();
    await expect(page.locator('[data-service-item="norfolk-suffolk-victim-care"]').first()).toBeVisible();
    await context.close();
  });
});
