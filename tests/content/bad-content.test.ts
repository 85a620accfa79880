/**
 * Broken content must stop the build with a message that names the file and the field. Each case
 * takes the real content plus one broken file from tests/fixtures/bad-content/<case>/. Problems
 * found while reading content stop `astro sync`, which reads content and nothing else, so those
 * cases run it instead of a whole build; problems found while pages are made need `astro build`.
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

type Stage = 'sync' | 'build';

/** Reads or builds the site with one fixture added; returns the exit code and everything printed. */
function runWith(fixture: string, stage: Stage): { status: number | null; output: string } {
  const caseDir = path.join(workspace, fixture);
  const content = path.join(caseDir, 'content');
  cpSync(path.join(root, 'content'), content, { recursive: true });
  cpSync(path.join(fixtures, fixture), content, { recursive: true });
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), stage], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      SAFER_NORFOLK_CONTENT_DIR: content,
      SAFER_NORFOLK_CACHE_DIR: path.join(caseDir, 'cache'),
      SAFER_NORFOLK_OUT_DIR: path.join(caseDir, 'dist'),
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The fixture, the file it adds, what the error must say, and the stage that finds it. */
const cases: [string, string, RegExp, Stage][] = [
  ['missing-title', 'campaigns/untitled/index.mdx', /title[^\n]*Required|title[^\n]*expected string/i, 'sync'],
  ['unknown-audience', 'news/parents-evening.mdx', /audiences[^\n]*unknown audience "parents"/, 'sync'],
  ['unknown-topic', 'services/burglary-line.yaml', /topics[^\n]*unknown topic "burglary"/, 'sync'],
  ['malformed-phone', 'services/short-number.yaml', /phones\[0\]\.number" \(line 5\): "0808 2000 24" is not a valid UK phone number/, 'sync'],
  ['impossible-date', 'resources/leap-lesson.mdx', /field "published"[^\n]*2026-02-30 is not a real date/, 'sync'],
  ['impossible-datetime', 'news/moved-date.mdx', /field "published" \(line 4\): 2026-02-30T10:00:00 is not a real date or time/, 'sync'],
  ['unknown-field', 'campaigns/typo/index.mdx', /field "sensitve" \(line 7\): unknown field "sensitve": did you mean "sensitive"\?/, 'sync'],
  ['false-claim', 'services/news-says-so.yaml', /field "sources\[0\]\.confirms" \(line 14\): a secondary source \(news, a directory, another council\) cannot confirm a detail/, 'sync'],
  ['bare-home-form', 'services/home-page-form.yaml', /field "onlineForm\.url" \(line 5\): "https:\/\/www\.example\.org" is a home page/, 'sync'],
  ['case-clash', 'services/Leeway.yaml', /[Ll]eeway\.yaml: its name differs from [^\n]*services\/[Ll]eeway\.yaml only in upper and lower case/, 'sync'],
  ['empty-file', 'services/empty.yaml', /services\/empty\.yaml: the file is empty/, 'sync'],
  ['emergency-number', 'services/not-the-emergency-line.yaml', /phones\[0\]\.number" \(line 5\): 999 is the emergency number: only the emergency services entry may list it/, 'sync'],
  ['premium-rate', 'services/premium-line.yaml', /phones\[0\]\.number" \(line 5\): "0909 123 4567" is a premium-rate number/, 'sync'],
  ['insecure-link', 'services/plain-http.yaml', /field "website" \(line 4\): must be a full web address starting https:\/\//, 'sync'],
  ['unclosed-quote', 'services/unclosed-quote.yaml', /unclosed-quote\.yaml \(line 5\): the file cannot be read: a double quote is opened and never closed/, 'sync'],
  ['missing-service', 'campaigns/dangling-support/index.mdx', /field "support\[1\]": there is no services entry "no-such-helpline"/, 'build'],
  [
    'unconfirmed-crisis-route',
    'campaigns/unchecked-support/index.mdx',
    /field "support\[1\]": "respect-phoneline" has details no primary source confirms \(phones\)/,
    'build',
  ],
  [
    'typed-number',
    'news/new-helpline.mdx',
    /new-helpline\.mdx: the number 0800 123 4567 is typed into the text, but no confirmed service gives it/,
    'build',
  ],
  ['calendar-ends-before-start', 'campaign-calendar.yaml', /campaign-calendar\.yaml, entry "backwards-week", field "to" \(line 5\): must be on or after `from`/, 'sync'],
  ['calendar-unknown-campaign', 'campaign-calendar.yaml', /field "campaign": there is no campaigns entry "burglary"/, 'build'],
  [
    'unreachable-crisis-route',
    'campaigns/no-way-in/index.mdx',
    /field "support\[1\]": "nidas" has no confirmed way to get in touch/,
    'build',
  ],
];

describe('broken content stops the build', () => {
  it.each(cases)('%s: names %s and the field', (fixture, file, fieldMessage, stage) => {
    const { status, output } = runWith(fixture, stage);
    expect(status, output).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(fieldMessage);
  });
});
