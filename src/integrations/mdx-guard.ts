/**
 * Stops the build when a content file's MDX body could act as code (see src/lib/mdx-guard.ts),
 * naming the file, each line and what to do, all problems at once.
 *
 * Astro 7 compiles MDX with Sätteri, which runs mdast plugins, not remark plugins: `remarkPlugins`
 * on `mdx()` would be ignored with only a warning, and the guard would silently be off. So this is
 * a Sätteri mdast plugin, passed as `mdx({ processor: satteri({ mdastPlugins: [mdxGuard] }) })`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { checkFrontmatter, checkMdx, formatProblems } from '../lib/mdx-guard';

export const mdxGuard: MdastPluginDefinition = {
  name: 'safer-norfolk:mdx-guard',
  // Without this, Sätteri skips source positions and no line could be named.
  options: { position: true },
  // `before` sees the tree as parsed, ahead of every other plugin's changes.
  before(root, context) {
    const absolute = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
    const astro = context.data['astro'];
    const frontmatter = typeof astro === 'object' && astro !== null ? (astro as { frontmatter?: unknown }).frontmatter : undefined;
    const problems = [...checkFrontmatter(frontmatter, frontmatterSource(frontmatter, absolute)), ...checkMdx(root)];
    if (problems.length === 0) return;
    const file = absolute ? path.relative(process.cwd(), absolute).split(path.sep).join('/') : 'An MDX file';
    // Astro reads `line` to point its "Location" at the first problem rather than at line 0.
    const first = Math.min(...problems.map((problem) => problem.line));
    throw Object.assign(new Error(formatProblems(file, problems)), { line: first, column: 1 });
  },
};

/** Astro blanks the frontmatter before compiling, so its lines are read from the file itself. */
function frontmatterSource(frontmatter: unknown, absolute: string | undefined): string {
  const hasLayout = typeof frontmatter === 'object' && frontmatter !== null && Object.hasOwn(frontmatter, 'layout');
  return hasLayout && absolute ? readFileSync(absolute, 'utf8') : '';
}
