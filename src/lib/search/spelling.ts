/**
 * Spelling: a word the index does not know ("burgalry", "violance", "behavior") is swapped for the
 * closest word the site uses, counting letters added, removed or changed (edit distance). The
 * words come from every page's title, keywords and phrases, written into a small file at build
 * time (vocabulary.ts), so a new campaign teaches search its own spellings.
 */
import { distance } from 'fastest-levenshtein';

/** The word list's file name at the site root, written by the build and fetched by the search page. */
export const wordListFile = 'pagefind-words.json';

/** Shorter words are left alone: one changed letter turns "dad" into "bad" or "mad". */
export const shortestCorrected = 4;

/** How many edits a word may need: one for short words, two from 7 letters ("burgalry"). */
export function allowedEdits(word: string): number {
  if (word.length < shortestCorrected || /\d/.test(word)) return 0;
  return word.length < 7 ? 1 : 2;
}

/**
 * The site's word closest to `word`, within the edits allowed for its length; undefined when none
 * is close enough, or when the site uses the word itself. Ties go to the word that keeps the first
 * letter, then to the smaller change in length, then to alphabetical order, so the answer never
 * depends on the list's order.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedEdits(word);
  if (limit === 0 || vocabulary.includes(word)) return undefined;
  let best: { word: string; rank: [number, number, number] } | undefined;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const edits = distance(word, candidate);
    if (edits > limit) continue;
    const rank: [number, number, number] = [edits, candidate[0] === word[0] ? 0 : 1, Math.abs(candidate.length - word.length)];
    if (!best || isBefore(rank, candidate, best.rank, best.word)) best = { word: candidate, rank };
  }
  return best?.word;
}

function isBefore(rank: readonly number[], word: string, otherRank: readonly number[], other: string): boolean {
  for (let at = 0; at < rank.length; at += 1) {
    if (rank[at] !== otherRank[at]) return rank[at]! < otherRank[at]!;
  }
  return word < other;
}
