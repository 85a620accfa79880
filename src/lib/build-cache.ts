/**
 * A disk cache for files the build draws (social cards, posters): each is stored under a hash of
 * everything that shapes it, so an unchanged file is reused instead of drawn again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { countCached, countDrawn } from './build-phases';

/** JSON with object keys sorted, so equal values always give equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256 = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** The source text of every TypeScript file in a folder: a change to the drawing code redraws all. */
export async function sourcesIn(folder: string): Promise<string[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.ts')).sort();
  return Promise.all(files.map((name) => readFile(path.join(folder, name), 'utf8')));
}

/** The installed versions of some packages, read from the project's node_modules. */
export function versionsOf(root: string, names: readonly string[]): Record<string, string> {
  const require = createRequire(path.join(root, 'package.json'));
  return Object.fromEntries(names.map((name) => [name, (require(`${name}/package.json`) as { version: string }).version]));
}

/**
 * The cached bytes for `key`, or what `make` draws, stored for next time (written whole, then
 * renamed). `phase` names the build step in the build log's tally (src/lib/build-phases.ts).
 */
export async function cachedFile(folder: string, key: string, make: () => Promise<Uint8Array>, phase?: string): Promise<Uint8Array> {
  const file = path.join(folder, key);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) {
    if (phase) countCached(phase);
    return hit;
  }
  const bytes = phase ? await countDrawn(phase, make) : await make();
  await mkdir(folder, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}
