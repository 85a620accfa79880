/**
 * Child processes the command-line scripts share: finding a program, and taking turns with other
 * builds on a shared machine through a lock file (flock), held only while one run lasts.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The first executable called `name` on PATH. */
export function findExecutable(name: string): string | undefined {
  for (const folder of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (!folder) continue;
    const candidate = path.join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/**
 * Runs `work` while holding an exclusive lock on `lockFile` (via flock), so builds on a shared
 * machine take turns. The lock is held by a flock process that lets go when its input closes, so each
 * build can take and release it without the wait counting in its time.
 */
export async function withLock<T>(lockFile: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!lockFile) return work();
  const holder = spawn('flock', [lockFile, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => holder.once('close', resolve));
  await new Promise<void>((resolve, reject) => {
    holder.stdout.once('data', () => resolve());
    holder.once('error', (error) => reject(new Error(`Could not run flock to lock ${lockFile}: ${error.message}`)));
    // Only reached before the flock process says "locked" when flock itself failed.
    void exited.then((code) => reject(new Error(`Could not lock ${lockFile} (flock exited with ${String(code)})`)));
  });
  try {
    return await work();
  } finally {
    holder.stdin.end();
    await exited;
  }
}
