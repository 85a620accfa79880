import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices, type LaunchOptions } from '@playwright/test';

/**
 * Chromium for the end-to-end tests: Playwright's own browser when it is installed, else a system
 * Chromium (CHROMIUM_PATH, or Debian's /usr/bin/chromium).
 */
function chromiumLaunchOptions(): LaunchOptions {
  const ownBrowser = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  })();
  const executablePath =
    process.env.CHROMIUM_PATH ??
    (ownBrowser && existsSync(ownBrowser) ? undefined : ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync));
  // Chromium refuses its sandbox as root; without the network flags it keeps calling out to a closed network.
  const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [...rootFlags, '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  };
}

const port = Number(process.env.PREVIEW_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : '50%',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: {
    command: `node scripts/serve-dist.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
