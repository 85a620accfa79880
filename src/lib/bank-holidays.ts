/**
 * Bank holidays in England and Wales, from the `date-holidays` package: a kept library whose rules
 * cover Easter and the substitute days when a holiday falls at a weekend. Read at build time only;
 * pages are rebuilt every day, so the browser gets a short list of dates instead of the library.
 */
import Holidays from 'date-holidays';

/** Where the dates come from, for the pages that explain the opening status. */
export const bankHolidaySource = {
  title: 'date-holidays, public holidays for England (GB-ENG), which match the bank holidays GOV.UK publishes',
  url: 'https://www.npmjs.com/package/date-holidays',
} as const;

/**
 * Every bank holiday from the start of `fromYear` to the end of `toYear`, as "YYYY-MM-DD". Only
 * weekdays: when Christmas falls on a Saturday the bank holiday is the Monday substitute, as on GOV.UK.
 */
export function englandAndWalesBankHolidays(fromYear: number, toYear: number): string[] {
  const calendar = new Holidays('GB', 'ENG');
  const dates: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6) dates.push(date);
    }
  }
  return [...new Set(dates)].sort();
}
