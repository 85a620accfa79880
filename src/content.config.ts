/**
 * The content collections: every entry passes one of these schemas before a page can use it.
 * Editors work in `content/`; a file that breaks a rule stops the build with its path and field.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { strictFile } from './loaders/strict-file';
import { contentRoot, from } from './collections/content-root';
import { places } from './collections/places';
import { easyRead } from './collections/easy-read';
import { languageSupport, translations } from './collections/translations';
import { campaignDates } from './collections/calendar';
import {
  actionUrlSchema,
  audienceSchema,
  districtSchema,
  hashtagSchema,
  hoursSchema,
  isoDateSchema,
  keyStageSchema,
  phoneSchema,
  resourceFormatSchema,
  sourceRecordSchema,
  sourceSchema,
  strictFields,
  textSchema,
  topicListSchema,
  topicSchema,
  urlSchema,
} from './lib/schemas';
import { phoneUseProblem } from './lib/phone';
import {
  districtDetails,
  falseClaims,
  serviceDetails,
  shownDistrictDetails,
  shownServiceDetails,
  type ClaimProblem,
} from './lib/verification';


/** A way to report or get help: a service in the directory, and when to use it. */
const routeSchema = strictFields({
  /** The service's id in `content/services/`. */
  service: reference('services'),
  /** When to use this route, e.g. "If someone is in danger now". */
  when: textSchema,
});

const campaigns = defineCollection({
  loader: from('campaigns', '*/index.mdx'),
  schema: strictFields({
    /** The campaign's name, e.g. "Fraud and scams". */
    title: textSchema,
    /** One sentence saying what the campaign is about; used in cards, search and social posts. */
    summary: textSchema,
    /** The one thing to remember, in a few words, e.g. "Stop. Think. Check." */
    keyMessage: textSchema,
    /** The topic the campaign covers. */
    topic: topicSchema,
    /** Who the campaign speaks to. */
    audiences: z.array(audienceSchema).min(1),
    /** True when a reader may be at risk while reading: the page adds the quick exit. */
    sensitive: z.boolean().default(false),
    /** What it is, in a short paragraph of plain English. */
    about: textSchema,
    /** Concrete signs to look out for, one per item. */
    signs: z.array(textSchema).min(3),
    /** Steps that protect the reader and others, one per item. */
    protect: z.array(textSchema).min(1),
    /** Ways to report it, emergency first: which service, and when to use it. */
    report: z.array(routeSchema).min(1),
    /** Services in the directory that give support. */
    support: z.array(reference('services')).min(1),
    /**
     * The one or two lines a reader needs most (e.g. the domestic abuse helpline): first under the
     * title, and first and largest on the poster. Not the emergency line, which every page shows.
     */
    primaryLines: z.array(reference('services')).min(1).max(2),
    /** Figures from the plan or another source, each with where it came from. */
    facts: z
      .array(
        strictFields({
          /** The fact as a sentence a resident can read, saying the period it describes. */
          statement: textSchema,
          /** The period the figure describes, e.g. "2019-20" or "March 2021". */
          period: textSchema,
          /** Where the figure comes from. */
          source: sourceSchema,
        }),
      )
      .default([]),
    /** Words people use for this problem, for search, e.g. "scam", "phishing". */
    keywords: z.array(textSchema).default([]),
    /** Everyday sentences that mean this topic, for search, e.g. "ringing pretending to be the bank". */
    phrases: z.array(textSchema).default([]),
    /** Hashtags partners should use when they share the campaign. */
    hashtags: z.array(hashtagSchema).default([]),
    /** Posts partners can copy; when there are none, the toolkit drafts some from the fields above. */
    socialPosts: z.array(textSchema).default([]),
    /** When the campaign page was first published. */
    published: isoDateSchema,
    /** When its content last changed in a way readers should know about. */
    updated: isoDateSchema.optional(),
  }),
});

const services = defineCollection({
  loader: from('services', '*.yaml'),
  schema: strictFields({
    /** The service's name as the public knows it. */
    title: textSchema,
    /** Its former name, when people may still look for that, e.g. "Action Fraud". */
    formerly: textSchema.optional(),
    /** What it does, in one sentence. */
    summary: textSchema,
    /** Who runs it, when that is not obvious from the name. */
    organisation: textSchema.optional(),
    /** Who can use it, when not everyone can, e.g. "Women aged 16 and over". */
    eligibility: textSchema.optional(),
    /** Whether it takes reports, gives support, or both. */
    purposes: z.array(z.enum(['report', 'support'])).min(1),
    /** True only for the emergency services entry: the one entry that may list 999 or 112. */
    emergency: z.boolean().default(false),
    /** Numbers to call or text, each checked as a UK number. */
    phones: z.array(phoneSchema).default([]),
    /** Email address, where the service takes email. */
    email: z.email({ error: 'must be an email address' }).optional(),
    /** The service's own website. */
    website: urlSchema.optional(),
    /** An online form for reporting or asking for help: the form's own page, not a home page. */
    onlineForm: strictFields({
      /** The form's address. */
      url: actionUrlSchema,
      /** What the link says, e.g. "Report a crime online". */
      label: textSchema,
    }).optional(),
    /** Opening hours as weekly periods (every day 00:00 to 24:00 for a 24-hour line); left out when not confirmed. */
    hours: hoursSchema,
    /** Anything else about timing, e.g. "Busiest between 4pm and 8pm". */
    hoursNote: textSchema.optional(),
    /** On bank holidays: `closed`, or `usual` (its normal hours for that weekday); part of the hours a source confirms. */
    bankHolidays: z.enum(['closed', 'usual']).optional(),
    /** True when calls outside these hours are still answered (by an out-of-hours team), so it is never shown as "Closed". */
    answeredOutOfHours: z.boolean().default(false),
    /** Where it works: national, norfolk, or a list of district slugs. */
    coverage: z.union([z.enum(['national', 'norfolk']), z.array(districtSchema).min(1)]),
    /** The topics it helps with, or `all`. */
    topics: topicListSchema,
    /** Who it is for. */
    audiences: z.array(audienceSchema).min(1),
    /** True when people can use it without giving their name. */
    anonymous: z.boolean().default(false),
    /** Words people use when they look for it, for search. */
    keywords: z.array(textSchema).default([]),
    /** The pages the details were checked on; what is confirmed is worked out from these. */
    sources: z.array(sourceRecordSchema(serviceDetails)).min(1),
    /** Details seen elsewhere but not yet confirmed, for the next check. Never shown to readers. */
    toCheck: z.array(textSchema).default([]),
  }).superRefine((service, context) => {
    service.phones.forEach((phone, index) => {
      const problem = phoneUseProblem(phone, phone.kind, service.emergency);
      if (problem) context.addIssue({ code: 'custom', path: ['phones', index, 'number'], message: problem });
    });
    reportClaims(falseClaims(shownServiceDetails(service), service.sources), context);
  }),
});

/** Turns claims the sources cannot back into schema errors on the field that makes them. */
function reportClaims(problems: ClaimProblem[], context: z.RefinementCtx): void {
  for (const { path, message } of problems) context.addIssue({ code: 'custom', path, message });
}

const districts = defineCollection({
  loader: from('districts', '*.yaml'),
  schema: strictFields({
    /** Which district this file describes. */
    district: districtSchema,
    /** A short factual description of the district. */
    summary: textSchema,
    /** Main towns, to help people recognise their district. */
    towns: z.array(textSchema).default([]),
    /** The district or city council. */
    council: strictFields({
      /** Its name, e.g. "Norwich City Council". */
      name: textSchema,
      /** Its main website. */
      website: urlSchema.optional(),
      /** Its main phone number. */
      phone: phoneSchema.optional(),
    }),
    /** The council's page for reporting anti-social behaviour: the page itself, not the home page. */
    asbPage: actionUrlSchema.optional(),
    /** How to report anti-social behaviour in this district, in plain English. */
    asbReporting: textSchema,
    /** The pages these details were checked on; what is confirmed is worked out from these. */
    sources: z.array(sourceRecordSchema(districtDetails)).min(1),
    /** Details seen elsewhere but not yet confirmed, for the next check. Never shown to readers. */
    toCheck: z.array(textSchema).default([]),
  }).superRefine((district, context) => {
    reportClaims(falseClaims(shownDistrictDetails(district), district.sources), context);
  }),
});

const resources = defineCollection({
  loader: from('resources', '*.mdx'),
  schema: strictFields({
    /** The resource's title, e.g. "County lines: who can you trust?". */
    title: textSchema,
    /** What a teacher gets, in one sentence. */
    summary: textSchema,
    /** The campaign it belongs to. */
    campaign: reference('campaigns'),
    /** Lesson, assembly, activity or staff guidance. */
    format: resourceFormatSchema,
    /** The key stages it suits. */
    keyStages: z.array(keyStageSchema).min(1),
    /** How long it takes to deliver, in minutes. */
    durationMinutes: z.number().int().positive(),
    /** What pupils will know or be able to do afterwards. */
    learningOutcomes: z.array(textSchema).min(1),
    /** Curriculum links, e.g. "RSHE: Being safe". */
    curriculum: z.array(textSchema).min(1),
    /** When it was first published. */
    published: isoDateSchema,
    /** When it was last reviewed. */
    updated: isoDateSchema.optional(),
  }),
});

const briefings = defineCollection({
  loader: from('briefings', '*.mdx'),
  schema: strictFields({
    /** The briefing's title. */
    title: textSchema,
    /** What a team leader gets, in one sentence. */
    summary: textSchema,
    /** The campaign it belongs to. */
    campaign: reference('campaigns'),
    /** The team or role that keeps it up to date. */
    owner: textSchema,
    /** When it was first published. */
    published: isoDateSchema,
    /** The day by which it must be checked again. */
    reviewBy: isoDateSchema,
  }),
});

const news = defineCollection({
  loader: from('news', '*.mdx'),
  schema: strictFields({
    /** The headline. */
    title: textSchema,
    /** The story in one sentence, for lists and the feed. */
    summary: textSchema,
    /** The day it was published. */
    published: isoDateSchema,
    /** The topics it is about. */
    topics: z.array(topicSchema).min(1),
    /** Who it is for. */
    audiences: z.array(audienceSchema).min(1),
    /** The campaign it supports, if any. */
    campaign: reference('campaigns').optional(),
  }),
});

const pages = defineCollection({
  loader: from('pages', '*.mdx'),
  schema: strictFields({
    /** The page title. */
    title: textSchema,
    /** What the page covers, in one sentence. */
    summary: textSchema,
    /** The day the page was last reviewed. */
    updated: isoDateSchema,
  }),
});

const situations = defineCollection({
  loader: strictFile(`${contentRoot}/get-help/situations.yaml`),
  schema: strictFields({
    /** The entry's id, used in its address and by references. */
    id: z.string(),
    /** The situation in the reader's words, e.g. "Someone tried to scam me". */
    question: textSchema,
    /** Where it sits in the list: lower numbers first. */
    order: z.number().int(),
    /** A sentence of advice shown before the routes. */
    advice: textSchema.optional(),
    /** Where to report or get help, in the order to try them. */
    routes: z.array(routeSchema).min(1),
    /** True when the reader's district council is also a route (anti-social behaviour). */
    districtCouncil: z.boolean().default(false),
    /** The campaign with more about this situation. */
    campaign: reference('campaigns').optional(),
    /** How people describe this situation in their own words, for search, e.g. "kids throwing stones". */
    phrases: z.array(textSchema).default([]),
  }),
});

const priorities = defineCollection({
  loader: strictFile(`${contentRoot}/plan/priorities.yaml`),
  schema: strictFields({
    /** The entry's id, used in its address and by references. */
    id: z.string(),
    /** The priority's name, as the plan gives it. */
    title: textSchema,
    /** The paragraph of the plan that sets it out, e.g. "2.3". */
    paragraph: z.string().regex(/^\d+\.\d+$/, { error: 'must be a paragraph number like "2.3"' }),
    /** The site's topic for it, where there is one. */
    topic: topicSchema.optional(),
    /** Why it is a priority, in one sentence, using only what the plan says. */
    why: textSchema,
  }),
});

const outcomes = defineCollection({
  loader: strictFile(`${contentRoot}/plan/outcomes.yaml`),
  schema: strictFields({
    /** The entry's id, used in its address and by references. */
    id: z.string(),
    /** The outcome's number in Appendix 1 of the plan. */
    number: z.number().int().positive(),
    /** The long-term outcome, as the plan words it. */
    outcome: textSchema,
    /** How the partnership will measure it. */
    measures: z.array(textSchema).min(1),
  }),
});

export const collections = {
  campaigns,
  services,
  districts,
  resources,
  briefings,
  news,
  pages,
  situations,
  priorities,
  outcomes,
  // Newer collections live in files of their own (src/collections/), next to their schemas.
  places,
  easyRead,
  translations,
  languageSupport,
  campaignDates,
};
