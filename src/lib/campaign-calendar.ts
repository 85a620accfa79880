/**
 * What is running when: campaign periods as date ranges, which of them run today, which come next,
 * and the calendar grouped by month. Dates are whole UK days written YYYY-MM-DD and held as UTC
 * midnight, so comparing them needs no time zone.
 */

export interface CampaignPeriod {
  /** The entry's id, stable across builds: calendar apps use it to update an event, not duplicate it. */
  id: string;
  campaignId: string;
  title: string;
  /** First day, UTC midnight. */
  from: Date;
  /** Last day, UTC midnight (inclusive). */
  to: Date;
  summary?: string | undefined;
  joins?: { name: string; organiser: string; url: string } | undefined;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Today in the UK as UTC midnight, the form every calendar date takes here. */
export function ukToday(now: Date = new Date()): Date {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })
    .format(now)
    .split('-')
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export const isRunningOn = (period: CampaignPeriod, day: Date): boolean =>
  period.from.getTime() <= day.getTime() && day.getTime() <= period.to.getTime();

/** Periods running on `day`, ending soonest first. */
export function runningOn(periods: readonly CampaignPeriod[], day: Date): CampaignPeriod[] {
  return periods.filter((period) => isRunningOn(period, day)).sort((a, b) => a.to.getTime() - b.to.getTime());
}

/** Periods that start after `day` and within `withinDays` of it, soonest first. */
export function comingUp(periods: readonly CampaignPeriod[], day: Date, withinDays = 90): CampaignPeriod[] {
  const until = day.getTime() + withinDays * dayMs;
  return periods
    .filter((period) => period.from.getTime() > day.getTime() && period.from.getTime() <= until)
    .sort((a, b) => a.from.getTime() - b.from.getTime());
}

/** The ids of campaigns with a period running on `day`. */
export function campaignsRunningOn(periods: readonly CampaignPeriod[], day: Date): Set<string> {
  return new Set(runningOn(periods, day).map((period) => period.campaignId));
}

export interface CalendarMonth {
  /** "2026-12", for ids. */
  key: string;
  /** "December 2026". */
  label: string;
  periods: CampaignPeriod[];
}

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Periods from the month holding `day` onwards, grouped by the month they start in (one still
 * running at the start of that month sits in it too), each month in date order.
 */
export function calendarMonths(periods: readonly CampaignPeriod[], day: Date): CalendarMonth[] {
  const firstOfMonth = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
  const shown = periods.filter((period) => period.to.getTime() >= firstOfMonth).sort((a, b) => a.from.getTime() - b.from.getTime());
  const months = new Map<string, CalendarMonth>();
  for (const period of shown) {
    const start = new Date(Math.max(period.from.getTime(), firstOfMonth));
    const key = start.toISOString().slice(0, 7);
    const month = months.get(key) ?? { key, label: monthLabel.format(start), periods: [] };
    month.periods.push(period);
    months.set(key, month);
  }
  return [...months.values()];
}

const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayOnlyLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });

/** "10 December 2026". */
export const describeDay = (date: Date): string => dayLabel.format(date);

/** "18 October 2026", "25 November to 10 December 2026", "10 to 17 October 2026". */
export function describePeriodDates(period: Pick<CampaignPeriod, 'from' | 'to'>): string {
  const { from, to } = period;
  if (from.getTime() === to.getTime()) return dayLabel.format(from);
  if (from.getUTCFullYear() !== to.getUTCFullYear()) return `${dayLabel.format(from)} to ${dayLabel.format(to)}`;
  if (from.getUTCMonth() !== to.getUTCMonth()) return `${dayMonthLabel.format(from)} to ${dayLabel.format(to)}`;
  return `${dayOnlyLabel.format(from)} to ${dayLabel.format(to)}`;
}

/** The day after `date`: iCalendar all-day events end on the day after their last day. */
export const dayAfter = (date: Date): Date => new Date(date.getTime() + dayMs);
