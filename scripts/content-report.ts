/**
 * Content report: every content page with its word count, Flesch reading ease and reading age, and a
 * flag on resident-facing pages that read harder than `residentTarget`.
 *
 *   node --experimental-strip-types scripts/content-report.ts [--strict]
 *
 * What is scored:
 * - campaigns for residents: the `summary`, `about`, `signs` and `protect` fields and the
 *   "## For residents" section of the body, as the schools and professionals sections are written
 *   for adults at work;
 * - other campaigns, resources, briefings, news and standing pages: the whole body;
 * - Easy Read pages (`content/easy-read/*.yaml`): the title, headings and points, against the
 *   stricter `easyReadTarget`: one sentence per point, 15 words at most, and a reading age of 9.
 *
 * Resident-facing: campaigns whose `audiences` include residents, news, standing pages and Easy Read.
 * It also lists briefings past their review date.
 * With `--strict` the exit code is 1 when any page is flagged; otherwise it is always 0.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  easyReadMisses,
  easyReadTarget,
  plainText,
  readability,
  residentTarget,
  type ReadabilityScore,
} from '../src/lib/readability.ts';

// js-yaml is the YAML parser Astro itself reads frontmatter with. It ships no type declarations, so
// it is loaded through `require` and given the one signature used here.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = join(root, 'content');

/** The audiences a collection is written for when its files do not say. */
const defaultAudiences: Record<string, readonly string[]> = {
  resources: ['schools'],
  briefings: ['workforce'],
  news: ['residents'],
  pages: ['residents'],
};
/** Collections whose every page is for residents, whatever its `audiences` say. */
const residentCollections = new Set(['news', 'pages']);
/** Frontmatter fields of a campaign that residents read on its page. */
const campaignResidentFields = ['summary', 'about', 'signs', 'protect'] as const;

interface Row {
  path: string;
  audiences: readonly string[];
  scored: 'whole page' | 'resident text' | 'easy read';
  score: ReadabilityScore;
  residentFacing: boolean;
  flagged: boolean;
}

function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { data: {}, body: source };
  const data = loadYaml(match[1] ?? '');
  const isRecord = typeof data === 'object' && data !== null && !Array.isArray(data);
  return { data: isRecord ? (data as Record<string, unknown>) : {}, body: source.slice(match[0].length) };
}

/** The strings in a field that holds a string or a list of strings; anything else gives none. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** The body of the `## For residents` section, without its heading, up to the next `#` or `##` heading. */
function residentsSection(body: string): string | undefined {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((line) => /^##\s+For residents\s*#*\s*$/i.test(line));
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,2}\s/.test(line));
  return (end === -1 ? rest : rest.slice(0, end)).join('\n');
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name))
    .sort();
}

function report(file: string, warnings: string[]): Row {
  const path = relative(root, file).split(sep).join('/');
  const collection = relative(contentDir, file).split(sep)[0] ?? '';
  const source = readFileSync(file, 'utf8');
  let data: Record<string, unknown> = {};
  let body = source;
  try {
    ({ data, body } = splitFrontmatter(source));
  } catch (error) {
    warnings.push(`${path}: frontmatter is not valid YAML, so its fields were skipped (${(error as Error).message.split('\n')[0]}).`);
  }
  const listed = stringsOf(data['audiences']);
  const audiences = listed.length > 0 ? listed : (defaultAudiences[collection] ?? []);
  const residentFacing =
    residentCollections.has(collection) || (collection === 'campaigns' && audiences.includes('residents'));

  let text = plainText(source);
  let scored: Row['scored'] = 'whole page';
  if (collection === 'campaigns') {
    const fields = campaignResidentFields.flatMap((field) => stringsOf(data[field]).map(plainText));
    if (residentFacing) {
      const section = residentsSection(body);
      if (section === undefined) warnings.push(`${path}: no "## For residents" section; scored the fields only.`);
      text = [...fields, plainText(section ?? '')].join('\n');
      scored = 'resident text';
    } else {
      text = [...fields, text].join('\n');
    }
  }

  const score = readability(text);
  if (score.words === 0) warnings.push(`${path}: no words to score.`);
  const flagged = residentFacing && score.words > 0 && score.fleschReadingEase < residentTarget;
  return { path, audiences, scored, score, residentFacing, flagged };
}

interface EasyReadFile {
  title?: unknown;
  sections?: { heading?: unknown; points?: { text?: unknown }[] }[];
}

/**
 * An Easy Read page against its stricter target: each point and heading on its own (one sentence,
 * short, no contractions, digits, no initials), then all its words together for the reading age.
 */
function reportEasyRead(file: string, warnings: string[], misses: string[]): Row {
  const path = relative(root, file).split(sep).join('/');
  let data: EasyReadFile = {};
  try {
    data = (loadYaml(readFileSync(file, 'utf8')) ?? {}) as EasyReadFile;
  } catch (error) {
    warnings.push(`${path}: not valid YAML, so nothing was scored (${(error as Error).message.split('\n')[0]}).`);
  }
  const headings = [data.title, ...(data.sections ?? []).map((section) => section.heading)].flatMap(stringsOf);
  const points = (data.sections ?? []).flatMap((section) => section.points ?? []).flatMap((point) => stringsOf(point.text));
  const found = [
    ...headings.flatMap((text) => easyReadMisses(text, false)),
    ...points.flatMap((text) => easyReadMisses(text)),
  ];
  const score = readability([...headings, ...points].join('\n'));
  if (score.words === 0) warnings.push(`${path}: no words to score.`);
  if (score.readingAge > easyReadTarget.maxReadingAge) {
    found.push(`reading age ${score.readingAge.toFixed(1)}: aim for ${easyReadTarget.maxReadingAge} or lower with shorter, commoner words`);
  }
  misses.push(...found.map((miss) => `${path}: ${miss}`));
  return { path, audiences: ['residents'], scored: 'easy read', score, residentFacing: true, flagged: found.length > 0 };
}

function table(rows: readonly Row[]): string {
  const header = ['Page', 'Audiences', 'Text scored', 'Words', 'Reading ease', 'Reading age', 'Flag'];
  const numeric = [false, false, false, true, true, true, false];
  const oneDecimal = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(1));
  const cells = rows.map((row) => [
    row.path,
    row.audiences.join(', ') || '-',
    row.scored,
    String(row.score.words),
    oneDecimal(row.score.fleschReadingEase),
    oneDecimal(row.score.readingAge),
    row.flagged ? (row.scored === 'easy read' ? 'MISSES EASY READ TARGET' : 'HARDER THAN TARGET') : '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: readonly string[]) =>
    cell
      .map((value, column) => (numeric[column] ? value.padStart(widths[column]!) : value.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

const args = process.argv.slice(2);
const strict = args.includes('--strict');
for (const arg of args.filter((arg) => arg !== '--strict')) console.error(`Ignoring unknown argument: ${arg}`);

/** Briefings whose review date has passed: their pages already show a notice. */
function overdueBriefings(today: Date): string[] {
  return mdxFiles(join(contentDir, 'briefings')).flatMap((file) => {
    const reviewBy = splitFrontmatter(readFileSync(file, 'utf8')).data['reviewBy'];
    const due = reviewBy instanceof Date ? reviewBy : new Date(`${String(reviewBy)}T00:00:00Z`);
    const path = relative(root, file).split(sep).join('/');
    return due.getTime() < today.getTime() ? [`${path} (review was due ${due.toISOString().slice(0, 10)})`] : [];
  });
}

const warnings: string[] = [];
const easyReadMissList: string[] = [];
const easyReadDir = join(contentDir, 'easy-read');
const easyReadFiles = existsSync(easyReadDir)
  ? readdirSync(easyReadDir).filter((name) => name.endsWith('.yaml')).sort().map((name) => join(easyReadDir, name))
  : [];
const rows = [
  ...mdxFiles(contentDir).map((file) => report(file, warnings)),
  ...easyReadFiles.map((file) => reportEasyRead(file, warnings, easyReadMissList)),
];
const overdue = overdueBriefings(new Date());
const flagged = rows.filter((row) => row.flagged);

console.log(
  `Reading ease of content pages. Flesch reading ease: higher is easier, 60 to 70 is plain English. ` +
    `Reading age: UK years (GOV.UK aims for 9). Resident-facing pages are flagged below ${residentTarget}.\n`,
);
console.log(table(rows));
for (const warning of warnings) console.log(`Note: ${warning}`);
console.log(
  `\nEasy Read pages: one sentence per point, at most ${easyReadTarget.maxWordsPerSentence} words a sentence, ` +
    `a reading age of ${easyReadTarget.maxReadingAge} or lower.`,
);
console.log(easyReadMissList.length === 0 ? 'Every Easy Read page meets its target.' : `  ${easyReadMissList.join('\n  ')}`);
console.log(
  `\n${rows.length} pages, ${flagged.length} flagged (resident-facing, reading ease below ${residentTarget}, or an Easy Read page missing its target).`,
);
console.log(
  overdue.length === 0
    ? 'No briefing is past its review date.'
    : `Briefings past their review date:\n  ${overdue.join('\n  ')}`,
);

if (strict && flagged.length > 0) process.exitCode = 1;
