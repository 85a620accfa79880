/**
 * The web editor at /admin/, as an editor meets it, under its own Content Security Policy. GitHub's
 * hosts answer from stubs here and nothing else may leave the machine. Signing in to GitHub needs
 * GitHub, so the editor is opened in its local-repository mode (the one-person set-up): the folder
 * picker is stood in for by a folder in the browser's private file system holding a copy of
 * content/, which is exactly the kind of folder handle the real picker returns.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const config = JSON.parse(readFileSync('dist/admin/config.yml', 'utf8').replace(/^#.*\n/, '')) as {
  collections: { name: string; label: string }[];
};

/** content/ as path -> text, to put in the browser's private file system. */
const contentFiles = Object.fromEntries(
  readdirSync('content', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = `${entry.parentPath}/${entry.name}`;
      return [file, readFileSync(file, 'utf8')];
    }),
);

/** Runs in the page: the folder picker returns a private folder holding the files, like a checkout. */
function standInFolderPicker(files: Record<string, string>) {
  const folder = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('safer-norfolk', { create: true });
  const fileHandle = async (path: string, create: boolean) => {
    let directory = await folder();
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part, { create });
    return directory.getFileHandle(parts.at(-1)!, { create });
  };
  Object.assign(window, {
    showDirectoryPicker: async () => {
      // The editor checks that the folder is a Git checkout.
      await (await folder()).getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const writable = await (await fileHandle(path, true)).createWritable();
        await writable.write(text);
        await writable.close();
      }
      return folder();
    },
    readSavedFile: async (path: string) => (await (await fileHandle(path, false)).getFile()).text(),
  });
}

/** Watches from the first request: console errors, policy violations and anything leaving the machine. */
async function watch(page: Page, origin: string) {
  const problems: string[] = [];
  const elsewhere: string[] = [];
  const github: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.context().route(
    (url) => url.origin !== origin,
    async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'www.githubstatus.com') {
        github.push(url.href);
        return route.fulfill({ json: { status: { indicator: 'none' } } });
      }
      if (url.hostname.endsWith('github.com') || url.hostname.endsWith('githubusercontent.com')) {
        github.push(url.href);
        return route.fulfill({ status: 401, json: { message: 'Requires authentication' } });
      }
      elsewhere.push(url.href);
      return route.abort();
    },
  );
  await page.addInitScript(standInFolderPicker, contentFiles);
  return { problems, elsewhere, github };
}

async function openLocalRepository(page: Page) {
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the editor loads under its own policy and lists every collection by name', async ({ page, baseURL }) => {
    const watched = await watch(page, new URL(baseURL!).origin);
    const response = await page.goto('/admin/');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("connect-src 'self' data: https://api.github.com");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(response?.headers()['x-robots-tag']).toBe('noindex');
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);

    await expect(page.getByRole('heading', { name: 'Safer Norfolk editor' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Sign In with \W?GitHub\W?$/ })).toBeVisible();
    await openLocalRepository(page);
    for (const { label } of config.collections) await expect(page.getByText(label, { exact: true }).first()).toBeAttached();
    await expect(page.getByText('Campaigns', { exact: true }).first()).toBeVisible();

    expect(watched.problems).toEqual([]);
    expect(watched.elsewhere).toEqual([]);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('an entry of every collection opens with its preview, without breaking the policy', async ({ page, baseURL }) => {
    const watched = await watch(page, new URL(baseURL!).origin);
    await page.goto('/admin/');
    await openLocalRepository(page);
    const entries = [
      'campaigns/entries/fraud-and-scams/index',
      'services/entries/samaritans',
      'districts/entries/norwich',
      'resources/entries/county-lines-who-can-you-trust-ks3',
      'briefings/entries/fraud-and-scams',
      'news/entries/site-launch',
      'pages/entries/about',
      'situations/entries/situations',
      'priorities/entries/priorities',
      'outcomes/entries/outcomes',
      'places/entries/places',
      'easyRead/entries/scam',
      'translations/entries/pl',
      'languageSupport/entries/help-in-your-language',
      'campaignDates/entries/campaignDates',
    ];
    expect(entries.map((entry) => entry.split('/')[0])).toEqual(config.collections.map(({ name }) => name));
    for (const entry of entries) {
      await page.evaluate((hash) => (location.hash = hash), `/collections/${entry}`);
      await expect(page.getByRole('button', { name: 'Save' }), entry).toBeVisible();
      await expect(page.getByText('Preview', { exact: true }).first(), entry).toBeVisible();
      // The preview frame shows the entry's values (styled with the site's own stylesheet).
      await expect(page.frameLocator('iframe.preview').locator('body'), entry).not.toBeEmpty();
    }
    // A reference shows the entry it names: the resource's campaign, by its title.
    await page.evaluate(() => (location.hash = '/collections/resources/entries/county-lines-who-can-you-trust-ks3'));
    await expect(page.getByText('County lines and criminal exploitation').first()).toBeVisible();

    expect(watched.problems).toEqual([]);
    expect(watched.elsewhere).toEqual([]);
  });

  test("refuses what the build refuses, with the build's words, and saves a valid change without losing the rest", async ({ page, baseURL }) => {
    const watched = await watch(page, new URL(baseURL!).origin);
    await page.goto('/admin/');
    await openLocalRepository(page);
    await page.evaluate(() => (location.hash = '/collections/services/entries/national-domestic-abuse-helpline'));
    const file = 'content/services/national-domestic-abuse-helpline.yaml';
    const saved = () => page.evaluate((path) => (window as unknown as { readSavedFile(path: string): Promise<string> }).readSavedFile(path), file);

    const website = page.getByRole('textbox', { name: 'Website' });
    const original = await website.inputValue();
    await website.fill('http://www.nationaldahelpline.org.uk/');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('This must be a full web address starting https://').first()).toBeVisible();
    expect(await saved()).toBe(contentFiles[file]);
    await website.fill(original);

    const summary = page.getByRole('textbox', { name: 'Summary' });
    await summary.fill(`${await summary.inputValue()} Test change.`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(saved).toContain('Test change.');
    const after = await saved();
    // The opening hours (a list the editor shows) survive the save.
    expect(after).toMatch(/^hours:\n\s*- days:/m);
    expect(after).toMatch(/closes: "?24:00"?/);
    for (const line of contentFiles[file]!.split('\n').filter((text) => /^\s*-? ?number: /.test(text))) {
      expect(after).toContain(line.trim().replace(/"/g, ''));
    }
    expect(watched.problems).toEqual([]);
    expect(watched.elsewhere).toEqual([]);
  });
});

test('no public page loads anything from /admin/, and robots.txt keeps crawlers out of it', async ({ request }) => {
  const pages = readdirSync('dist', { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));
  expect(pages.length).toBeGreaterThan(50);
  for (const file of pages) expect(readFileSync(`dist/${file}`, 'utf8'), file).not.toMatch(/(?:href|src)="\/admin\//);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Disallow: \/admin\/$/m);
});
