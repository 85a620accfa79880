/**
 * The search page in the browser: reads the form, asks the Pagefind index, and shows results with
 * their type and audience, a count for screen readers, and help when nothing matches. Runs only
 * on the search page. What to look up and how to rank it is decided in src/lib/search/; this file
 * only connects that to Pagefind and the page.
 *
 * What someone searched for is never kept in the address: a search arriving as ?q=... (from the
 * search box in the header of every page) is read, then the address is replaced by the bare page,
 * and later searches on the page change the results without touching the history. Filters go too,
 * since a topic names the subject as plainly as the words. The cost is that a search cannot be
 * shared as a link.
 */
import { searchPages, type SearchIndex } from '../lib/search/search';
import type { PageFacts } from '../lib/search/rank';
import { wordListFile } from '../lib/search/spelling';
import { contentTypes, keyStages, type KeyStageSlug } from '../lib/taxonomy';

interface PagefindResultData {
  url: string;
  meta: { title?: string; type?: string; audiences?: string; summary?: string };
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

type Filters = Record<string, string>;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] }>;
}

/** Five at a time: enough to choose from on a phone, and each result costs a download. */
const pageSize = 5;
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const empty = document.querySelector<HTMLElement>('[data-search-empty]');
const filterPanel = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');

let pagefind: Promise<Pagefind> | undefined;
function loadIndex(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving a file that only exists after the build.
  const indexUrl = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ indexUrl).then(async (module: Pagefind) => {
    // Campaign pages are long; without this, length would push them below short service pages.
    // The index is small enough to search on the main thread, which saves loading a worker.
    await module.options({ ranking: { pageLength: 0 }, noWorker: true });
    return module;
  });
  return pagefind;
}

/** Every result object seen, by page id, so a ranked id can load its title and summary. */
const resultsById = new Map<string, PagefindResult>();
function remember(results: readonly PagefindResult[]): PagefindResult[] {
  for (const result of results) resultsById.set(result.id, result);
  return [...results];
}

let facts: Promise<Map<string, PageFacts>> | undefined;
/** Each page's type and key stages, from filter-only searches: the filter files are tiny. */
function pageFacts(index: Pagefind): Promise<Map<string, PageFacts>> {
  facts ??= (async () => {
    const stagesOf = new Map<string, KeyStageSlug[]>();
    for (const stage of keyStages) {
      const { results } = await index.search(null, { filters: { 'key stage': stage.label } });
      for (const result of remember(results)) stagesOf.set(result.id, [...(stagesOf.get(result.id) ?? []), stage.slug]);
    }
    const found = new Map<string, PageFacts>();
    for (const type of contentTypes) {
      const { results } = await index.search(null, { filters: { type: type.label } });
      for (const result of remember(results)) found.set(result.id, { type: type.slug, keyStages: stagesOf.get(result.id) ?? [] });
    }
    return found;
  })();
  // A failed download is tried again by the next search rather than remembered.
  facts.catch(() => (facts = undefined));
  return facts;
}

let vocabulary: Promise<string[]> | undefined;
/** The site's words for spelling, fetched the first time a word finds nothing. */
function siteWords(): Promise<string[]> {
  vocabulary ??= fetch(`/${wordListFile}`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return vocabulary;
}

/** The index as the search logic sees it, with the filters chosen on the page. */
function searchIndex(index: Pagefind, filters: Filters): SearchIndex {
  return {
    async find(word) {
      // Quoted, Pagefind matches the word itself only; unquoted it may fall back to a shorter one.
      const [loose, exact] = await Promise.all([index.search(word, { filters }), index.search(`"${word}"`)]);
      return { hits: remember(loose.results), known: exact.results.length > 0 };
    },
    vocabulary: siteWords,
    facts: () => pageFacts(index),
  };
}

function badge(label: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'rounded-sm border border-line bg-white px-2 py-0.5 text-sm font-bold text-muted';
  element.textContent = label;
  return element;
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'border-t border-line pt-4';
  const heading = document.createElement('h3');
  heading.className = 'text-xl';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const badges = document.createElement('p');
  badges.className = 'mt-1 flex flex-wrap gap-2';
  if (result.meta.type) badges.append(badge(result.meta.type));
  for (const audience of result.meta.audiences?.split(', ').filter(Boolean) ?? []) badges.append(badge(`For ${audience.toLowerCase()}`));
  // Every page's one-sentence summary reads better than a run of matched words.
  const description = document.createElement('p');
  description.className = 'mt-2';
  description.textContent = result.meta.summary ?? '';
  item.append(heading, badges, description);
  return item;
}

function chosenFilters(data: FormData): Filters {
  const filters: Filters = {};
  for (const select of filterPanel?.querySelectorAll<HTMLSelectElement>('select[data-filter]') ?? []) {
    const value = String(data.get(select.name) ?? '');
    if (value) filters[select.dataset.filter!] = value;
  }
  return filters;
}

/** The results for the words typed, best first, and a note of any word spelt as the site spells it. */
async function resultsFor(typed: string, filters: Filters): Promise<{ results: PagefindResult[]; respelt: string }> {
  const index = await loadIndex();
  if (!typed) return { results: remember((await index.search(null, { filters })).results), respelt: '' };
  const outcome = await searchPages(typed, searchIndex(index, filters));
  const results = outcome.pages.flatMap((page) => resultsById.get(page.id) ?? []);
  const respelt = outcome.corrections.map(({ typed: word, used }) => `“${used}” instead of “${word}”`).join(', ');
  return { results, respelt: respelt && ` We searched for ${respelt}.` };
}

/** Each search gets a number, so a slower, older search never overwrites a newer one. */
let latestSearch = 0;
let shownResults: PagefindResult[] = [];

async function run(): Promise<void> {
  if (!form || !status || !list || !empty) return;
  const thisSearch = ++latestSearch;
  const data = new FormData(form);
  const typed = String(data.get('q') ?? '').trim();
  const filters = chosenFilters(data);

  if (!typed && Object.keys(filters).length === 0) {
    list.replaceChildren();
    empty.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  let found: Awaited<ReturnType<typeof resultsFor>>;
  let firstPage: PagefindResultData[];
  try {
    found = await resultsFor(typed, filters);
    firstPage = await Promise.all(found.results.slice(0, pageSize).map((result) => result.data()));
  } catch {
    if (thisSearch === latestSearch) status.textContent = 'Search is not working at the moment. Use the topics below instead.';
    return;
  }
  if (thisSearch !== latestSearch) return;
  const { results, respelt } = found;
  shownResults = results;
  list.replaceChildren(...firstPage.map(resultItem));
  if (more) more.hidden = results.length <= pageSize;
  empty.hidden = results.length > 0;
  const subject = typed ? ` for “${typed}”` : '';
  status.textContent =
    results.length === 0
      ? `No results${subject}.`
      : `${results.length} ${results.length === 1 ? 'result' : 'results'}${subject}.${respelt}`;
}

/** Adds the next results and moves focus to the first new one. */
async function showMore(): Promise<void> {
  // A second tap while the first is loading would add the same results twice.
  if (!list || !more || more.disabled) return;
  const thisSearch = latestSearch;
  const start = list.children.length;
  more.disabled = true;
  const next = await Promise.all(shownResults.slice(start, start + pageSize).map((result) => result.data()));
  more.disabled = false;
  if (thisSearch !== latestSearch) return;
  const items = next.map(resultItem);
  list.append(...items);
  more.hidden = list.children.length >= shownResults.length;
  items[0]?.querySelector('a')?.focus();
}

if (form) {
  filterPanel?.removeAttribute('hidden');
  const query = new URLSearchParams(location.search);
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
      const value = query.get(element.name);
      if (value !== null) element.value = value;
      if (value && element instanceof HTMLSelectElement && filterPanel) filterPanel.open = true;
    }
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run();
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  form.querySelector('input[name="q"]')?.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(), 300);
  });
  more?.addEventListener('click', () => void showMore());
  // Not `query.size`: older Safari and Chrome lack it, and the words would stay in the address.
  if ([...query.keys()].length > 0) {
    // Replace, not push: the entry that held the words becomes the bare page, and none is added.
    history.replaceState(history.state, '', location.pathname + location.hash);
    void run();
  }
}
