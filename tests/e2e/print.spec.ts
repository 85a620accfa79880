/** Printed briefings: a team leader prints one on two sides of A4. */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const briefings = readdirSync('content/briefings').map((file) => file.replace(/\.mdx$/, ''));

test('there is a briefing to print for every campaign', () => {
  expect(briefings.sort()).toEqual(readdirSync('content/campaigns').sort());
});

for (const briefing of briefings) {
  test(`the ${briefing} briefing prints on at most two A4 pages`, async ({ page }) => {
    await page.goto(`/professionals/briefings/${briefing}/`);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
  });
}
