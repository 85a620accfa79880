/**
 * The Content Security Policy is enforced, not only sent. (Every page's own check that it loads
 * nothing from other origins, sets no cookie and breaks no rule of the policy is in every-page.spec.ts.)
 */
import { expect, test } from '@playwright/test';

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
