/**
 * A teacher on a phone prints a lesson: the plan and the pupil sheets are listed with their sizes,
 * and a pupil sheet downloads as a PDF.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const phone = { width: 390, height: 844 };
const lesson = '/schools/resources/county-lines-who-can-you-trust-ks3/';

test.use({ viewport: phone, isMobile: true, hasTouch: true });

test('the lesson lists its plan and pupil sheets, and a pupil sheet downloads as a PDF', async ({ page }) => {
  await page.goto(lesson);
  const section = page.getByRole('region', { name: 'Print this lesson' });
  await expect(section).toBeVisible();
  const links = section.getByRole('link', { name: /\(PDF, \d+ KB\)$/u });
  await expect(links).toHaveText([
    /^Lesson plan \(PDF, \d+ KB\)$/u,
    /^Pupil sheet 1: Kai’s story cards \(PDF, \d+ KB\)$/u,
    /^Pupil sheet 2: Who can I trust\? statements \(PDF, \d+ KB\)$/u,
  ]);
  await expect(section).toContainText('Large print, to copy for pupils.');

  const sheet = section.getByRole('link', { name: /^Pupil sheet 1: Kai’s story cards/u });
  await sheet.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), sheet.click()]);
  expect(download.suggestedFilename()).toBe('pupil-sheet-1-kais-story-cards.pdf');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain('/StructTreeRoot');
});

test('each size shown is the size of the file it links to', async ({ page, request }) => {
  await page.goto(lesson);
  const links = page.getByRole('region', { name: 'Print this lesson' }).getByRole('link', { name: /\(PDF, \d+ KB\)$/u });
  const count = await links.count();
  expect(count).toBe(3);
  for (let index = 0; index < count; index += 1) {
    const link = links.nth(index);
    const [, shown] = /\(PDF, (\d+) KB\)$/u.exec((await link.textContent())!.trim())!;
    const response = await request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const body = await response.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(shown)).toBe(Math.max(1, Math.round(body.length / 1024)));
  }
});

test('a pupil sheet links to where the lesson uses it, and the lesson marks it as a hand-out', async ({ page }) => {
  await page.goto(lesson);
  await page.getByRole('region', { name: 'Print this lesson' }).getByRole('link', { name: 'Where it is used' }).first().click();
  const heading = page.getByRole('heading', { name: /^Hand-out: Kai[’']s story cards$/u });
  await expect(heading).toBeInViewport();
  await expect(page).toHaveURL(/#hand-out-kais-story-cards$/u);
});

test('staff guidance offers only its own plan, named as guidance', async ({ page }) => {
  await page.goto('/schools/resources/county-lines-staff-guidance/');
  const links = page.getByRole('region', { name: 'Print this guidance' }).getByRole('link');
  await expect(links).toHaveText([/^Staff guidance \(PDF, \d+ KB\)$/u]);
  await expect(links.first()).toHaveAttribute('href', '/schools/resources/county-lines-staff-guidance/staff-guidance.pdf');
});
