/** axe-core, WCAG 2.2 A and AA, on every page in the sitemap and on the 404 page. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-urls';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const paths = [...sitemapPaths(), '/this-page-does-not-exist/'];

test('the sitemap lists the whole site', () => {
  expect(paths.length).toBeGreaterThan(50);
});

for (const path of paths) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const summary = results.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}
