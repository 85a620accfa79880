/**
 * Calendar dates written as YYYY-MM-DD. YAML turns an unquoted impossible date such as 2026-02-30
 * into 2 March without a word, so content files are also read as text and every date is checked.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text names a day that exists, e.g. not 2026-02-30 or 2026-13-01. */
export function isRealIsoDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export interface ImpossibleDate {
  /** The key the date was written under, e.g. `lastVerified`. */
  field: string;
  /** The date as written. */
  value: string;
  /** 1-based line number in the file. */
  line: number;
}

/** A time of day written HH:MM or HH:MM:SS, optionally with a zone; 24:00 is refused here. */
const timeOfDay = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function isRealTime(text: string): boolean {
  const match = timeOfDay.exec(text);
  if (!match) return false;
  const [hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number];
  return hours < 24 && minutes < 60 && seconds < 60;
}

/**
 * Finds `key: YYYY-MM-DD` lines (frontmatter or YAML, quoted or not), and date-times such as
 * `2026-02-30T10:00:00`, whose day or time does not exist: YAML would quietly move them on.
 */
export function findImpossibleDates(source: string): ImpossibleDate[] {
  const found: ImpossibleDate[] = [];
  const keyedDate =
    /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:\s*["']?((\d{4}-\d{2}-\d{2})(?:[Tt ]([\d:.]+(?:Z|[+-][\d:]+)?))?)["']?\s*(?:#.*)?$/;
  source.split(/\r?\n/).forEach((text, index) => {
    const match = keyedDate.exec(text);
    if (!match) return;
    const [, field, value, day, time] = match as unknown as [string, string, string, string, string | undefined];
    if (!isRealIsoDate(day) || (time !== undefined && !isRealTime(time))) {
      found.push({ field, value, line: index + 1 });
    }
  });
  return found;
}

/** Formats a date the GOV.UK way: 27 November 2026. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(date);
}

/** The YYYY-MM-DD form, for `datetime` attributes and feeds. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
