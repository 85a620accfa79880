/** What residents, teachers and professionals come to do, clicked through as they would. */
import { expect, test } from '@playwright/test';

test('a resident with a scam text reaches the number to forward it to in two clicks', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Report something/ }).click();
  await page.getByRole('link', { name: 'Someone is scamming me or someone I care about' }).click();
  await expect(page).toHaveURL(/\/get-help\/scam\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Someone is scamming me or someone I care about');
  const main = page.getByRole('main');
  await expect(main.getByRole('link').first()).toHaveAttribute('href', 'tel:159');
  await expect(main.getByRole('link', { name: '159', exact: true })).toHaveAttribute('href', 'tel:159');
  await expect(main.getByRole('link', { name: '7726', exact: true })).toHaveAttribute('href', 'sms:7726');
  await expect(main.getByRole('link', { name: '0300 123 2040', exact: true })).toHaveAttribute('href', 'tel:+443001232040');
  await expect(main).toContainText('Report Fraud was called Action Fraud');
});

test('a resident in Great Yarmouth finds how to report noisy neighbours', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Help where you live/ }).click();
  await page.getByRole('link', { name: 'Great Yarmouth', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Great Yarmouth');
  await expect(page.getByRole('heading', { name: 'Report anti-social behaviour' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Great Yarmouth Borough Council' })).toBeVisible();
  const asb = page.locator('section[aria-labelledby="asb-heading"]');
  await expect(asb).toContainText('Great Yarmouth Borough Council');
  await expect(asb.getByRole('link', { name: /Call 101/ })).toHaveAttribute('href', 'tel:101');
  await expect(page.getByText('Checked on Norfolk Police: anti-social behaviour')).toBeVisible();
});

test('a parent worried about a teenager with new phones and cash finds who to call', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Report something/ }).click();
  await page.getByRole('link', { name: /worried a child or young person is being exploited/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/worried a child or young person/);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: '999', exact: true }).first()).toHaveAttribute('href', 'tel:999');
  await expect(main.getByRole('link', { name: 'Crimestoppers' })).toBeVisible();
  await main.getByRole('link', { name: 'County lines and criminal exploitation' }).click();
  await expect(page.getByRole('heading', { name: 'Spot the signs' })).toBeVisible();
  await expect(page.locator('#signs + ul')).toContainText(/phone/i);
});

test('a campaign page gives signs, report routes with working links, support and sourced facts', async ({ page }) => {
  await page.goto('/campaigns/fraud-and-scams/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fraud and scams');
  await page.getByRole('link', { name: 'Report it' }).click();
  await expect(page).toHaveURL(/#report$/);
  const report = page.locator('section[aria-labelledby="report"]');
  await expect(report.getByRole('link', { name: '999', exact: true }).first()).toHaveAttribute('href', 'tel:999');
  await expect(report.getByRole('listitem').first()).toContainText('Emergency');
  const facts = page.locator('section[aria-labelledby="facts"]');
  await expect(facts).toContainText('Safer Norfolk Plan 2021-24');
  await expect(facts).toContainText(/Figure for .+\. Source: /);
  // Teachers and professionals are sent to their own pages; their sections are not on this one.
  await expect(page.getByRole('heading', { name: /^For (schools|professionals)$/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'For schools: lessons and assemblies' })).toHaveAttribute(
    'href',
    '/schools/topics/fraud-and-scams/',
  );
  await page.getByRole('link', { name: 'For professionals: the 7-minute briefing' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('7-minute briefing');
});

test('unconfirmed details are shown with a plain warning, confirmed ones with where they were checked', async ({ page }) => {
  await page.goto('/services/respect-phoneline/');
  await expect(page.getByText('Check before you call.')).toBeVisible();
  await expect(page.getByText('We are checking the phone numbers.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/verified|service reference/i);
  await page.goto('/services/national-domestic-abuse-helpline/');
  await expect(page.getByText('Check before you call.')).toHaveCount(0);
  await expect(page.getByText('24 hours a day, every day')).toBeVisible();
  await expect(page.locator('section[aria-labelledby="source-heading"]')).toContainText(
    'Checked on a Refuge statement on its helpline on 30 November 2026.',
  );
});

test("Action Fraud's old address leads to Report Fraud", async ({ page }) => {
  await page.goto('/services/action-fraud/');
  await expect(page).toHaveURL(/\/services\/report-fraud\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report Fraud');
  await expect(page.getByText('Report Fraud was called Action Fraud until recently.')).toBeVisible();
});

test('a teacher finds a key stage 3 lesson from the schools hub', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schools' }).click();
  await page.getByRole('link', { name: 'Spotting scam messages' }).click();
  await expect(page.locator('dd', { hasText: 'Key stage 3' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Safeguarding notes for staff' })).toBeVisible();
});

test('a team leader finds a briefing with its owner and review date', async ({ page }) => {
  await page.goto('/professionals/');
  await page.getByRole('link', { name: /Fraud and scams: 7-minute briefing/ }).click();
  await expect(page.getByText('Review by')).toBeVisible();
  await expect(page.getByText('Owner')).toBeVisible();
});
