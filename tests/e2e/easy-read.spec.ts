/**
 * Easy Read pages on a 390 x 844 phone: the title, the first point with its picture, a way to get
 * help now on the first screen, large type, and the way back to the full page. What is expected
 * comes from the content files, so a new Easy Read page is checked by itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/paths';
import { parseUkPhone, phoneHref, type PhoneKind } from '../../src/lib/phone';

// js-yaml is the parser Astro reads content with; it ships no types, so it is given the one signature used.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

const phone = { width: 390, height: 844 };
test.use({ viewport: phone, isMobile: true, hasTouch: true });

interface EasyReadFile {
  situation: string;
  title: string;
  services: string[];
  sections: { heading: string; points: { text: string; picture: string; alt: string }[] }[];
}

interface ServiceFile {
  phones?: { number: string; kind?: PhoneKind }[];
  onlineForm?: { url: string };
  website?: string;
}

/** The link a reader should be offered first for a service: its first number, else its form or website. */
function expectedHref(id: string): string {
  const { phones = [], onlineForm, website } = loadYaml(readFileSync(`content/services/${id}.yaml`, 'utf8')) as ServiceFile;
  const [first] = phones;
  if (first) {
    const parsed = parseUkPhone(first.number);
    if (!parsed.ok) throw new Error(`${id}: ${parsed.reason}`);
    return phoneHref(parsed.phone, first.kind ?? 'call');
  }
  const href = onlineForm?.url ?? website;
  if (!href) throw new Error(`${id} has no number, form or website`);
  return href;
}

const questions = new Map(
  (loadYaml(readFileSync('content/get-help/situations.yaml', 'utf8')) as { id: string; question: string }[]).map(
    (situation) => [situation.id, situation.question],
  ),
);

const pages = readdirSync('content/easy-read')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => loadYaml(readFileSync(`content/easy-read/${name}`, 'utf8')) as EasyReadFile);

test('there is an Easy Read page for each of the five most used situations', () => {
  expect(pages.map((page) => page.situation).sort()).toEqual(['anti-social-behaviour', 'domestic-abuse', 'hate', 'in-danger', 'scam']);
});

for (const page of pages) {
  const address = paths.easyRead(page.situation);

  test(`${address}: title, first point with its picture, help on the first screen`, async ({ page: tab }) => {
    await tab.goto(address);
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(page.title);
    await expect(tab).toHaveTitle(new RegExp(`^${page.title}: Easy Read - `));

    // The first way to get help is the first service's first contact, and it starts on the first screen.
    const help = tab.locator('[data-help-link]').first();
    await expect(help).toHaveAttribute('href', expectedHref(page.services[0]!));
    const box = await help.boundingBox();
    expect(box, 'the first help button is laid out').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);

    // The first point: its words, beside its picture, whose alt text is the one in the content file.
    const [firstSection] = page.sections;
    const firstPoint = firstSection!.points[0]!;
    await expect(tab.getByRole('heading', { level: 2, name: firstSection!.heading })).toBeVisible();
    const row = tab.getByRole('listitem').filter({ hasText: firstPoint.text }).first();
    await row.scrollIntoViewIfNeeded();
    const picture = row.getByRole('img', { name: firstPoint.alt });
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('src', `/easy-read/${firstPoint.picture}.svg`);
    expect(await picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    // The picture is on the left of the words, as the Easy Read guidance asks.
    const words = row.getByText(firstPoint.text, { exact: true });
    expect((await picture.boundingBox())!.x).toBeLessThan((await words.boundingBox())!.x);
    // Large type: at least 21px for every point.
    const size = await words.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(21);
  });

  test(`${address}: every picture has words, and each point is on the page`, async ({ page: tab }) => {
    await tab.goto(address);
    const alts = await tab.locator('main img').evaluateAll((images) => images.map((image) => image.getAttribute('alt') ?? ''));
    const points = page.sections.flatMap((section) => section.points);
    expect(alts).toHaveLength(points.length);
    expect(alts.filter((alt) => alt.trim() === '')).toEqual([]);
    for (const point of points) await expect(tab.getByText(point.text, { exact: true })).toHaveCount(1);
  });

  test(`${address}: links back to the full version, which is as sensitive as this page`, async ({ page: tab }) => {
    await tab.goto(address);
    const sensitive = await tab.locator('html').getAttribute('data-sensitive');
    await tab.getByRole('link', { name: 'Read the full version of this page' }).first().click();
    await expect(tab).toHaveURL(new RegExp(`${paths.situation(page.situation)}$`));
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(questions.get(page.situation)!);
    expect(await tab.locator('html').getAttribute('data-sensitive')).toBe(sensitive);
  });
}
