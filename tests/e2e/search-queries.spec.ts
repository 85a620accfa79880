/**
 * Search as people talk: every query in search-queries.yaml must find its page in the first three
 * results, in a real browser against the built site. Each group of queries runs in one page visit,
 * typed into the search box one after another, so the whole table stays quick.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';

// js-yaml is the parser Astro reads content with; it ships no types, so it is given the one signature used.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

interface Row {
  query: string;
  expect: string;
}

const table = loadYaml(readFileSync(new URL('search-queries.yaml', import.meta.url), 'utf8')) as Record<string, Row[]>;

test('the table is readable and large enough', () => {
  const rows = Object.values(table).flat();
  expect(rows.length).toBeGreaterThanOrEqual(40);
  for (const row of rows) {
    expect(Object.keys(row).sort(), JSON.stringify(row)).toEqual(['expect', 'query']);
    expect(typeof row.query === 'string' && row.query.trim().length > 0, JSON.stringify(row)).toBe(true);
    expect(row.expect, row.query).toMatch(/^\/([a-z0-9-]+\/)*$/);
  }
  // The page waits for the status to name the query, so a query written twice could be read early.
  const repeated = rows.map((row) => row.query.trim().toLowerCase()).filter((query, at, all) => all.indexOf(query) !== at);
  expect(repeated, 'queries written twice').toEqual([]);
});

const quoted = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Searches from the box on the page and returns the addresses of the first three results. */
async function topThree(page: Page, query: string): Promise<string[]> {
  const box = page.getByLabel('Search Safer Norfolk');
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText(new RegExp(`(results? for|No results for) “${quoted(query.trim())}”`));
  return page.locator('[data-search-results] h3 a').evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
}

for (const [group, rows] of Object.entries(table)) {
  test(`${group}: each query finds its page in the top three`, async ({ page }) => {
    test.setTimeout(30_000 + rows.length * 2_000);
    await page.goto('/search/');
    const failures: string[] = [];
    for (const row of rows) {
      const top = await topThree(page, row.query);
      if (!top.includes(row.expect)) failures.push(`"${row.query}" should find ${row.expect}; the top three were ${top.join(', ') || 'nothing'}`);
    }
    test.info().annotations.push({ type: 'passed', description: `${rows.length - failures.length} of ${rows.length}` });
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
