import { afterEach, describe, expect, it } from 'vitest';
import { countCached, countDrawn, phaseLines, resetPhases } from '../../src/lib/build-phases';

afterEach(resetPhases);

describe('the build log tally of drawn files', () => {
  it('gives each step one line with its count, what it drew and what it reused', async () => {
    await countDrawn('Classroom PDFs', async () => new Uint8Array(1));
    await countDrawn('Classroom PDFs', async () => new Uint8Array(1));
    countCached('Classroom PDFs');
    countCached('Partner kits (zip)');
    expect(phaseLines()).toEqual([
      expect.stringMatching(/^Classroom PDFs: 3 files, 2 drawn over \d+\.\d s, 1 from the cache$/),
      'Partner kits (zip): 1 file, 1 from the cache',
    ]);
  });

  it('is shared by every copy of the module in the process, as the build has two', async () => {
    countCached('Posters');
    const registry = (globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for('safer-norfolk.build-phases')];
    expect(registry?.has('Posters')).toBe(true);
  });

  it('starts empty after a reset', () => {
    countCached('Posters');
    resetPhases();
    expect(phaseLines()).toEqual([]);
  });
});
