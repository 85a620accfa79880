/**
 * Help first: on a 390 x 844 phone, a person in crisis sees the right number as a tap-to-call link
 * on the first screen, without scrolling, on every Get help situation and every campaign. The
 * expected links come from the content files, so a new situation or campaign is checked by itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { parseUkPhone, phoneHref, type PhoneKind } from '../../src/lib/phone';

// js-yaml is the parser Astro reads content with; it ships no types, so it is given the one signature used.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

const phone = { width: 390, height: 844 };
test.use({ viewport: phone, isMobile: true, hasTouch: true });

interface ServiceFile {
  title: string;
  phones?: { number: string; kind?: PhoneKind }[];
  onlineForm?: { url: string };
  website?: string;
  email?: string;
}

interface SituationFile {
  id: string;
  order: number;
  question: string;
  routes: { service: string }[];
}

function service(id: string): ServiceFile {
  return loadYaml(readFileSync(`content/services/${id}.yaml`, 'utf8')) as ServiceFile;
}

/** The link a reader should be offered first for a service: its first number, else form, website, email. */
function expectedHref(id: string): string {
  const { phones = [], onlineForm, website, email } = service(id);
  const [first] = phones;
  if (first) {
    const parsed = parseUkPhone(first.number);
    if (!parsed.ok) throw new Error(`${id}: ${parsed.reason}`);
    return phoneHref(parsed.phone, first.kind ?? 'call');
  }
  const href = onlineForm?.url ?? website ?? (email ? `mailto:${email}` : undefined);
  if (!href) throw new Error(`${id} has no way to get in touch`);
  return href;
}

const situations = (loadYaml(readFileSync('content/get-help/situations.yaml', 'utf8')) as SituationFile[]).sort(
  (a, b) => a.order - b.order,
);

const campaigns = readdirSync('content/campaigns').map((id) => {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(`content/campaigns/${id}/index.mdx`, 'utf8'))?.[1];
  if (!frontmatter) throw new Error(`content/campaigns/${id}/index.mdx has no frontmatter`);
  return { id, primaryLines: (loadYaml(frontmatter) as { primaryLines: string[] }).primaryLines };
});

/**
 * The page's first links, in the main content, must be the expected ones, each starting inside the
 * first screen as loaded. Nothing may come before them in the main content.
 */
async function expectHelpFirst(page: Page, path: string, serviceIds: readonly string[]) {
  await page.goto(path);
  expect(await page.evaluate(() => window.scrollY), 'the page opens at its top').toBe(0);
  const links = page.getByRole('main').getByRole('link');
  for (const [index, id] of serviceIds.entries()) {
    const link = links.nth(index);
    await expect(link, `${path}: link ${index + 1} is ${id}`).toHaveAttribute('href', expectedHref(id));
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    expect(box, `${path}: ${id} has a box`).not.toBeNull();
    expect(box!.y, `${path}: ${id} starts on the first screen`).toBeLessThan(phone.height);
    // Large enough to hit with a thumb, and as wide as the content.
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThan(300);
  }
  // The first one is whole on the first screen, not cut by its bottom edge.
  const first = (await links.first().boundingBox())!;
  expect(first.y + first.height, `${path}: the first link is whole on the first screen`).toBeLessThanOrEqual(phone.height);
}

test.describe('each situation on Get help', () => {
  for (const situation of situations) {
    test(`${situation.id}: the first two ways to get help are on the first screen, numbers as tap-to-call links`, async ({ page }) => {
      await expectHelpFirst(page, `/get-help/${situation.id}/`, situation.routes.slice(0, 2).map((route) => route.service));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(situation.question);
    });
  }
});

test.describe('each campaign', () => {
  for (const campaign of campaigns) {
    test(`${campaign.id}: its primary lines are on the first screen, numbers as tap-to-call links`, async ({ page }) => {
      await expectHelpFirst(page, `/campaigns/${campaign.id}/`, campaign.primaryLines);
      await expect(page.getByRole('heading', { name: 'Get help now' })).toBeVisible();
    });
  }
});

test('Get help is a short list: the danger box on the first screen, six situations within two', async ({ page }) => {
  await page.goto('/get-help/');
  const danger = page.getByRole('heading', { name: 'If someone is in danger now' });
  await expect(danger).toBeVisible();
  expect((await danger.boundingBox())!.y).toBeLessThan(phone.height);
  await expect(page.getByRole('main').getByRole('link', { name: '999', exact: true })).toHaveAttribute('href', 'tel:999');
  for (const situation of situations.slice(0, 6)) {
    const link = page.getByRole('link', { name: situation.question, exact: true });
    await expect(link).toHaveAttribute('href', `/get-help/${situation.id}/`);
    const box = (await link.boundingBox())!;
    expect(box.y + box.height, `${situation.id} is within two screens`).toBeLessThanOrEqual(2 * phone.height);
  }
  // One link per situation, not every route of every situation on one long page.
  expect(await page.locator('main a[href^="tel:"]').count()).toBe(1);
});

test('a person in danger who cannot speak or hear finds the Silent Solution and emergencySMS', async ({ page }) => {
  await page.goto('/get-help/in-danger/');
  const firstScreen = page.locator('[data-help-now]');
  await expect(firstScreen).toContainText('Silent Solution');
  await expect(firstScreen.getByRole('link', { name: '999', exact: true }).last()).toHaveAttribute('href', 'sms:999');
  await expect(firstScreen).toContainText('emergencySMS');
  const card = page.locator('article', { has: page.getByRole('link', { name: 'Emergency services (999)' }) });
  await expect(card).toContainText('Silent Solution');
  await expect(card).toContainText('Text 999');
});

test('every way in is shown: Relay UK as 18001 then the number', async ({ page }) => {
  await page.goto('/get-help/crime-happened/');
  const card = page.locator('article', { has: page.getByRole('link', { name: 'Norfolk Police non-emergency (101)' }) });
  await expect(card).toContainText('Relay UK: 18001 then 101');
  await expect(card.getByRole('link', { name: '18001 then 101' })).toHaveAttribute('href', 'tel:18001101');
});
