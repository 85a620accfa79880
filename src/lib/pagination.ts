/**
 * Long lists split into pages of their own, so no page grows with the site: each page is a plain
 * address (/news/page/2/) that works without JavaScript and can be shared. Page sizes live here,
 * in one place, chosen so a full page stays well inside the 14 kB (gzip) page budget.
 */

/** How many items each kind of list shows on one page, or in a preview before "See all". */
export const listSizes = {
  /** News stories per page of /news/. */
  news: 20,
  /** Items per page of an audience hub or one of its filters. */
  hub: 40,
  /** Campaign cards per page of the campaign list. */
  campaigns: 24,
  /** Toolkits per page of /partners/. */
  partners: 30,
  /** Service cards per page of a services directory group. */
  servicesGroup: 12,
  /** Services a directory group shows before "See all". */
  directoryPreview: 6,
  /** Items a topic page's section shows before "See all". */
  topicPreview: 8,
  /** Campaigns a service's page names before saying how many more there are. */
  campaignsNamingService: 12,
  /** Services a district's page names before "See all". */
  districtPreview: 12,
  /** Items per page of a topic's section of its own. */
  topicSection: 40,
} as const;

/** One page of a list. Numbers count from 1. */
export interface ListPage<T> {
  items: T[];
  number: number;
  count: number;
  /** The position in the whole list of this page's first and last item, counted from 1. */
  first: number;
  last: number;
  total: number;
}

/** A list in pages of `perPage`; an empty list is one empty page, so its first page still exists. */
export function paginate<T>(items: readonly T[], perPage: number): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`A page holds at least one item, not ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, index) => {
    const start = index * perPage;
    const pageItems = items.slice(start, start + perPage);
    return {
      items: pageItems,
      number: index + 1,
      count,
      first: pageItems.length > 0 ? start + 1 : 0,
      last: start + pageItems.length,
      total: items.length,
    };
  });
}

/** The address of page `number` of a list whose first page is `base` (ending in a slash). */
export const pageHref = (base: string, number: number): string => (number <= 1 ? base : `${base}page/${number}/`);

/** The route parameter for page `number`, for a `[...page]` route: nothing for the first page. */
export const pageParam = (number: number): string | undefined => (number <= 1 ? undefined : `page/${number}`);

/**
 * The page numbers a pagination bar shows: the first, the last, and the current with its
 * neighbours, with `null` where a run is left out ("…"), as GOV.UK's pagination does.
 */
export function pageNumbersAround(current: number, count: number): (number | null)[] {
  const wanted = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return wanted.flatMap((n, index) => (index > 0 && n - wanted[index - 1]! > 1 ? [null, n] : [n]));
}
