/**
 * Filters an audience hub in place. Filter links still go to real pages; here a click shows the
 * matching items at once, can combine filters, and puts the selection in the address to share.
 */
import { hubFilters, matches, selectionHref, type HubFilter, type HubItem, type HubSelection } from '../lib/hub-filters';
import { audiences } from '../lib/taxonomy';

const hub = document.querySelector<HTMLElement>('[data-hub]');
const audience = audiences.find((candidate) => candidate.hubPath === hub?.dataset.hubPath);

if (hub && audience) {
  const filters = hubFilters[audience.slug];
  const status = hub.querySelector<HTMLElement>('[data-hub-status]')!;
  const empty = hub.querySelector<HTMLElement>('[data-hub-empty]')!;
  const items = [...hub.querySelectorAll<HTMLElement>('[data-hub-item]')];
  const groups = [...hub.querySelectorAll<HTMLElement>('[data-hub-group]')];

  const readSelection = (): HubSelection => {
    const selection: HubSelection = {};
    for (const filter of filters) {
      const current = hub.querySelector<HTMLAnchorElement>(`[data-hub-filter="${filter.param}"] a[aria-current]`);
      const fromQuery = new URLSearchParams(location.search).get(filter.param);
      const value = current?.dataset.value || fromQuery || '';
      if (value) selection[filter.param] = value;
    }
    return selection;
  };

  /** The values an item's data attributes carry, in the shape the shared matching rule reads. */
  const valuesOf = (item: HTMLElement): HubItem['values'] =>
    Object.fromEntries(filters.map((filter) => [filter.param, (item.dataset[filter.param] ?? '').split(' ').filter(Boolean)]));

  const apply = (selection: HubSelection) => {
    for (const filter of filters) {
      for (const link of hub.querySelectorAll<HTMLAnchorElement>(`[data-hub-filter="${filter.param}"] a`)) {
        const isCurrent = (link.dataset.value ?? '') === (selection[filter.param] ?? '');
        if (isCurrent) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    }
    let shown = 0;
    for (const item of items) {
      item.hidden = !matches(valuesOf(item), selection);
      if (!item.hidden) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-hub-item]:not([hidden])');
    empty.hidden = shown > 0;
    status.textContent = shown === items.length ? `${items.length} items` : `Showing ${shown} of ${items.length} items`;
  };

  hub.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('[data-hub-filter] a');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const param = link.closest<HTMLElement>('[data-hub-filter]')!.dataset.hubFilter as HubFilter['param'];
    event.preventDefault();
    const selection = { ...readSelection(), [param]: link.dataset.value ?? '' };
    if (!selection[param]) delete selection[param];
    apply(selection);
    // Replace, not push: a filter such as "Domestic abuse" says as much as a search, so it must not
    // stay behind Back for the next person to find after "Exit this page".
    history.replaceState(null, '', selectionHref(audience.hubPath, filters, selection));
  });

  apply(readSelection());
}
