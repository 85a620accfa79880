/**
 * Filters on the audience hubs. Each has its own address (/schools/key-stages/ks3/), so a filter is
 * a plain link that works without JavaScript and can be shared; with JavaScript the hub filters in
 * place and keeps a second filter in the query (?topic=county-lines).
 */
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
