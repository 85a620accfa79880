/**
 * One search, from what was typed to the pages to show: each meaningful word is looked up on its
 * own, a word the index does not hold is swapped for the closest word the site uses, and the pages
 * are merged and ranked. The index itself is behind `SearchIndex`, so this runs the same in the
 * browser (with Pagefind, in src/scripts/search.ts) and in unit tests (with a table of pages).
 *
 * "Does not hold" is not the same as "finds nothing": for a word it does not hold, Pagefind
 * falls back to the longest indexed word the typed one starts with, so "frawd" finds pages with
 * "F" on them and "explotation" finds "ex-partner". So the index also says whether it holds the
 * word itself (after stemming, so "ringing" is "ring"); a word it does not hold is corrected when
 * the site has a word close enough, and keeps its own pages otherwise ("knif" still finds "knife").
 */
import { allowedEdits, closestWord } from './spelling';
import { planQuery, type QueryPlan } from './query';
import { rankPages, type Hit, type PageFacts, type RankedPage, type WordHits } from './rank';

/** What the index found for one word. */
export interface WordSearch {
  /** Pages matching the word, with the index's score. */
  hits: readonly Hit[];
  /** True when the index holds the word itself (as a stem), not only longer or shorter words. */
  known: boolean;
}

export interface SearchIndex {
  /** Looks one word up. */
  find(word: string): Promise<WordSearch>;
  /** The site's words, for spelling; asked for only when a word finds nothing. */
  vocabulary(): Promise<readonly string[]>;
  /** The type and key stages of every page in the index. */
  facts(): Promise<ReadonlyMap<string, PageFacts>>;
}

export interface Correction {
  typed: string;
  used: string;
}

export interface SearchOutcome {
  plan: QueryPlan;
  /** Words found nowhere that were looked up in the site's spelling instead. */
  corrections: Correction[];
  pages: RankedPage[];
}

/** Looks each word up, swapping any word the index does not hold for the site's closest word. */
async function findWords(words: readonly string[], index: SearchIndex): Promise<{ found: WordHits[]; corrections: Correction[] }> {
  const searches = await Promise.all(words.map(async (word) => ({ word, search: await index.find(word) })));
  const found: WordHits[] = searches.map(({ word, search }) => ({ word, hits: search.hits }));
  const corrections: Correction[] = [];
  const unknown = searches.filter(({ word, search }) => !search.known && allowedEdits(word) > 0);
  if (unknown.length === 0) return { found, corrections };
  const vocabulary = await index.vocabulary();
  await Promise.all(
    unknown.map(async ({ word }) => {
      const used = closestWord(word, vocabulary);
      if (!used || words.includes(used)) return;
      const { hits } = await index.find(used);
      if (hits.length === 0) return;
      corrections.push({ typed: word, used });
      found[words.indexOf(word)] = { word: used, hits };
    }),
  );
  corrections.sort((a, b) => words.indexOf(a.typed) - words.indexOf(b.typed));
  return { found, corrections };
}

export async function searchPages(text: string, index: SearchIndex): Promise<SearchOutcome> {
  const plan = planQuery(text);
  const [facts, { found, corrections }] = await Promise.all([index.facts(), findWords(plan.words, index)]);
  if (plan.words.length === 0) {
    // "KS2" alone: every resource for the stage, in the index's order.
    const pages = [...facts]
      .filter(([, page]) => plan.keyStages.some((stage) => page.keyStages.includes(stage)))
      .map(([id]): RankedPage => ({ id, matched: [], score: 1 }));
    return { plan, corrections, pages };
  }
  return { plan, corrections, pages: rankPages(plan, found, facts) };
}
