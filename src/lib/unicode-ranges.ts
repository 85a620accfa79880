/** CSS `unicode-range` lists as number ranges, so font subsets can be cut to fit each other. */

/** An inclusive range of code points. */
export type CodePointRange = [from: number, to: number];

/** Reads "U+0000-00FF,U+0131" into [[0, 255], [305, 305]]. */
export function rangesOf(list: string): CodePointRange[] {
  return list.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/** The parts of `ranges` that are in none of `removed`. */
export function subtractRanges(ranges: readonly CodePointRange[], removed: readonly CodePointRange[]): CodePointRange[] {
  let remaining = ranges.map(([from, to]): CodePointRange => [from, to]);
  for (const [cutFrom, cutTo] of removed) {
    remaining = remaining.flatMap(([from, to]): CodePointRange[] => {
      if (cutTo < from || cutFrom > to) return [[from, to]];
      const parts: CodePointRange[] = [];
      if (cutFrom > from) parts.push([from, cutFrom - 1]);
      if (cutTo < to) parts.push([cutTo + 1, to]);
      return parts;
    });
  }
  return remaining;
}

/** Every distinct code point in a text, in order of first use. */
export function codePointsIn(text: string): number[] {
  return [...new Set(Array.from(text, (character) => character.codePointAt(0)!))];
}
