/**
 * The pages in other languages, as a reader on a 390 x 844 phone meets them: the right language
 * for screen readers and search, the review notice in both languages while no translator has
 * checked the page, 999 on the first screen, a switcher that reaches every version and back, and
 * nothing fetched from another site. The expected words come from the content files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';

const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

interface TranslationFile {
  language: string;
  title: { text: string };
  reviewNotice: string;
  review?: unknown;
  sections: { call?: { service: string; label: { text: string } } }[];
}

const folder = 'content/translations';
const pages = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => loadYaml(readFileSync(`${folder}/${name}`, 'utf8')) as TranslationFile);
const englishPath = '/help-in-your-language/';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('there is a page for each language file, and at least one', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const page of pages) {
  const path = `/${page.language}/`;

  test.describe(`${path}`, () => {
    test('says its language, and shows the review notice in both languages until it is reviewed', async ({ page: tab }) => {
      await tab.goto(path);
      await expect(tab.locator('html')).toHaveAttribute('lang', page.language);
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText(page.title.text);
      const notice = tab.locator('[data-translation-review-notice]');
      if (page.review) {
        await expect(notice).toHaveCount(0);
      } else {
        await expect(notice.locator(`[lang="${page.language}"]`)).toHaveText(page.reviewNotice);
        await expect(notice.locator('[lang="en-GB"]')).toContainText('Not yet checked by a qualified translator');
        const box = await notice.boundingBox();
        expect(box, 'the notice is near the top, on the first screen').not.toBeNull();
        expect(box!.y).toBeLessThan(844);
      }
    });

    test('has its 999 button on the first screen', async ({ page: tab }) => {
      await tab.goto(path);
      const label = page.sections.find((section) => section.call?.service === 'emergency-999')?.call?.label.text;
      expect(label, 'the page has a section that calls 999').toBeTruthy();
      const button = tab.locator('main a[href="tel:999"]', { hasText: label! });
      await expect(button).toBeVisible();
      const box = await button.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    });

    test('links to every version from the switcher, and back to English', async ({ page: tab }) => {
      await tab.goto(path);
      const switcher = tab.getByRole('navigation', { name: 'Languages' });
      await expect(switcher.locator('[aria-current="true"]')).toHaveAttribute('lang', page.language);
      for (const other of pages.filter((candidate) => candidate.language !== page.language)) {
        await expect(switcher.locator(`a[hreflang="${other.language}"]`)).toHaveAttribute('href', `/${other.language}/`);
      }
      await switcher.getByRole('link', { name: 'English' }).click();
      await expect(tab).toHaveURL(new RegExp(`${englishPath}$`));
      await expect(tab.locator('html')).toHaveAttribute('lang', 'en-GB');
      await expect(tab.getByRole('navigation', { name: 'Languages' }).locator(`a[hreflang="${page.language}"]`)).toHaveAttribute('href', path);
    });

    test('asks for nothing from another site', async ({ page: tab, baseURL }) => {
      const elsewhere: string[] = [];
      tab.on('request', (request) => {
        if (!request.url().startsWith(baseURL!)) elsewhere.push(request.url());
      });
      await tab.goto(path, { waitUntil: 'networkidle' });
      expect(elsewhere).toEqual([]);
    });
  });
}

test('the English page lists every language page and calls 999 on the first screen', async ({ page: tab }) => {
  await tab.goto(englishPath);
  const list = tab.locator('[data-language-list]');
  for (const page of pages) {
    await expect(list.locator(`a[href="/${page.language}/"]`)).toHaveAttribute('lang', page.language);
  }
  const call = tab.locator('[data-help-now] a[href="tel:999"]').first();
  const box = await call.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  await expect(tab.locator('[data-language-choice]')).toContainText('2021 Census');
});
