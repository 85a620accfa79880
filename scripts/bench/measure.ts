/**
 * Running one timed build and reading what it made: wall time, peak memory, the phase times the
 * build logs, and the sizes of the built site and its search index.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findExecutable } from '../lib/processes.ts';

/** Times the build logs for each step, in seconds; undefined when the step did not log. */
export interface Phases {
  /** Astro's own total: "N page(s) built in Xs". */
  astro: number | undefined;
  /** Vite bundling the server and client code, all passes added up. */
  bundle: number | undefined;
  /** Rendering every route ("generating static routes"): the pages, and files routes make, such as posters. */
  pages: number | undefined;
  /** The Pagefind index, from the search step's own line. */
  search: number | undefined;
  /** Social card images, when the build has a card step. */
  cards: number | undefined;
  /**
   * Steps that draw while pages render, from their lines in the log (src/lib/build-phases.ts):
   * first file begun to last done, so they overlap the pages phase rather than add to it.
   */
  posters: number | undefined;
  classroom: number | undefined;
  kits: number | undefined;
}

export interface BuildResult {
  wallSeconds: number;
  /**
   * Processor time (user and system) from GNU time. On a machine shared with other work, wall
   * time stretches while the build waits for a core; processor time mostly does not.
   */
  cpuSeconds: number | undefined;
  /** Largest resident set size in MiB, and how it was measured. */
  peakMiB: number | undefined;
  peakMethod: string;
  phases: Phases;
  status: number | null;
  log: string;
}

export interface SiteSize {
  /** The largest HTML page, gzip as a host sends it: pages must stay within 14 kB at any size. */
  largestPage: { page: string; gzipBytes: number } | undefined;
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  /** What a one-word search downloads, gzip, as a host sends it; see `oneWordQueryBytes`. */
  queryBytes: number | undefined;
}

/** GNU time, when it is installed: its -v report gives the peak memory the kernel recorded. */
export function findGnuTime(): string | undefined {
  const time = findExecutable('time');
  if (!time) return undefined;
  const probe = spawnSync(time, ['-v', 'true'], { encoding: 'utf8' });
  return probe.stderr.includes('Maximum resident set size') ? time : undefined;
}

/** The resident memory of a process and all its descendants, in KiB, read from /proc. */
function treeRssKiB(rootPid: number): number {
  const childrenOf = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended between the listing and the read
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // ended already
    }
    pending.push(...(childrenOf.get(pid) ?? []));
  }
  return total;
}

/** A duration as Astro and Vite print it: "324ms", "41.20s" or, past a minute, "3m 41s". */
const duration = String.raw`(\d+m \d+s|[\d.]+(?:ms|s))\b`;
function seconds(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  return text.endsWith('ms') ? Number(text.slice(0, -2)) / 1000 : Number(text.slice(0, -1));
}
// Vite colours its output even with NO_COLOR; the codes would split the patterns below.
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Seconds from a build step's tally line, e.g. "Classroom PDFs: 49 files, 49 drawn over 1.2 s". */
function drawnOver(log: string, step: string): number | undefined {
  const match = new RegExp(String.raw`\] ${step}[^:\n]*:[^\n]*? drawn over ([\d.]+) s`).exec(log);
  return match ? Number(match[1]) : undefined;
}

export function parsePhases(rawLog: string): Phases {
  const log = stripAnsi(rawLog);
  const first = (pattern: string, flags = '') => {
    const match = new RegExp(pattern, flags).exec(log);
    return match?.[1] === undefined ? undefined : seconds(match[1]);
  };
  const bundles = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`, 'g'))];
  return {
    astro: first(String.raw`\d+ page\(s\) built in ${duration}`),
    bundle: bundles.length > 0 ? bundles.reduce((sum, match) => sum + seconds(match[1]!), 0) : undefined,
    pages: first(String.raw`generating static routes[\s\S]*?✓ Completed in ${duration}`),
    search: first(String.raw`Indexed \d+ pages for search in ${duration}`),
    // The card step's own line, e.g. "[safer-norfolk:social-cards] 100 social cards in 4.68s: ...".
    cards: first(String.raw`^.*\[[^\]\n]*card[^\]\n]*\][^\n]*?\bin ${duration}`, 'im'),
    posters: drawnOver(log, 'Posters and hand-outs'),
    classroom: drawnOver(log, 'Classroom PDFs'),
    kits: drawnOver(log, 'Share images for the kits'),
  };
}

/**
 * Runs `astro build` once in `root` with `env`, writing everything it prints to `logFile`. Peak
 * memory comes from GNU time when `gnuTime` is given (the largest single process: Astro's, or the
 * Pagefind indexer it starts), otherwise from sampling the process tree's memory every 100 ms.
 */
export async function timedBuild(options: {
  root: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  gnuTime: string | undefined;
}): Promise<BuildResult> {
  const astro = path.join(options.root, 'node_modules/astro/bin/astro.mjs');
  const [command, args] = options.gnuTime
    ? [options.gnuTime, ['-v', process.execPath, astro, 'build']]
    : [process.execPath, [astro, 'build']];
  const log = createWriteStream(options.logFile);
  const chunks: Buffer[] = [];
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.root, env: { ...options.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      log.write(chunk);
    });
  }
  let sampledPeak = 0;
  const sampler = options.gnuTime
    ? undefined
    : setInterval(() => {
        if (child.pid) sampledPeak = Math.max(sampledPeak, treeRssKiB(child.pid));
      }, 100);
  const [status] = (await once(child, 'close')) as [number | null];
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  log.end();
  const text = Buffer.concat(chunks).toString('utf8');
  const timePeak = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const peakKiB = options.gnuTime ? (timePeak ? Number(timePeak[1]) : undefined) : sampledPeak || undefined;
  const user = /User time \(seconds\): ([\d.]+)/.exec(text);
  const system = /System time \(seconds\): ([\d.]+)/.exec(text);
  return {
    wallSeconds,
    cpuSeconds: options.gnuTime && user && system ? Number(user[1]) + Number(system[1]) : undefined,
    peakMiB: peakKiB === undefined ? undefined : peakKiB / 1024,
    peakMethod: options.gnuTime ? 'GNU time -v, largest single process' : 'process tree sampled from /proc every 100 ms',
    phases: parsePhases(text),
    status,
    log: text,
  };
}

function filesUnder(folder: string): { file: string; bytes: number }[] {
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .map((name) => path.join(folder, name))
    .map((file) => ({ file, info: statSync(file) }))
    .filter(({ info }) => info.isFile())
    .map(({ file, info }) => ({ file, bytes: info.size }));
}

/** Bytes as a host sends them: Pagefind's index files are gzip already; anything else is gzipped. */
const transferSize = (file: string) => {
  const bytes = readFileSync(file);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : gzipSync(bytes).length;
};

/**
 * An upper bound on what a one-word search downloads, worked out from the files rather than a
 * browser: the engine (pagefind.js, gzipped; the English WebAssembly), the index's metadata, the
 * largest index chunk (one word's entries sit in one chunk), and the ten largest result fragments
 * (the search page shows ten results and loads one fragment for each).
 */
export function oneWordQueryBytes(pagefindDir: string): number | undefined {
  const files = filesUnder(pagefindDir);
  const named = (pattern: RegExp) => files.filter(({ file }) => pattern.test(path.relative(pagefindDir, file)));
  const engine = named(/^pagefind\.js$/);
  // English pages are indexed as en-gb (their <html lang>); other languages have indexes of their own.
  const wasm = named(/^wasm\.en(-gb)?\.pagefind$/);
  const meta = named(/^pagefind\.en(-gb)?_.*\.pf_meta$/);
  const chunks = named(/^index[/\\].*\.pf_index$/).sort((a, b) => b.bytes - a.bytes);
  const fragments = named(/^fragment[/\\].*\.pf_fragment$/).sort((a, b) => b.bytes - a.bytes);
  if (engine.length === 0 || wasm.length === 0 || chunks.length === 0) return undefined;
  return [...engine, ...wasm, ...meta, chunks[0]!, ...fragments.slice(0, 10)].reduce(
    (total, { file }) => total + transferSize(file),
    0,
  );
}

export function siteSize(outDir: string): SiteSize {
  const files = filesUnder(outDir);
  const pagefindDir = path.join(outDir, 'pagefind');
  const html = files.filter(({ file }) => file.endsWith('.html'));
  // The web editor's page is a fixed shell for Sveltia CMS that does not grow with the site; the
  // budget test leaves it out too (tests/dist/built-site.ts).
  const editorPage = path.join(outDir, 'admin', 'index.html');
  const largest = html
    .filter(({ file }) => file !== editorPage)
    .map(({ file }) => ({ page: path.relative(outDir, file), gzipBytes: gzipSync(readFileSync(file)).length }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  return {
    htmlPages: html.length,
    largestPage: largest,
    distBytes: files.reduce((total, { bytes }) => total + bytes, 0),
    pagefindBytes: filesUnder(pagefindDir).reduce((total, { bytes }) => total + bytes, 0),
    queryBytes: oneWordQueryBytes(pagefindDir),
  };
}
