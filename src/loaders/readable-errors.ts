/**
 * Turns Astro's schema errors ("**services → leeway** data does not match collection schema",
 * then "**phones.0.number**: ...") into the form every content error on this site takes:
 * the file, the field, the line, and what to do.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findImpossibleDates } from '../lib/dates';

interface YamlError extends Error {
  reason?: string;
  mark?: { line: number };
}
// js-yaml is the parser Astro reads content with; it ships no types, so it is given the one signature used.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

/** One problem in a content file, ready to print. */
export interface ContentProblem {
  file: string;
  field?: string | undefined;
  line?: number | undefined;
  message: string;
}

export const formatProblem = ({ file, field, line, message }: ContentProblem): string =>
  `${file}${field !== undefined ? `, field "${field}"` : ''}${line !== undefined ? ` (line ${line})` : ''}: ${message}`;

/** An error whose message lists every problem, one per line, so an editor can fix them all at once. */
export class ContentError extends Error {
  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}

/** A file's path from the project root, with forward slashes: how every content error names it. */
export const projectPath = (root: string, file: string): string =>
  path.relative(root, path.resolve(root, file)).split(path.sep).join('/');

/** "phones.0.number" as an editor reads it: "phones[0].number". */
export const readablePath = (dotted: string): string => dotted.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/**
 * The line where a field is written, looking for `key:` (its last plain name) after `fromLine`.
 * Good enough for the flat YAML and frontmatter editors write; undefined when it cannot tell.
 */
export function lineOfField(text: string, field: string, fromLine = 1): number | undefined {
  const key = field
    .split(/[.[\]]/)
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .at(-1);
  if (!key) return undefined;
  const pattern = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  const lines = text.split(/\r?\n/);
  for (let index = Math.max(0, fromLine - 1); index < lines.length; index += 1) {
    if (pattern.test(lines[index]!)) return index + 1;
  }
  return undefined;
}

/** Reads the issue lines of Astro's schema error message. */
export function schemaIssues(message: string): { field: string; message: string }[] {
  return [...message.matchAll(/^\s*\*\*([^*\n]*)\*\*: (.*)$/gm)].map((match) => ({
    field: readablePath(match[1]!),
    message: match[2]!,
  }));
}

/**
 * Rewrites a schema error for one entry. `fromLine` is where the entry starts (for files holding a
 * list of entries), so lines are looked up inside it.
 */
export function rewriteSchemaError(error: unknown, file: string, text: string, fromLine = 1): unknown {
  const issues = error instanceof Error ? schemaIssues(error.message) : [];
  if (issues.length === 0) return error;
  return new ContentError(
    issues.map(({ field, message }) => {
      const unknownKey = /^unknown field "([^"]+)"/.exec(message)?.[1];
      const fullField = unknownKey ? (field ? `${field}.${unknownKey}` : unknownKey) : field;
      return { file, field: fullField || undefined, line: lineOfField(text, fullField, fromLine), message };
    }),
  );
}

/** Refuses a file before Astro reads it: empty files, and impossible dates YAML would move on. */
export async function checkFileText(absolutePath: string, file: string): Promise<string> {
  const text = await readFile(absolutePath, 'utf8');
  if (text.trim() === '') {
    throw new ContentError([{ file, message: 'the file is empty. Fill it in (copy a similar file) or delete it.' }]);
  }
  const yamlProblem = yamlSyntaxProblem(file, text);
  if (yamlProblem) throw new ContentError([yamlProblem]);
  const [problem] = findImpossibleDates(text);
  if (problem) {
    throw new ContentError([
      {
        file,
        field: problem.field,
        line: problem.line,
        message: `${problem.value} is not a real date or time. Write an existing day as YYYY-MM-DD.`,
      },
    ]);
  }
  return text;
}

/** The YAML of a data file, or the frontmatter of an MDX file. */
function yamlPart(file: string, text: string): string | undefined {
  if (/\.ya?ml$/.test(file)) return text;
  return /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
}

/**
 * A YAML syntax error, on the line an editor must fix. The parser reports an unclosed quote where
 * the file ends, so the line where the quote was opened is found instead.
 */
export function yamlSyntaxProblem(file: string, text: string): ContentProblem | undefined {
  const yaml = yamlPart(file, text);
  if (yaml === undefined) return undefined;
  try {
    loadYaml(yaml);
    return undefined;
  } catch (error) {
    const { reason = 'it is not valid YAML', mark } = error as YamlError;
    // Frontmatter starts on the line after the opening ---.
    const offset = yaml === text ? 0 : 1;
    const quote = /double quoted/.test(reason) ? '"' : /single quoted/.test(reason) ? "'" : undefined;
    const opened = quote ? unclosedQuoteLine(yaml, quote) : undefined;
    const line = (opened ?? (mark ? mark.line + 1 : undefined)) ?? 1;
    const hint = quote ? `a ${quote === '"' ? 'double' : 'single'} quote is opened and never closed` : reason;
    return { file, line: line + offset, message: `the file cannot be read: ${hint}. Check the quotes and indentation on that line.` };
  }
}

/** The first line with an odd number of the given quote (escaped quotes aside). */
function unclosedQuoteLine(yaml: string, quote: string): number | undefined {
  const lines = yaml.split(/\r?\n/);
  const index = lines.findIndex((line) => (line.replace(/\\./g, '').split(quote).length - 1) % 2 === 1);
  return index >= 0 ? index + 1 : undefined;
}
