/**
 * A tally of the files each of our own build steps draws while pages render (posters and
 * hand-outs, classroom PDFs, share images, kits), so the build log can give each step one line
 * with its count and time. Pages render from Vite's bundle while integrations run from the config,
 * two copies of this module in one process, so the tally lives on `globalThis` where both see it.
 */
export interface PhaseTally {
  /** Files made in this build. */
  drawn: number;
  /** Files reused from the cache of an earlier build. */
  cached: number;
  /** When the first file began and the last was done (several are made at once), for the step's time. */
  firstStarted: number;
  lastFinished: number;
}

const key = Symbol.for('safer-norfolk.build-phases');
type Registry = Map<string, PhaseTally>;
const registry = ((globalThis as { [key]?: Registry })[key] ??= new Map());

function tallyOf(phase: string): PhaseTally {
  let tally = registry.get(phase);
  if (!tally) registry.set(phase, (tally = { drawn: 0, cached: 0, firstStarted: Infinity, lastFinished: 0 }));
  return tally;
}

/** Counts a file the cache already had. */
export function countCached(phase: string): void {
  tallyOf(phase).cached += 1;
}

/** Makes a file, counting it and the time it took. */
export async function countDrawn<T>(phase: string, make: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const made = await make();
  const tally = tallyOf(phase);
  tally.drawn += 1;
  tally.firstStarted = Math.min(tally.firstStarted, started);
  tally.lastFinished = performance.now();
  return made;
}

/**
 * One line per step that made or reused anything this build, e.g. "Classroom PDFs: 49 files, 40
 * drawn over 1.2 s, 9 from the cache". The time runs from the first file begun to the last done,
 * while pages render alongside.
 */
export function phaseLines(): string[] {
  return [...registry].map(([phase, { drawn, cached, firstStarted, lastFinished }]) => {
    const files = drawn + cached;
    const parts = [`${files} file${files === 1 ? '' : 's'}`];
    if (drawn > 0) parts.push(`${drawn} drawn over ${((lastFinished - firstStarted) / 1000).toFixed(1)} s`);
    if (cached > 0) parts.push(`${cached} from the cache`);
    return `${phase}: ${parts.join(', ')}`;
  });
}

/** Empties the tally, for a build that follows another in the same process (tests, dev). */
export function resetPhases(): void {
  registry.clear();
}
