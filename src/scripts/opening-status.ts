/**
 * Fills in each service's opening status ("Open now, closes at 8pm") at the moment of reading,
 * marks its list item open or not for the "open now" filter, and refreshes both every minute so a
 * page left open does not go stale.
 */
import bankHolidayDates from 'virtual:bank-holidays';
import type { OpeningHours } from '../lib/hours';
import { describeStatus, isOpenStatus, openingStatus, type BankHolidayHours } from '../lib/opening-status';

const bankHolidays = new Set(bankHolidayDates);

/** The element the "open now" filter shows or hides: the list item holding the service. */
export const serviceItemOf = (element: Element): HTMLElement | null => element.closest('li') ?? element.closest('article');

export function refreshOpeningStatus(now: Date = new Date()): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-opening-hours]')) {
    const hours = JSON.parse(element.dataset.openingHours!) as OpeningHours;
    const status = openingStatus(hours, now, bankHolidays, element.dataset.bankHolidays as BankHolidayHours);
    const line = element.querySelector<HTMLElement>('[data-opening-status]');
    if (line) {
      line.textContent = describeStatus(status);
      line.hidden = false;
    }
    const item = serviceItemOf(element);
    // Only a service known to be closed is "no": a bank holiday with unknown hours is "maybe".
    if (item) item.dataset.openNow = isOpenStatus(status) ? 'yes' : status.state === 'closed' ? 'no' : 'maybe';
  }
  document.dispatchEvent(new CustomEvent('opening-status-refreshed'));
}

refreshOpeningStatus();
setInterval(refreshOpeningStatus, 60_000);
