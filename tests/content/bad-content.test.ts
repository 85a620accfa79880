/**
 * Broken content must stop the build with a message that names the file and the field. Each case
 * builds the real content plus one broken file from tests/fixtures/bad-content/<case>/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'tests/fixtures/bad-content');
const workspace = mkdtempSync(path.join(tmpdir(), 'safer-norfolk-bad-content-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Builds the site with one fixture added; returns the exit code and everything printed. */
function buildWith(fixture: string): { status: number | null; output: string } {
  const caseDir = path.join(workspace, fixture);
  const content = path.join(caseDir, 'content');
  cpSync(path.join(root, 'content'), content, { recursive: true });
  cpSync(path.join(fixtures, fixture), content, { recursive: true });
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      SAFER_NORFOLK_CONTENT_DIR: content,
      SAFER_NORFOLK_CACHE_DIR: path.join(caseDir, 'cache'),
      SAFER_NORFOLK_OUT_DIR: path.join(caseDir, 'dist'),
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The fixture, the file it adds, and what the error must say about the field. */
const cases: [string, string, RegExp][] = [
  ['missing-title', 'campaigns/untitled/index.mdx', /title[^\n]*Required|title[^\n]*expected string/i],
  ['unknown-audience', 'news/parents-evening.mdx', /audiences[^\n]*unknown audience "parents"/],
  ['unknown-topic', 'services/burglary-line.yaml', /topics[^\n]*unknown topic "burglary"/],
  ['malformed-phone', 'services/short-number.yaml', /phones[^\n]*number[^\n]*"0808 2000 24" is not a valid UK phone number/],
  ['impossible-date', 'resources/leap-lesson.mdx', /field "published"[^\n]*2026-02-30 is not a real date/],
  ['missing-service', 'campaigns/dangling-support/index.mdx', /field "support\[1\]": there is no services entry "no-such-helpline"/],
];

describe('broken content stops the build', () => {
  it.each(cases)('%s: names %s and the field', (fixture, file, fieldMessage) => {
    const { status, output } = buildWith(fixture);
    expect(status, output).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(fieldMessage);
  });
});
