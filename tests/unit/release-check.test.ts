/** A release build needs the site's public address: without it, posters would print a local one. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const check = (siteUrl: string | undefined, repo: string | null = 'norfolk/safer-norfolk') => {
  const env = { ...process.env };
  if (siteUrl === undefined) delete env['SITE_URL'];
  else env['SITE_URL'] = siteUrl;
  if (repo === null) delete env['CMS_GITHUB_REPO'];
  else env['CMS_GITHUB_REPO'] = repo;
  const result = spawnSync(process.execPath, ['scripts/release-check.mjs'], { env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('npm run build:release', () => {
  it.each([
    [undefined, /SITE_URL is not set/],
    ['http://localhost:4321', /is not an https:\/\/ address/],
    ['https://localhost:4321', /is a local address/],
  ])('refuses to run with SITE_URL=%s', (siteUrl, reason) => {
    const { status, output } = check(siteUrl);
    expect(status).toBe(1);
    expect(output).toMatch(/Release build refused/);
    expect(output).toMatch(reason);
  });

  it("refuses to run without the web editor's repository", () => {
    const { status, output } = check('https://www.safernorfolk.example', null);
    expect(status).toBe(1);
    expect(output).toMatch(/CMS_GITHUB_REPO is not set/);
  });

  it('runs with the live address', () => {
    expect(check('https://www.safernorfolk.example').status).toBe(0);
  });
});
