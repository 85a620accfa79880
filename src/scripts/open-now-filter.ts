/**
 * The "show only services open now" checkbox. Each service card's list item carries `data-open-now`
 * (set by opening-status.ts); ticking the box hides the others, and a section whose services are
 * all hidden is hidden with them. The summary says what is hidden, so nobody thinks a closed or
 * unknown service does not exist.
 */
import { refreshOpeningStatus, serviceItemOf } from './opening-status';

function applyFilter(box: HTMLInputElement, summary: HTMLElement): void {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-service-item]')];
  // A service listed under several headings counts once in the summary.
  const openIds = new Set<string>();
  const otherIds = new Set<string>();
  for (const card of cards) {
    const item = serviceItemOf(card);
    if (!item) continue;
    const isOpen = item.dataset.openNow === 'yes';
    (isOpen ? openIds : otherIds).add(card.dataset.serviceItem!);
    item.hidden = box.checked && !isOpen;
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-service-group]')) {
    const groupItems = [...group.querySelectorAll<HTMLElement>('[data-service-item]')].map(serviceItemOf);
    group.hidden = box.checked && groupItems.every((item) => item?.hidden);
  }
  const hiddenCount = otherIds.size;
  summary.textContent = box.checked
    ? `Showing ${openIds.size} open now. ${hiddenCount} closed or with hours we do not know ${hiddenCount === 1 ? 'is' : 'are'} hidden.`
    : '';
}

for (const filter of document.querySelectorAll<HTMLElement>('[data-open-now-filter]')) {
  const box = filter.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  const summary = filter.querySelector<HTMLElement>('[data-open-now-summary]')!;
  filter.hidden = false;
  box.addEventListener('change', () => applyFilter(box, summary));
  document.addEventListener('opening-status-refreshed', () => applyFilter(box, summary));
  refreshOpeningStatus();
}
