/**
 * The "show only services open now" checkbox. Each service card's list item with confirmed hours
 * carries `data-open-now` (set by opening-status.ts); ticking the box hides the ones known to be
 * closed, and a section whose services are all hidden is hidden with them. Services without set
 * hours (forms, text numbers, lines answered out of hours) stay: hiding them could leave a Get help
 * page with no way to get help. The summary says what is hidden, so nobody thinks it is gone.
 */
import { refreshOpeningStatus, serviceItemOf } from './opening-status';

function applyFilter(box: HTMLInputElement, summary: HTMLElement): void {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-service-item]')];
  // A service listed under several headings counts once in the summary.
  const closedIds = new Set<string>();
  for (const card of cards) {
    const item = serviceItemOf(card);
    if (!item) continue;
    const isClosed = item.dataset.openNow === 'no';
    if (isClosed) closedIds.add(card.dataset.serviceItem!);
    item.hidden = box.checked && isClosed;
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-service-group]')) {
    const groupItems = [...group.querySelectorAll<HTMLElement>('[data-service-item]')].map(serviceItemOf);
    group.hidden = box.checked && groupItems.every((item) => item?.hidden);
  }
  const hidden = closedIds.size;
  summary.textContent = box.checked
    ? `${hidden} ${hidden === 1 ? 'service that is' : 'services that are'} closed now ${hidden === 1 ? 'is' : 'are'} hidden. Services without set opening hours are still shown.`
    : '';
}

// Offered only where some service has set weekly hours: elsewhere it could hide nothing.
const hasWeeklyHours = document.querySelector('[data-opening-hours*="weekly"]') !== null;
for (const filter of hasWeeklyHours ? document.querySelectorAll<HTMLElement>('[data-open-now-filter]') : []) {
  const box = filter.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  const summary = filter.querySelector<HTMLElement>('[data-open-now-summary]')!;
  filter.hidden = false;
  box.addEventListener('change', () => applyFilter(box, summary));
  document.addEventListener('opening-status-refreshed', () => applyFilter(box, summary));
  refreshOpeningStatus();
}
