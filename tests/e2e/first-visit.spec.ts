/**
 * What a first visit to the home page costs on a phone, measured in a real browser: every response
 * the page asks for, fonts included, at the size a host sends it (gzip for text, fonts and images
 * as they are). The fonts a page needs are decided by the browser (unicode-range), so only a browser
 * can say which ones an English page really downloads.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const kB = 1024;
const budget = 25 * kB;
const alreadyCompressed = /\.(woff2?|png|jpe?g|webp|avif)$/;

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test(`a first visit to the home page downloads at most ${budget / kB} kB`, async ({ page }) => {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const { pathname } = new URL(response.url());
    sizes.set(pathname, alreadyCompressed.test(pathname) ? body.length : gzipSync(body).length);
  });
  await page.goto('/', { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // Responses still being read when the load event fired.
  await expect.poll(() => [...sizes.keys()].some((file) => file.endsWith('.woff2'))).toBe(true);
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const list = [...sizes].map(([file, size]) => `${file} ${(size / kB).toFixed(1)} kB`).join('\n');
  console.log(`Home page first visit: ${(total / kB).toFixed(1)} kB in ${sizes.size} files\n${list}`);
  expect([...sizes.keys()].filter((file) => file.endsWith('.woff2')).every((file) => file.includes('-core-')), list).toBe(true);
  expect(total, list).toBeLessThanOrEqual(budget);
});
