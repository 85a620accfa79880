/**
 * The search filters: which taxonomy list each one uses, its name in the index and in the URL.
 * The page metadata writes these values into the index; the search form offers the same labels.
 */
import type { PageMeta } from './page-meta';
import { audiences, contentTypes, districts, keyStages, termFor, topics, type Term } from './taxonomy';

export interface SearchFilter {
  /** The filter's name in the search index. */
  key: string;
  /** Its name in the search page's address, e.g. ?topic=... */
  param: string;
  /** The label of its control on the search page. */
  label: string;
  /** The terms it offers, from the taxonomy. */
  terms: readonly Term[];
  /** The slugs a page has for it. */
  slugsOf: (meta: PageMeta) => readonly string[];
}

export const searchFilters: readonly SearchFilter[] = [
  { key: 'type', param: 'type', label: 'Type of page', terms: contentTypes, slugsOf: (meta) => [meta.type] },
  { key: 'audience', param: 'audience', label: 'Who it is for', terms: audiences, slugsOf: (meta) => meta.audiences ?? [] },
  { key: 'topic', param: 'topic', label: 'Topic', terms: topics, slugsOf: (meta) => meta.topics ?? [] },
  { key: 'district', param: 'district', label: 'District', terms: districts, slugsOf: (meta) => meta.districts ?? [] },
  { key: 'key stage', param: 'stage', label: 'Key stage', terms: keyStages, slugsOf: (meta) => meta.keyStages ?? [] },
];

/** The filter values a page goes into the index with, as [filter key, label] pairs. */
export function filterValues(meta: PageMeta): [string, string][] {
  return searchFilters.flatMap((filter) =>
    filter.slugsOf(meta).map((slug): [string, string] => [filter.key, termFor(filter.terms, slug).label]),
  );
}
