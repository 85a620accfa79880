/**
 * When each campaign runs: date ranges, each usually joining a national awareness day or week whose
 * dates are published by the body that runs it. "Running now" and "coming up" are worked out from
 * these dates when the site is built (it is rebuilt every day), never set by hand.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { strictFile } from '../loaders/strict-file';
import { isoDateSchema, strictFields, textSchema, urlSchema } from '../lib/schemas';
import { contentRoot } from './content-root';

export const campaignDates = defineCollection({
  loader: strictFile(`${contentRoot}/campaign-calendar.yaml`),
  schema: strictFields({
    /** The entry's id, e.g. "hate-crime-awareness-week-2026". */
    id: z.string(),
    /** The campaign that runs in this period. */
    campaign: reference('campaigns'),
    /** What partners see in the calendar, e.g. "Hate Crime Awareness Week". */
    title: textSchema,
    /** The first day, YYYY-MM-DD. */
    from: isoDateSchema,
    /** The last day, YYYY-MM-DD; the same as `from` for a single day. */
    to: isoDateSchema,
    /** What partners can do in this period, in a sentence. */
    summary: textSchema.optional(),
    /** The national awareness day or week this joins, and where its dates are published. */
    joins: strictFields({
      /** Its name as the organisers give it, e.g. "Anti-Slavery Day". */
      name: textSchema,
      /** Who runs it, e.g. "the Home Office" or "Citizens Advice". */
      organiser: textSchema,
      /** The organiser's own page giving these dates. */
      url: urlSchema,
      /** The day someone read that page and compared the dates, YYYY-MM-DD. */
      checked: isoDateSchema,
    }).optional(),
  }).refine((entry) => entry.to.getTime() >= entry.from.getTime(), {
    path: ['to'],
    error: 'must be on or after `from`',
  }),
});
