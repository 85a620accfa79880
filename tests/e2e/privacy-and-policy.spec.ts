/**
 * Safe to visit: every page loads only from this site, sets no cookie, and breaks no rule of the
 * Content Security Policy that the server sends (from dist/_headers) and the page carries.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-urls';

for (const path of sitemapPaths()) {
  test(`${path}: nothing from other origins, no cookie, no policy violation`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}

test('the policy really is enforced: an injected inline script is blocked', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => violations.push(message.text()));
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  expect(violations.join('\n')).toMatch(/Content Security Policy/);
});
