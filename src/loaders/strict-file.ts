/**
 * Astro's file loader for a YAML list of entries (`- id: ...`), with the same checks and error
 * messages as `strictGlob`: an empty file, impossible dates, and schema errors that name the file,
 * the entry, the field and the line.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { file } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkFileText, projectPath, rewriteSchemaError } from './readable-errors';

/** The line where the entry `id` starts in a YAML list, e.g. `- id: in-danger`. */
function entryLine(text: string, id: string): number {
  const index = text.split(/\r?\n/).findIndex((line) => new RegExp(`^\\s*-\\s+id:\\s*["']?${id}["']?\\s*$`).test(line));
  return index + 1 || 1;
}

export function strictFile(fileName: string): Loader {
  const inner = file(fileName);
  return {
    ...inner,
    name: 'strict-file',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const relative = projectPath(root, fileName);
      const text = await checkFileText(path.resolve(root, fileName), relative);
      return inner.load({
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            return Promise.reject(rewriteSchemaError(error, `${relative}, entry "${props.id}"`, text, entryLine(text, props.id)));
          }
        },
      });
    },
  };
}
