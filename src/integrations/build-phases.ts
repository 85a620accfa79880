/**
 * Gives each of our own steps that draw while pages render (posters and hand-outs, classroom
 * PDFs, share images, kits) one line in the build log, with its count and time, once the pages
 * are written. The tally is kept by src/lib/build-phases.ts.
 */
import type { AstroIntegration } from 'astro';
import { phaseLines, resetPhases } from '../lib/build-phases';

export function buildPhases(): AstroIntegration {
  return {
    name: 'safer-norfolk:build-phases',
    hooks: {
      'astro:build:start': () => resetPhases(),
      'astro:build:generated': ({ logger }) => {
        for (const line of phaseLines()) logger.info(line);
      },
    },
  };
}
