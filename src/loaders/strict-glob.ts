/**
 * Astro's glob loader, plus a check it cannot make: YAML reads an unquoted impossible date
 * (2026-02-30) as a real one (2 March), so each file's text is scanned for such dates first.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { findImpossibleDates } from '../lib/dates';

export function strictGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'strict-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const absolute = path.resolve(fileURLToPath(context.config.root), props.filePath);
            const [problem] = findImpossibleDates(await readFile(absolute, 'utf8'));
            if (problem) {
              throw new Error(
                `${props.filePath}, field "${problem.field}" (line ${problem.line}): ` +
                  `${problem.value} is not a real date. Write an existing day as YYYY-MM-DD.`,
              );
            }
          }
          return context.parseData(props);
        },
      }),
  };
}
