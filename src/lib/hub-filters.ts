/**
 * Filters on the audience hubs. Each has its own address (/schools/key-stages/ks3/), so a filter is
 * a plain link that works without JavaScript and can be shared; with JavaScript the hub filters in
 * place and keeps a second filter in the query (?topic=county-lines).
 */
import { paginate, type ListPage } from './pagination';
import { keyStages, resourceFormats, topics, type AudienceSlug, type Term } from './taxonomy';

export interface HubFilter {
  /** The filter's name in the query string and in item data attributes. */
  param: 'topic' | 'stage' | 'format';
  /** The path segment of its pages, e.g. "key-stages" in /schools/key-stages/ks3/. */
  segment: string;
  /** The heading of its links. */
  label: string;
  /** The terms it offers, from the taxonomy. */
  terms: readonly Term[];
}

const topicFilter: HubFilter = { param: 'topic', segment: 'topics', label: 'Topic', terms: topics };

export const hubFilters: Record<AudienceSlug, readonly HubFilter[]> = {
  residents: [topicFilter],
  schools: [
    topicFilter,
    { param: 'stage', segment: 'key-stages', label: 'Key stage', terms: keyStages },
    { param: 'format', segment: 'types', label: 'Type of resource', terms: resourceFormats },
  ],
  workforce: [topicFilter],
};

/** One thing a hub lists, with the values its filters match. */
export interface HubItem {
  href: string;
  title: string;
  summary: string;
  /** A line of details, e.g. "Lesson, 60 minutes, Key stage 3". */
  details?: string;
  values: Partial<Record<HubFilter['param'], readonly string[]>>;
}

/** Active filters: param -> slug. */
export type HubSelection = Partial<Record<HubFilter['param'], string>>;

/** True when an item's filter values agree with every chosen filter. */
export function matches(values: HubItem['values'], selection: HubSelection): boolean {
  return Object.entries(selection).every(([param, slug]) => values[param as HubFilter['param']]?.includes(slug!));
}

/** The address for a selection: the first active filter's page, the others in the query. */
export function selectionHref(hubPath: string, filters: readonly HubFilter[], selection: HubSelection): string {
  const active = filters.filter((filter) => selection[filter.param]);
  const [first, ...rest] = active;
  if (!first) return hubPath;
  const query = new URLSearchParams(rest.map((filter) => [filter.param, selection[filter.param]!]));
  const path = `${hubPath}${first.segment}/${selection[first.param]}/`;
  return rest.length > 0 ? `${path}?${query}` : path;
}

/**
 * How a hub, or one of its filters, is split into pages. A hub whose items all fit on one page
 * holds every item, so the script can filter and combine filters in place (`complete`). A larger
 * hub lists only what matches, a page at a time, and its filters are plain links to their pages.
 */
export function hubPages<T extends HubItem>(
  items: readonly T[],
  selection: HubSelection,
  perPage: number,
): { complete: boolean; pages: ListPage<T>[] } {
  if (items.length <= perPage) return { complete: true, pages: paginate(items, perPage) };
  return { complete: false, pages: paginate(items.filter((item) => matches(item.values, selection)), perPage) };
}
