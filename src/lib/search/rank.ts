/**
 * Merges the pages found for each word of a query into one list, best first.
 *
 * - A page scores for every word it matches: a point for matching, plus Pagefind's own score for
 *   the word on that page (which weighs titles, keywords and phrases, and counts a word found on
 *   few pages for more than one found on most). So pages matching more of the words rank higher,
 *   and any page matching any one word is still listed: a sentence never comes back empty because
 *   one of its words is on no page.
 * - Residents first: unless the query asks for lessons or briefings, schools resources and
 *   briefings count for less and campaigns for more, so the campaign, the Get help situation and
 *   the service come before the lesson about them. A query that asks for a kind of page ("lesson",
 *   "briefing") puts that kind first instead, and one naming a key stage puts the resources made
 *   for that stage first, most of all those made for it alone.
 */
import type { ContentTypeSlug, KeyStageSlug } from '../taxonomy';
/** A page the index found for one word, with the index's score for it. */
export interface Hit {
  id: string;
  score: number;
}

/** The pages found for one word of the query. */
export interface WordHits {
  word: string;
  hits: readonly Hit[];
}

/** What the ranking needs to know about a page besides its words. */
export interface PageFacts {
  type: ContentTypeSlug;
  keyStages: readonly KeyStageSlug[];
}

export interface RankedPage {
  id: string;
  /** The words of the query the page matched. */
  matched: string[];
  score: number;
}

/** What a query asks for besides its words: its key stages and the kinds of page it wants (query.ts). */
export interface Wishes {
  keyStages: readonly KeyStageSlug[];
  prefer: readonly ContentTypeSlug[];
}

/** Pages meant for teachers and professionals, which a resident's question puts after the rest. */
const workTypes: ReadonlySet<ContentTypeSlug> = new Set(['resource', 'briefing']);
/** How much less a lesson or briefing counts when a resident asks. */
export const residentDiscount = 0.5;
/** How much more a campaign counts when a resident asks: it is the best first answer for its topic. */
export const campaignLead = 1.25;
/** How much more a page of the kind asked for counts ("lesson", "briefing"). */
export const askedForBoost = 2;
/** How much more a resource made only for the key stage the query names counts. */
export const keyStageBoost = 2;
/** What matching a word is worth, before the index's score for it. */
export const matchPoint = 1;

function kindFactor(plan: Wishes, facts: PageFacts | undefined): number {
  if (!facts) return 1;
  let factor = 1;
  if (plan.prefer.length === 0) {
    if (workTypes.has(facts.type)) factor *= residentDiscount;
    if (facts.type === 'campaign') factor *= campaignLead;
  } else if (plan.prefer.includes(facts.type)) {
    factor *= askedForBoost;
  }
  // Guidance for every key stage is for the one named too, but less so than a lesson made for it.
  const forStages = facts.keyStages.filter((stage) => plan.keyStages.includes(stage)).length;
  if (forStages > 0) factor *= 1 + ((keyStageBoost - 1) * forStages) / facts.keyStages.length;
  return factor;
}

/**
 * Every page found for any word, best first. Ties keep the order in which pages were first found
 * (the index's order for the first word), so the order never depends on timing.
 */
export function rankPages(
  plan: Wishes,
  found: readonly WordHits[],
  facts: ReadonlyMap<string, PageFacts>,
): RankedPage[] {
  const pages = new Map<string, RankedPage & { order: number }>();
  for (const { word, hits } of found) {
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { id: hit.id, matched: [], score: 0, order: pages.size };
      if (page.matched.includes(word)) continue;
      page.matched.push(word);
      page.score += matchPoint + Math.max(0, hit.score);
      pages.set(hit.id, page);
    }
  }
  const ranked = [...pages.values()].map((page) => ({ ...page, score: page.score * kindFactor(plan, facts.get(page.id)) }));
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map(({ id, matched, score }) => ({ id, matched, score }));
}
