/**
 * The search page in the browser: reads the form, asks the Pagefind index, and shows results with
 * their type and audience, a count for screen readers, and help when nothing matches. Runs only
 * on the search page.
 *
 * What someone searched for is never kept in the address: a search arriving as ?q=... (from the
 * search box in the header of every page) is read, then the address is replaced by the bare page,
 * and later searches on the page change the results without touching the history. Filters go too,
 * since a topic names the subject as plainly as the words. The cost is that a search cannot be
 * shared as a link.
 */
import { normaliseQuery } from '../lib/search-query';

interface PagefindResultData {
  url: string;
  meta: { title?: string; type?: string; audiences?: string; summary?: string };
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** Five at a time: enough to choose from on a phone, and each result costs a download. */
const pageSize = 5;
/** How close a campaign's score must come to the best result's for the campaign to lead. */
const campaignLead = 0.4;
const campaignType = 'Campaign';
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

function chosenFilters(data: FormData): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const select of filterPanel?.querySelectorAll<HTMLSelectElement>('select[data-filter]') ?? []) {
    const value = String(data.get(select.name) ?? '');
    if (value) filters[select.dataset.filter!] = value;
  }
  return filters;
}

/** Each search gets a number, so a slower, older search never overwrites a newer one. */
let latestSearch = 0;

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
  let results: PagefindResult[];
  try {
    results = await rankedResults(await loadIndex(), typed ? normaliseQuery(typed) : null, filters);
  } catch {
    status.textContent = 'Search is not working at the moment. Use the topics below instead.';
    return;
  }
  const firstPage = await Promise.all(results.slice(0, pageSize).map((result) => result.data()));
  if (thisSearch !== latestSearch) return;
  shownResults = results;
  list.replaceChildren(...firstPage.map(resultItem));
  if (more) more.hidden = results.length <= pageSize;
  empty.hidden = results.length > 0;
  const subject = typed ? ` for “${typed}”` : '';
  status.textContent =
    results.length === 0 ? `No results${subject}.` : `${results.length} ${results.length === 1 ? 'result' : 'results'}${subject}.`;
}

/**
 * Pagefind's order, except that a campaign scoring close to the best result goes first: a
 * campaign page is the best first answer for its own topic, before lessons and briefings about it.
 */
async function rankedResults(index: Pagefind, query: string | null, filters: Record<string, string>): Promise<PagefindResult[]> {
  const everything = index.search(query, { filters });
  const campaigns = query && !filters['type'] ? index.search(query, { filters: { ...filters, type: campaignType } }) : undefined;
  const results = (await everything).results;
  const best = (await campaigns)?.results[0];
  const position = best ? results.findIndex((result) => result.id === best.id) : -1;
  if (best && position > 0 && best.score >= campaignLead * results[0]!.score) {
    results.splice(position, 1);
    results.unshift(best);
  }
  return results;
}

let shownResults: PagefindResult[] = [];

/** Adds the next results and moves focus to the first new one. */
async function showMore(): Promise<void> {
  if (!list || !more) return;
  const thisSearch = latestSearch;
  const start = list.children.length;
  const next = await Promise.all(shownResults.slice(start, start + pageSize).map((result) => result.data()));
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
  if (query.size > 0) {
    // Replace, not push: the entry that held the words becomes the bare page, and none is added.
    history.replaceState(history.state, '', location.pathname + location.hash);
    void run();
  }
}
