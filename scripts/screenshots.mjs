// Screenshots of built pages at phone and desktop widths, for design review.
// Usage: node scripts/screenshots.mjs [/path/ ...]   (serve the site first: npm start)
// VIEWPORT_ONLY=1 captures the first screen only, instead of the whole page.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const widths = { phone: 375, desktop: 1280 };
const height = Number(process.env.HEIGHT ?? 900);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const path of paths) {
  for (const [name, width] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(new URL(path, base).href);
    const file = `screenshots/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${name}.png`;
    await page.screenshot({ path: file, fullPage: !process.env.VIEWPORT_ONLY });
    console.log(file);
    await page.close();
  }
}
await browser.close();
