/**
 * Astro's glob loader, with the checks it does not make: an empty file, an impossible date (YAML
 * reads 2026-02-30 as 2 March), two files whose names differ only in case (one would be dropped),
 * and schema errors rewritten to name the file, field and line.
 */
import { glob as listFiles } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { ContentError, checkFileText, projectPath, rewriteSchemaError } from './readable-errors';

/** Two files whose ids differ only in case, e.g. `Leeway.yaml` and `leeway.yaml`, as project paths. */
export function caseClashes(files: readonly string[]): [string, string][] {
  const seen = new Map<string, string>();
  const clashes: [string, string][] = [];
  for (const file of [...files].sort()) {
    const id = file.replace(/\.[^./]+$/, '').replace(/\/index$/, '').toLowerCase();
    const earlier = seen.get(id);
    if (earlier) clashes.push([earlier, file]);
    else seen.set(id, file);
  }
  return clashes;
}

export function strictGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'strict-glob',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = path.resolve(root, options.base);
      const files: string[] = [];
      for await (const file of listFiles(options.pattern, { cwd: base })) {
        files.push(projectPath(root, path.join(base, file)));
      }
      const clashes = caseClashes(files);
      if (clashes.length > 0) {
        throw new ContentError(
          clashes.map(([first, second]) => ({
            file: second,
            message: `its name differs from ${first} only in upper and lower case, so one of them would be lost. Rename or merge them.`,
          })),
        );
      }
      const texts = new Map<string, string>();
      for (const file of files) texts.set(file, await checkFileText(path.join(root, file), file));
      return inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ? projectPath(root, props.filePath) : undefined;
          try {
            return await context.parseData(props);
          } catch (error) {
            throw file ? rewriteSchemaError(error, file, texts.get(file) ?? '') : error;
          }
        },
      });
    },
  };
}
