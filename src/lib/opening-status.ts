/**
 * Whether a service is open at a given moment, and when it next opens or closes, read in UK time
 * whatever the reader's device is set to. Runs in the browser at the moment of reading, so it must
 * stay small and plain: no libraries, only `Intl`, which knows the UK's clock changes.
 */
import { formatTime, minutesOf, weekdayNames, weekdays, type OpeningHours, type Weekday } from './hours';

/** What a service does on a bank holiday: shut, its usual hours for that weekday, or not known. */
export type BankHolidayHours = 'closed' | 'usual' | 'unknown';

/** When the next opening is: later today, tomorrow, or a weekday name within the next week. */
export interface NextOpening {
  /** Days from today, 0 to 7. */
  daysAhead: number;
  weekday: Weekday;
  /** "HH:MM" in UK time. */
  time: string;
  /** True when that day is a bank holiday and the service's bank holiday hours are not known. */
  uncertain: boolean;
}

export type OpeningStatus =
  | { state: 'always' }
  | { state: 'open'; closes: string }
  | { state: 'closed'; next: NextOpening | undefined }
  | { state: 'bank-holiday' }
  | { state: 'unknown' };

/** A moment as a UK calendar date ("2026-12-25"), weekday and minutes after midnight. */
export interface UkClock {
  date: string;
  weekday: Weekday;
  minutes: number;
}

const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function ukClock(moment: Date): UkClock {
  const parts = ukParts.formatToParts(moment);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: part('weekday').toLowerCase().slice(0, 3) as Weekday,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/** The calendar date `days` after `date`, both "YYYY-MM-DD"; calendar arithmetic, so clock changes do not matter. */
function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const weekdayAfter = (weekday: Weekday, days: number): Weekday => weekdays[(weekdays.indexOf(weekday) + days) % 7]!;

/** Minutes after midnight as "HH:MM"; 1440 is "24:00", the end of the day. */
const clockTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

interface Stretch {
  opens: number;
  closes: number;
}

/** The day's opening stretches in minutes, earliest first. */
function stretchesOn(hours: OpeningHours & { kind: 'weekly' }, weekday: Weekday): Stretch[] {
  return hours.periods
    .filter((period) => period.days.includes(weekday))
    .map((period) => ({ opens: minutesOf(period.opens), closes: minutesOf(period.closes) }))
    .sort((a, b) => a.opens - b.opens);
}

/**
 * The status at `moment`. `bankHolidays` holds England and Wales bank holidays as "YYYY-MM-DD";
 * on one of those, a service whose bank holiday hours are not known "may be closed", never "open".
 */
export function openingStatus(
  hours: OpeningHours,
  moment: Date,
  bankHolidays: ReadonlySet<string>,
  onBankHolidays: BankHolidayHours = 'unknown',
): OpeningStatus {
  if (hours.kind === 'always') return { state: 'always' };
  if (hours.kind === 'unknown') return { state: 'unknown' };
  const now = ukClock(moment);
  const isHoliday = (date: string) => bankHolidays.has(date);
  if (isHoliday(now.date) && onBankHolidays === 'unknown' && stretchesOn(hours, now.weekday).length > 0) {
    return { state: 'bank-holiday' };
  }
  const shutAllDay = (date: string) => isHoliday(date) && onBankHolidays === 'closed';

  if (!shutAllDay(now.date)) {
    const current = stretchesOn(hours, now.weekday).find((stretch) => now.minutes >= stretch.opens && now.minutes < stretch.closes);
    if (current) return { state: 'open', closes: closingTime(hours, now, current) };
  }
  return { state: 'closed', next: nextOpening(hours, now, isHoliday, shutAllDay, onBankHolidays) };
}

/** When an open stretch ends; a stretch running to midnight that the next day carries on is followed through. */
function closingTime(hours: OpeningHours & { kind: 'weekly' }, now: UkClock, current: Stretch): string {
  let closes = current.closes;
  for (let day = 1; closes === 24 * 60 && day <= 7; day += 1) {
    const carriedOn = stretchesOn(hours, weekdayAfter(now.weekday, day)).find((stretch) => stretch.opens === 0);
    if (!carriedOn) break;
    closes = carriedOn.closes;
  }
  return clockTime(closes);
}

function nextOpening(
  hours: OpeningHours & { kind: 'weekly' },
  now: UkClock,
  isHoliday: (date: string) => boolean,
  shutAllDay: (date: string) => boolean,
  onBankHolidays: BankHolidayHours,
): NextOpening | undefined {
  for (let daysAhead = 0; daysAhead <= 7; daysAhead += 1) {
    const date = addDays(now.date, daysAhead);
    if (shutAllDay(date)) continue;
    const weekday = weekdayAfter(now.weekday, daysAhead);
    const stretch = stretchesOn(hours, weekday).find((candidate) => daysAhead > 0 || candidate.opens > now.minutes);
    if (!stretch) continue;
    return { daysAhead, weekday, time: clockTime(stretch.opens), uncertain: isHoliday(date) && onBankHolidays === 'unknown' };
  }
  return undefined;
}

/** "Open now, closes at 8pm", "Closed, opens Monday at 8am", "Open 24 hours". */
export function describeStatus(status: OpeningStatus): string {
  switch (status.state) {
    case 'always':
      return 'Open 24 hours';
    case 'unknown':
      return 'Opening hours not confirmed';
    case 'bank-holiday':
      return 'Today is a bank holiday: it may be closed or have different hours today';
    case 'open':
      return `Open now, closes at ${formatTime(status.closes)}`;
    case 'closed': {
      const { next } = status;
      if (!next) return 'Closed';
      const when =
        next.daysAhead === 0 ? '' : next.daysAhead === 1 ? 'tomorrow ' : `${weekdayNames[next.weekday]} `;
      const opens = `opens ${when}at ${formatTime(next.time)}`;
      return next.uncertain ? `Closed, usually ${opens}, but that day is a bank holiday` : `Closed, ${opens}`;
    }
  }
}

/** True when the status means someone should answer now. */
export const isOpenStatus = (status: OpeningStatus): boolean => status.state === 'always' || status.state === 'open';
