// `astro build`, all or nothing. Astro empties and rewrites its output folder in place, so a build
// that fails or is stopped halfway leaves a site with missing or half-written pages that a deploy
// could publish. This builds into a sibling folder and swaps it in only when the build succeeds;
// otherwise the previous output stays exactly as it was and the command exits non-zero.
// Usage: node scripts/build.mjs [astro build options]
// SAFER_NORFOLK_OUT_DIR, when set, is the final destination (default dist/).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
// Resolved against the project root, as Astro resolves outDir.
const finalDir = path.resolve(projectRoot, process.env.SAFER_NORFOLK_OUT_DIR ?? 'dist');
const parent = path.dirname(finalDir);
const name = path.basename(finalDir);
// Siblings, so the renames below stay on one file system and each is a single atomic step.
const nextDir = path.join(parent, `${name}.next-${process.pid}`);
const oldDir = path.join(parent, `${name}.old-${process.pid}`);
const shownDir = finalDir.startsWith(projectRoot) ? path.relative(projectRoot, finalDir) : finalDir;

/** True while a process with this id exists (a build still running into its own folder). */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

// A wrapper killed with SIGKILL cannot clean up after itself; remove what such a build left,
// but never the folder of a build that is still running.
for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
  const match = entry.match(/^(.*)\.(?:next|old)-(\d+)$/);
  if (match?.[1] === name && !isRunning(Number(match[2]))) rmSync(path.join(parent, entry), { recursive: true, force: true });
}

const removeNext = () => rmSync(nextDir, { recursive: true, force: true });

const child = spawn(
  process.execPath,
  [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)],
  {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, SAFER_NORFOLK_OUT_DIR: nextDir, ASTRO_TELEMETRY_DISABLED: '1' },
    // A process group of its own, so a stop reaches everything the build started (such as the
    // search indexer's binary) and nothing writes into the folder after it is removed.
    detached: true,
  },
);

let stoppedBy;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The build has already exited; its exit handler below cleans up.
    }
  });
}

child.on('error', (error) => {
  console.error(`Could not start the build: ${error.message}`);
  removeNext();
  process.exit(1);
});

child.on('exit', (code, signal) => {
  const stop = stoppedBy ?? signal;
  if (code !== 0 || stop || !existsSync(path.join(nextDir, 'index.html'))) {
    removeNext();
    const reason = stop ? `stopped by ${stop}` : code === 0 ? 'wrote no index.html' : `failed (exit code ${code})`;
    console.error(`Build ${reason}: ${shownDir} is unchanged.`);
    process.exit(stop ? 128 + (constants.signals[stop] ?? 15) : code || 1);
  }
  swapIntoPlace();
});

/** The new output replaces the old; the old is only removed once the new is in place. */
function swapIntoPlace() {
  // The swap takes milliseconds; finishing it beats leaving no output folder at all.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(signal).on(signal, () => {});
  const hadOld = existsSync(finalDir);
  try {
    if (hadOld) renameSync(finalDir, oldDir);
    renameSync(nextDir, finalDir);
  } catch (error) {
    if (hadOld && !existsSync(finalDir) && existsSync(oldDir)) renameSync(oldDir, finalDir);
    removeNext();
    console.error(`Could not move the new build into place (${error.message}); the previous output is unchanged.`);
    process.exit(1);
  }
  rmSync(oldDir, { recursive: true, force: true });
  process.exit(0);
}
