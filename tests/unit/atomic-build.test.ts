/**
 * `npm run build` is all or nothing: a build that fails, or is stopped halfway, leaves the previous
 * output exactly as it was and no half-written folder beside it; only a build that succeeds
 * replaces it. Two full builds, one stopped build and one that fails early on broken content.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workspace = mkdtempSync(path.join(tmpdir(), 'safer-norfolk-atomic-build-'));
// The output's own parent, so anything the wrapper leaves beside the output is easy to see.
const outParent = path.join(workspace, 'out');
const outDir = path.join(outParent, 'dist');
const marker = path.join(outDir, 'previous-build.txt');
mkdirSync(outParent);
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

interface Build {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
  stop: (signal: NodeJS.Signals) => void;
  finished: () => boolean;
}

/** Starts `node scripts/build.mjs` (what `npm run build` runs) into the test's own folders. */
function startBuild(contentDir?: string): Build {
  const child = spawn(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      SAFER_NORFOLK_OUT_DIR: outDir,
      SAFER_NORFOLK_CACHE_DIR: path.join(workspace, 'cache'),
      ...(contentDir ? { SAFER_NORFOLK_CONTENT_DIR: contentDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let finished = false;
  child.on('exit', () => (finished = true));
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output }))),
    stop: (signal) => child.kill(signal),
    finished: () => finished,
  };
}

/** Everything in the output's parent other than the output itself: leftovers of a build. */
const leftovers = () => readdirSync(outParent).filter((entry) => entry !== 'dist');

/** What must survive a build that does not succeed: the marker and the home page, untouched. */
function snapshot() {
  const home = path.join(outDir, 'index.html');
  return {
    marker: readFileSync(marker, 'utf8'),
    markerModified: statSync(marker).mtimeMs,
    home: readFileSync(home, 'utf8'),
    homeModified: statSync(home).mtimeMs,
    entries: readdirSync(outDir).sort(),
  };
}

/** Each case runs a whole build; the machine may be small and busy. */
const buildTimeout = 300_000;

describe('atomic build', () => {
  let before: ReturnType<typeof snapshot>;

  it('a successful build puts the whole site in place', async () => {
    const { code, output } = await startBuild().exited;
    expect(code, output).toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, '_headers'))).toBe(true);
    expect(leftovers()).toEqual([]);
    // A file no build writes: it survives only if the folder is never replaced.
    writeFileSync(marker, `built before ${new Date().toISOString()}`);
    before = snapshot();
  }, buildTimeout);

  it('a build that fails on broken content leaves the previous output untouched', async () => {
    const content = path.join(workspace, 'content');
    cpSync(path.join(root, 'content'), content, { recursive: true });
    writeFileSync(path.join(content, 'services/broken-yaml.yaml'), 'name: "Unclosed quote\nphones: [\n');
    const { code, output } = await startBuild(content).exited;
    expect(code, output).not.toBe(0);
    expect(output).toContain('broken-yaml.yaml');
    expect(snapshot()).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, buildTimeout);

  it('a build stopped with SIGTERM halfway removes its folder and leaves the previous output untouched', async () => {
    const build = startBuild();
    // Stop it once it has begun writing its own output, so there is a half-written folder to clean up.
    const deadline = Date.now() + 120_000;
    let sawFolder = false;
    while (!build.finished() && Date.now() < deadline) {
      if (leftovers().length > 0) {
        sawFolder = true;
        break;
      }
      await sleep(100);
    }
    build.stop('SIGTERM');
    const { code, output } = await build.exited;
    expect(sawFolder, output).toBe(true);
    expect(code, output).toBe(143);
    expect(output).toContain('stopped by SIGTERM');
    expect(snapshot()).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, buildTimeout);

  it('the next successful build replaces the previous output as a whole', async () => {
    const { code, output } = await startBuild().exited;
    expect(code, output).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(leftovers()).toEqual([]);
  }, buildTimeout);
});
