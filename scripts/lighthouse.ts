/**
 * Lighthouse scores for a few key pages of the built site, with mobile settings (Lighthouse's
 * default: a mid-range phone on a slow 4G connection, simulated). Serves dist/ with the same
 * headers a host sends (scripts/serve-dist.mjs), runs each page, and writes the four category
 * scores and every audit that cost points to docs/lighthouse.md.
 *
 *   npm run build
 *   node --experimental-strip-types scripts/lighthouse.ts [--runs 3] [--port 4330] [--lock FILE] [--paths /,/search/]
 *
 * --runs   runs per page; the run with the median performance score is reported (default 3)
 * --lock   take an exclusive lock on FILE (flock) around each run, for machines where builds run too
 *
 * The browser is CHROME_PATH or CHROMIUM_PATH when set, otherwise the first Chromium or Chrome on PATH.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { updateDocument } from './lib/document.ts';
import { findExecutable, withLock } from './lib/processes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const categories = [
  { id: 'performance', label: 'Performance' },
  { id: 'accessibility', label: 'Accessibility' },
  { id: 'best-practices', label: 'Best practices' },
  { id: 'seo', label: 'SEO' },
] as const;
const defaultPaths = ['/', '/campaigns/domestic-abuse/', '/search/'];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4330' },
    lock: { type: 'string' },
    paths: { type: 'string', default: defaultPaths.join(',') },
  },
});
const runs = Number(values.runs);
const port = Number(values.port);
const pagePaths = values.paths.split(',').map((item) => item.trim());
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(port)) {
  console.error('--runs and --port take whole numbers');
  process.exit(2);
}
const distDir = path.resolve(root, process.env['DIST_DIR'] ?? 'dist');
if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`No built site in ${path.relative(root, distDir) || '.'}: run npm run build first.`);
  process.exit(1);
}

const chromePath =
  process.env['CHROME_PATH'] ??
  process.env['CHROMIUM_PATH'] ??
  ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(findExecutable).find(Boolean);

/** Starts the static server and resolves once it is listening. */
async function serve(): Promise<() => void> {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve-dist.mjs'), String(port)], {
    cwd: root,
    env: { ...process.env, DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`The static server stopped (exit ${String(code)}); is port ${port} free?`)));
  });
  return () => server.kill();
}

interface PageResult {
  path: string;
  /** Each run's performance score, 0 to 100, in the order they ran. */
  performanceRuns: number[];
  /** The run with the median performance score. */
  report: Result;
}

/** Audits that cost a category points: weighted, scored, and short of full marks. */
function lostPoints(report: Result): { category: string; title: string; score: number; detail: string }[] {
  return categories.flatMap(({ id, label }) => {
    const category = report.categories[id];
    if (!category) return [];
    return category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit): audit is NonNullable<typeof audit> => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => ({
        category: label,
        title: audit.title,
        score: Math.round((audit.score ?? 0) * 100),
        detail: audit.displayValue ?? '',
      }));
  });
}

const score = (report: Result, id: string) => {
  const value = report.categories[id]?.score;
  return value === null || value === undefined ? undefined : Math.round(value * 100);
};

const stopServer = await serve();
const chrome = await launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  logLevel: 'error',
});
const results: PageResult[] = [];
try {
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories.map(({ id }) => id),
  };
  for (const pagePath of pagePaths) {
    const url = new URL(pagePath, `http://127.0.0.1:${port}`).href;
    const reports: Result[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const outcome = await withLock(values.lock, () => lighthouse(url, flags));
      if (!outcome) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (outcome.lhr.runtimeError) throw new Error(`${url}: ${outcome.lhr.runtimeError.message}`);
      reports.push(outcome.lhr);
      console.log(`${pagePath} run ${run}: ${categories.map(({ id, label }) => `${label} ${score(outcome.lhr, id) ?? '?'}`).join(', ')}`);
    }
    const byPerformance = [...reports].sort((a, b) => (score(a, 'performance') ?? 0) - (score(b, 'performance') ?? 0));
    results.push({
      path: pagePath,
      performanceRuns: reports.map((report) => score(report, 'performance') ?? 0),
      report: byPerformance[Math.floor((byPerformance.length - 1) / 2)]!,
    });
  }
} finally {
  chrome.kill();
  stopServer();
}

const first = results[0]?.report;
const table = [
  `| page | ${categories.map(({ label }) => label).join(' | ')} | performance in each run |`,
  `| --- | ${categories.map(() => '---:').join(' | ')} | --- |`,
  ...results.map(
    (result) =>
      `| \`${result.path}\` | ${categories.map(({ id }) => score(result.report, id) ?? '–').join(' | ')} | ${result.performanceRuns.join(', ')} |`,
  ),
].join('\n');
const lost = results.flatMap((result) => lostPoints(result.report).map((item) => ({ ...item, path: result.path })));
const lostList =
  lost.length === 0
    ? 'None: every weighted audit scored full marks on every page.'
    : lost
        .map((item) => `- \`${item.path}\`, ${item.category}: ${item.title} (audit score ${item.score}${item.detail ? `, ${item.detail}` : ''})`)
        .join('\n');
const browser = first?.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium';
const body = `## Scores

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with Lighthouse ${first?.lighthouseVersion ?? '?'} in
${browser}, with mobile settings (Lighthouse's default: an emulated mid-range phone, simulated slow
4G and a processor four times slower), against \`dist/\` served by \`scripts/serve-dist.mjs\` with the
site's security headers. Each page ran ${runs === 1 ? 'once' : `${runs} times`}; the table shows the run with the median
performance score.

${table}

### Audits short of full marks

A category's score is the weighted mean of its audits, rounded, so an audit a little short of full
marks can still leave its category at 100.

${lostList}

To reproduce:

\`\`\`sh
npm run build
node --experimental-strip-types scripts/lighthouse.ts${runs === 3 ? '' : ` --runs ${runs}`}
\`\`\`
`;
mkdirSync(path.join(root, 'docs'), { recursive: true });
updateDocument(path.join(root, 'docs/lighthouse.md'), {
  script: 'scripts/lighthouse.ts',
  title: 'Lighthouse',
  intro: 'Lighthouse scores for the home page, a campaign and the search page. All 100 is the aim.',
  body,
});
console.log(`\n${table}\n\n${lostList}\n\nWritten to docs/lighthouse.md.`);
