/**
 * Field schemas shared by the content collections. Plain zod, so unit tests can run them without
 * Astro; `src/content.config.ts` assembles them into collections and adds references.
 */
import { closest } from 'fastest-levenshtein';
import { z } from 'astro/zod';
import { isRealIsoDate } from './dates';
import { minutesOf, weekdays, type OpeningHours } from './hours';
import { parseUkPhone, phoneHref, phoneUseProblem, type PhoneKind } from './phone';
import { audiences, districts, keyStages, languages, resourceFormats, slugsOf, topics, type Term } from './taxonomy';
import type { Detail } from './verification';

/** A slug from one taxonomy list; the error lists the slugs that are allowed. */
export function termSchema<T extends Term>(terms: readonly T[], what: string) {
  const slugs = slugsOf(terms);
  return z.enum(slugs, {
    error: (issue) => `unknown ${what} ${JSON.stringify(issue.input)}: use one of ${slugs.join(', ')}`,
  });
}

export const audienceSchema = termSchema(audiences, 'audience');
export const topicSchema = termSchema(topics, 'topic');
export const districtSchema = termSchema(districts, 'district');
export const keyStageSchema = termSchema(keyStages, 'key stage');
export const resourceFormatSchema = termSchema(resourceFormats, 'resource format');
export const languageSchema = termSchema(languages, 'language');

/**
 * A list of topics, or `all` for services that help with every topic (999, 101, Crimestoppers);
 * `[all]`, as the web editor writes it, means the same.
 */
export const topicListSchema = z.preprocess(
  (value) => (value === 'all' || (Array.isArray(value) && value.length === 1 && value[0] === 'all') ? slugsOf(topics) : value),
  z.array(topicSchema).min(1),
);

/** A calendar date written YYYY-MM-DD; impossible days such as 2026-02-30 are refused. */
export const isoDateSchema = z
  .union([z.string(), z.date()])
  .refine((value) => (typeof value === 'string' ? isRealIsoDate(value) : !Number.isNaN(value.getTime())), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a real date written as YYYY-MM-DD`,
  })
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));

/** A hashtag such as #SaferNorfolk: letters and digits after the #, no spaces. */
export const hashtagSchema = z
  .string()
  .regex(/^#[A-Za-z][A-Za-z0-9]*$/, { error: 'must be a hashtag like #SaferNorfolk: a # then letters and digits' });

/** Non-empty text with spacing trimmed. */
export const textSchema = z.string().trim().min(1, { error: 'must not be empty' });

/** A web address starting https://: a plain http:// link can be changed on its way to the reader. */
export const urlSchema = z.url({ protocol: /^https$/, error: 'must be a full web address starting https://' });

/** True for an address that is only a site's home page, such as https://www.norfolk.gov.uk/. */
export function isBareHomePage(address: string): boolean {
  // Not a web address at all: urlSchema already says so, in words an editor can act on.
  if (!URL.canParse(address)) return false;
  const url = new URL(address);
  return (url.pathname === '/' || url.pathname === '') && url.search === '' && url.hash === '';
}

/**
 * The address of a page that does something (a report form, a council's anti-social behaviour
 * page): a home page sends a reader in a hurry off to search for it, so it is refused.
 */
export const actionUrlSchema = urlSchema.refine((address) => !isBareHomePage(address), {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is a home page: link the page that does the job (the form or the reporting page itself)`,
});

/**
 * An object that refuses fields it does not know, so a misspelt optional field (`sensitve`) stops
 * the build instead of being dropped. The message suggests the closest known field.
 */
export function strictFields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, known) : undefined),
  });
}

/** "unknown field "sensitve": did you mean "sensitive"?", for one or more unknown keys. */
export function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const nearest = known.length > 0 ? closest(key, [...known]) : undefined;
      const hint = nearest ? `did you mean "${nearest}"?` : 'remove it';
      return `unknown field "${key}": ${hint} Known fields: ${known.join(', ')}`;
    })
    .join('; ');
}

const phoneKinds = ['call', 'text', 'relay', 'textphone'] as const satisfies readonly PhoneKind[];

/** A phone, text, Relay UK or textphone number, checked as a UK number and given its link. */
export const phoneSchema = strictFields({
    /** The number as people should read it, e.g. "0808 2000 247". */
    number: z.string(),
    /** call (default), text (an SMS number), relay (dialled after 18001), or textphone. */
    kind: z.enum(phoneKinds).default('call'),
    /** Optional words shown before the number, e.g. "Silent Solution". */
    label: textSchema.optional(),
  }).transform((value, context) => {
    const result = parseUkPhone(value.number);
    if (!result.ok) {
      context.addIssue({ code: 'custom', path: ['number'], message: result.reason });
      return z.NEVER;
    }
    // Whether 999 is allowed depends on the entry, so the service schema checks that part.
    const problem = value.kind === 'text' ? phoneUseProblem(result.phone, 'text', true) : undefined;
    if (problem) {
      context.addIssue({ code: 'custom', path: ['kind'], message: problem });
      return z.NEVER;
    }
    return { ...value, ...result.phone, href: phoneHref(result.phone, value.kind) };
  });

const timeSchema = z.string().refine(
  (time) => {
    try {
      minutesOf(time);
      return true;
    } catch {
      return false;
    }
  },
  { error: (issue) => `${JSON.stringify(issue.input)} is not a time like "08:00"` },
);

const openingPeriodSchema = strictFields({
    /** The days this period applies to: mon, tue, wed, thu, fri, sat, sun. */
    days: z.array(z.enum(weekdays)).min(1),
    /** Opening time, 24-hour "HH:MM", UK time. */
    opens: timeSchema,
    /** Closing time, 24-hour "HH:MM"; "24:00" for midnight. */
    closes: timeSchema,
  }).refine((period) => minutesOf(period.opens) < minutesOf(period.closes), {
    error: 'closes must be later than opens',
    path: ['closes'],
  });

/**
 * Opening hours: a list of weekly periods; a line open all day every day is one period, every day
 * from 00:00 to 24:00, and pages say "24 hours a day, every day". One shape only, so the web editor
 * can show and save it as a list. Leave it out when the hours are not confirmed; the page says so.
 */
export const hoursSchema = z
  .array(openingPeriodSchema)
  .min(1)
  .optional()
  .transform((periods): OpeningHours => {
    if (periods === undefined) return { kind: 'unknown' };
    return isAlwaysOpen(periods) ? { kind: 'always' } : { kind: 'weekly', periods };
  });

/** True when the periods cover every day of the week from midnight to midnight. */
export function isAlwaysOpen(periods: readonly { days: readonly string[]; opens: string; closes: string }[]): boolean {
  const allDay = periods.filter((period) => period.opens === '00:00' && period.closes === '24:00');
  return weekdays.every((day) => allDay.some((period) => period.days.includes(day)));
}

/** Where a fact comes from. */
export const sourceSchema = strictFields({
  /** What was read, e.g. "Safer Norfolk Plan 2021-24, paragraph 2.9" or a web page's name. */
  title: textSchema,
  /** Its address, when it has one. */
  url: urlSchema.optional(),
});

/** A page someone read to check an entry's details. */
export function sourceRecordSchema<D extends Detail>(details: readonly [D, ...D[]]) {
  return strictFields({
    /** The page's address; a primary source must have one, so a reader can check it too. */
    url: urlSchema.optional(),
    /** The page in words a reader understands, e.g. "the Refuge website"; shown as "Checked on ...". */
    title: textSchema,
    /** The day someone read the page and compared it with the entry, YYYY-MM-DD. */
    checked: isoDateSchema,
    /** True when the page is run by the service itself or the public body responsible for it. */
    primary: z.boolean(),
    /** The details this page confirms, e.g. [phones, hours]. Only a primary source can confirm. */
    confirms: z.array(z.enum(details)).default([]),
  }).refine((source) => !source.primary || source.url !== undefined, {
    error: 'a primary source needs its url',
    path: ['url'],
  });
}
