/**
 * Opening hours as data: "always" (24 hours, every day), a list of weekly periods, or not known.
 * Pages describe them in words; `opening-status.ts` works out whether a service is open at a moment.
 */

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const weekdayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** One stretch of opening on some days, in UK local time, e.g. Monday to Friday 08:00 to 20:00. */
export interface OpeningPeriod {
  days: readonly Weekday[];
  opens: string;
  closes: string;
}

export type OpeningHours = { kind: 'always' } | { kind: 'weekly'; periods: readonly OpeningPeriod[] } | { kind: 'unknown' };

/** 24-hour "HH:MM" to minutes after midnight; "24:00" is allowed as a closing time. */
export function minutesOf(time: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  if (!match || (match[1] === '24' && match[2] !== '00')) throw new Error(`"${time}" is not a time like 08:00`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "8am", "6:30pm", "midday", "midnight": the GOV.UK style for times. */
export function formatTime(time: string): string {
  const minutes = minutesOf(time);
  if (minutes === 0 || minutes === 24 * 60) return 'midnight';
  if (minutes === 12 * 60) return 'midday';
  const hour24 = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const suffix = hour24 < 12 ? 'am' : 'pm';
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** "Monday to Friday", "Monday and Wednesday", "Tuesday, Thursday and Friday". */
export function describeDays(days: readonly Weekday[]): string {
  const sorted = weekdays.filter((day) => days.includes(day));
  if (sorted.length === weekdays.length) return 'Every day';
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && weekdays.indexOf(day) === weekdays.indexOf(run.at(-1)!) + 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${weekdayNames[run[0]!]} to ${weekdayNames[run.at(-1)!]}`] : run.map((day) => weekdayNames[day]),
  );
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The hours in plain English, one line per period. */
export function describeHours(hours: OpeningHours): string[] {
  if (hours.kind === 'always') return ['24 hours a day, every day'];
  if (hours.kind === 'unknown') return ['Opening hours not confirmed'];
  return hours.periods.map(
    (period) => `${describeDays(period.days)}: ${formatTime(period.opens)} to ${formatTime(period.closes)}`,
  );
}
