/**
 * Build benchmark: generates synthetic content at several sizes, builds each size cold and then
 * warm, and writes the results to docs/benchmarks.md and docs/benchmarks.svg.
 *
 *   node --experimental-strip-types scripts/bench.ts [--sizes 100,1000,5000] [--runs 1] [--lock FILE] [--keep]
 *
 * --sizes  the page counts to build (default 100,1000,5000)
 * --runs   how many times to build each size cold and warm; the report takes the median (default 1)
 * --lock   take an exclusive lock on FILE (flock) around each build, for machines where other
 *          builds run too; the wait for the lock is not timed
 * --keep   keep the copy of the project, the generated content, build output and logs (their
 *          folder is printed)
 *
 * Each size is also built by the floor (scripts/bench/floor-project.ts): plain Astro and MDX over the
 * same content, one page per entry. Its builds alternate with the site's (floor cold, site cold,
 * floor warm, site warm), so a machine that slows down part way slows both, and the ratio holds.
 *
 * Every build runs in a copy of the project taken when the benchmark starts, with its own caches
 * and output. A long run therefore measures one version of the code even while someone edits the
 * project, and the project's dist/, caches and generated types are left as they were.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findGnuTime, siteSize, timedBuild } from './bench/measure.ts';
import { chartSvg, describeMachine, markdownSection, markdownTable, medianOf, pagesPerSecond, type Measurement, type Site } from './bench/report.ts';
import { countsFor, writeSyntheticContent } from './bench/synthetic-content.ts';
import { writeFloorProject } from './bench/floor-project.ts';
import { updateDocument } from './lib/document.ts';
import { withLock } from './lib/processes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '1' },
    lock: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
  console.error(`--sizes takes whole page counts separated by commas, e.g. 100,1000 (got "${values.sizes}")`);
  process.exit(2);
}

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of at least 1 (got "${values.runs}")`);
  process.exit(2);
}

const gnuTime = findGnuTime();
const workspace = mkdtempSync(path.join(tmpdir(), 'safer-norfolk-bench-'));
const command = `node --experimental-strip-types scripts/bench.ts --sizes ${sizes.join(',')} --runs ${runs}`;

/** What a build never reads: output, caches, reports and history. */
const notCopied = new Set(['node_modules', 'dist', '.git', '.astro', 'docs', 'test-results', 'playwright-report', 'screenshots']);
/** Caches inside node_modules, which each copy keeps for itself. */
const ownCaches = new Set(['.cache', '.astro', '.vite']);

/**
 * Copies the project into the workspace. Installed packages are linked, not copied, except the
 * caches in node_modules, so the copy's social card cache is its own to empty and keep.
 */
function copyProject(): string {
  const copy = path.join(workspace, 'project');
  mkdirSync(path.join(copy, 'node_modules'), { recursive: true });
  for (const name of readdirSync(root)) {
    if (!notCopied.has(name)) cpSync(path.join(root, name), path.join(copy, name), { recursive: true });
  }
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (!ownCaches.has(name)) symlinkSync(path.join(root, 'node_modules', name), path.join(copy, 'node_modules', name));
  }
  return copy;
}

const project = copyProject();
const realContent = path.join(project, 'content');
/** Where the build keeps what it has drawn (cards, posters, printables, kits), emptied for a cold build. */
const drawingCaches = path.join(project, 'node_modules/.cache');

console.log(gnuTime ? 'Peak memory from GNU time.' : 'GNU time not found: peak memory is sampled from /proc.');
if (values.keep) console.log(`Working in ${workspace}`);

/** A build of `content` into `folder`, with an Astro cache and output of its own. */
const buildFolders = (folder: string, content: string) => {
  const cache = path.join(folder, 'astro-cache');
  const outDir = path.join(folder, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    SAFER_NORFOLK_CONTENT_DIR: content,
    SAFER_NORFOLK_CACHE_DIR: cache,
    SAFER_NORFOLK_OUT_DIR: outDir,
  };
  return { cache, outDir, env };
};

/**
 * How many pages the real content builds, and how many each campaign makes, so the generated
 * content can make up the rest. Routes such as filter pages and campaign toolkits come and go as
 * the site changes; counting the output of one build stays right whatever they are.
 */
async function countRealPages(): Promise<{ pages: number; pagesPerCampaign: number }> {
  const folder = path.join(workspace, 'real-content');
  mkdirSync(folder, { recursive: true });
  const { outDir, env } = buildFolders(folder, realContent);
  const build = await withLock(values.lock, () =>
    timedBuild({ root: project, env, logFile: path.join(folder, 'build.log'), gnuTime }),
  );
  if (build.status !== 0) {
    console.error(build.log.split('\n').slice(-40).join('\n'));
    throw new Error(`The build of the real content failed (exit ${String(build.status)})`);
  }
  const pages = siteSize(outDir).htmlPages;
  const campaignCount = readdirSync(path.join(realContent, 'campaigns'), { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  ).length;
  // Everything under /campaigns/ but the list itself belongs to one campaign or another.
  const campaignPages = siteSize(path.join(outDir, 'campaigns')).htmlPages - 1;
  rmSync(folder, { recursive: true, force: true });
  return { pages, pagesPerCampaign: campaignCount > 0 ? campaignPages / campaignCount : 1 };
}

const measurements: Measurement[] = [];
let realPages = 0;
try {
  const real = await countRealPages();
  realPages = real.pages;
  console.log(`The real content builds ${realPages} pages, ${real.pagesPerCampaign.toFixed(1)} for each campaign.`);
  for (const target of sizes) {
    const folder = path.join(workspace, `pages-${target}`);
    const content = path.join(folder, 'content');
    mkdirSync(folder, { recursive: true });
    const counts = countsFor(target - realPages, real.pagesPerCampaign);
    writeSyntheticContent(realContent, content, counts);
    console.log(
      target <= realPages
        ? `\n${target} pages: the real content alone has ${realPages}, so nothing is added.`
        : `\n${target} pages: added ${counts.campaigns} campaigns, ${counts.services} services, ` +
            `${counts.resources} resources and ${counts.news} news items to the real content.`,
    );
    const floor = path.join(folder, 'floor');
    writeFloorProject(floor, content, path.join(root, 'node_modules'));
    const builds = { ours: { root: project, ...buildFolders(folder, content) }, floor: { root: floor, ...buildFolders(floor, content) } };
    const results: Measurement[] = [];
    for (let attempt = 1; attempt <= runs; attempt += 1) {
      for (const run of ['cold', 'warm'] as const) {
        for (const site of ['floor', 'ours'] as const satisfies readonly Site[]) {
          const subject = builds[site];
          const logFile = path.join(folder, `${site}-${run}-${attempt}.log`);
          const build = await withLock(values.lock, async () => {
            if (run === 'cold') {
              const caches = site === 'ours' ? [subject.cache, drawingCaches, subject.outDir] : [subject.cache, subject.outDir];
              for (const dir of caches) rmSync(dir, { recursive: true, force: true });
            }
            return timedBuild({ root: subject.root, env: subject.env, logFile, gnuTime });
          });
          if (build.status !== 0) {
            console.error(build.log.split('\n').slice(-40).join('\n'));
            throw new Error(`The ${site} ${run} build of ${target} pages failed (exit ${String(build.status)})`);
          }
          const { log: _log, ...kept } = build;
          const measurement: Measurement = { target, run, site, build: kept, size: siteSize(subject.outDir) };
          results.push(measurement);
          console.log(
            `  ${site} ${run} ${attempt}/${runs}: ${measurement.size.htmlPages} pages in ${build.wallSeconds.toFixed(1)} s ` +
              `(${pagesPerSecond(measurement).toFixed(1)} pages/s; pages phase ${build.phases.pages?.toFixed(2) ?? '?'} s), ` +
              `peak ${build.peakMiB?.toFixed(0) ?? '?'} MiB`,
          );
        }
      }
    }
    for (const site of ['ours', 'floor'] as const) {
      for (const run of ['cold', 'warm'] as const) {
        measurements.push(medianOf(results.filter((m) => m.site === site && m.run === run)));
      }
    }
    if (!values.keep) rmSync(folder, { recursive: true, force: true });
  }
} finally {
  if (!values.keep) rmSync(workspace, { recursive: true, force: true });
}

const machine = describeMachine(root);
const docs = path.join(root, 'docs');
mkdirSync(docs, { recursive: true });
updateDocument(path.join(docs, 'benchmarks.md'), {
  script: 'scripts/bench.ts',
  title: 'Build benchmark',
  intro: 'How long the site takes to build as it grows, and what that costs in memory, disk and search downloads.',
  body: markdownSection(measurements, machine, command, realPages),
});
writeFileSync(path.join(docs, 'benchmarks.svg'), chartSvg(measurements, machine));
console.log(`\n${markdownTable(measurements)}\n\nWritten to docs/benchmarks.md and docs/benchmarks.svg.`);
