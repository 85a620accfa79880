/**
 * MDX that could act as code stops the real build, before any page is written. Each case builds
 * the real content plus one file from tests/fixtures/bad-content/<case>/, as bad-content.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workspace = mkdtempSync(path.join(tmpdir(), 'safer-norfolk-mdx-guard-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Builds with one fixture added; returns the exit code, everything printed and the output folder. */
function buildWith(fixture: string): { status: number | null; output: string; dist: string } {
  const caseDir = path.join(workspace, fixture);
  const content = path.join(caseDir, 'content');
  cpSync(path.join(root, 'content'), content, { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/bad-content', fixture), content, { recursive: true });
  const dist = path.join(caseDir, 'dist');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      SAFER_NORFOLK_CONTENT_DIR: content,
      SAFER_NORFOLK_CACHE_DIR: path.join(caseDir, 'cache'),
      SAFER_NORFOLK_OUT_DIR: dist,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}

/** Every index.html under a folder that may not exist. */
function pagesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => path.join(dir, file));
}

/** The fixture, the file it adds, and the line it must report with its message. */
const cases: [string, string, string][] = [
  [
    'mdx-meta-refresh',
    'news/redirect.mdx',
    'line 11: <meta> is not allowed in content. Use plain Markdown; see "Writing content" in the README.',
  ],
  [
    'mdx-env-expression',
    'pages/leak.mdx',
    `line 9: {process.env.HOME} is code and is not allowed in content. Only plain text in quotes may sit between braces, such as {'{'} to write a brace; see "Writing content" in the README.`,
  ],
];

describe('MDX that could act as code stops the build', () => {
  it.each(cases)('%s: names %s, the line and what to do', (fixture, file, problem) => {
    const { status, output, dist } = buildWith(fixture);
    expect(status, output).not.toBe(0);
    expect(output).toContain(`content/${file}, ${problem}`);
    const pages = pagesIn(dist);
    expect(pages.filter((page) => /http-equiv="refresh"/.test(readFileSync(page, 'utf8')))).toEqual([]);
    expect(pages, 'the build must stop before it writes any page').toEqual([]);
  });
});
