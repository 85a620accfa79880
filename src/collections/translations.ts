/**
 * Short pages of help in languages other than English, each sentence paired with the English it
 * translates and the page that says it, and the English page that lists them
 * (`/help-in-your-language/`). A page stays marked for a qualified translator's review until the
 * content owner records that review here.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { isoDateSchema, languageSchema, strictFields, textSchema, urlSchema } from '../lib/schemas';
import { from } from './content-root';

/** A page someone read to confirm a sentence. */
export const statementSourceSchema = strictFields({
  /** The page in words a reader understands, e.g. "GOV.UK: Domestic abuse: how to get help (in Polish)". */
  title: textSchema,
  /** Its address: a reader must be able to check it too. */
  url: urlSchema,
  /** The day someone read it and compared it with the sentence, YYYY-MM-DD. */
  checked: isoDateSchema,
});

/** One sentence of a translated page. */
export const statementSchema = strictFields({
  /** The sentence in the page's language. */
  text: textSchema,
  /** The English sentence it translates, saying only what the source says. */
  english: textSchema,
  /** Where the English sentence is confirmed; a sentence without one is refused. */
  source: statementSourceSchema,
  /** A page the sentence points to, such as official guidance in the language; the sentence becomes its link. */
  link: urlSchema.optional(),
});

/** Words with their English, for headings and labels that state no fact. */
export const pairSchema = strictFields({
  /** The words in the page's language. */
  text: textSchema,
  /** What they say in English. */
  english: textSchema,
});

/** A qualified translator's check of the whole page against its English. */
export const reviewSchema = strictFields({
  /** The translator's name (and organisation), as the content owner recorded it. */
  reviewedBy: textSchema,
  /** The day the review was finished, YYYY-MM-DD. */
  date: isoDateSchema,
});

/** A translated page; `service` is the schema of a service reference (a plain string in unit tests). */
export function translationSchema<S extends z.ZodType>(service: S) {
  return strictFields({
    /** The language the page is written in; the file is named by the same code, e.g. `pl.yaml`. */
    language: languageSchema,
    /** The page title, in the language, with its English. */
    title: pairSchema,
    /** One or two sentences under the title saying what the page is for. */
    intro: pairSchema,
    /** "Not yet checked by a qualified translator", in the language; shown until `review` is recorded. */
    reviewNotice: textSchema,
    /** Leave out until a qualified translator has checked the page: the page then says it is awaiting review. */
    review: reviewSchema.optional(),
    /** The parts of the page, in order; the first is the emergency. */
    sections: z
      .array(
        strictFields({
          /** The heading with its English. */
          heading: pairSchema,
          /** A button that calls the service's first number, with its words in the language. */
          call: strictFields({
            /** The service in `content/services/` whose first number the button calls. */
            service,
            /** The button's words, e.g. "Zadzwoń pod 999", with their English. */
            label: pairSchema,
          }).optional(),
          /** The sentences, each with its English and source. */
          statements: z.array(statementSchema).min(1),
        }),
      )
      .min(1),
  });
}

/** The English page: which services help in other languages, official translated guidance, and why these languages. */
export function languageSupportSchema<S extends z.ZodType>(service: S) {
  return strictFields({
    /** The page title. */
    title: textSchema,
    /** One sentence under the title, also used by search and link previews. */
    summary: textSchema,
    /** Services whose own site says they help in other languages. */
    services: z.array(
      strictFields({
        /** The service in `content/services/`. */
        service,
        /** What its own site says about languages, in our words. */
        text: textSchema,
        /** The service's page that says so. */
        source: statementSourceSchema,
      }),
    ),
    /** Official guidance published in other languages by government and national services. */
    guidance: z.array(
      strictFields({
        /** The language the guidance is written in. */
        language: languageSchema,
        /** The guidance's own title, in English. */
        title: textSchema,
        /** Who publishes it, e.g. "GOV.UK (Home Office)". */
        publisher: textSchema,
        /** Its address. */
        url: urlSchema,
        /** The day someone read it, YYYY-MM-DD. */
        checked: isoDateSchema,
      }),
    ),
    /** Why these languages were chosen, shown to readers, with the census source it rests on. */
    choice: strictFields({
      /** The sentences readers see. */
      text: textSchema,
      /** The census figures and where they were read. */
      source: statementSourceSchema,
    }),
    /** Things seen but not yet confirmed on a primary source: never shown. */
    toCheck: z.array(textSchema).default([]),
  });
}

const translationWithServices = translationSchema(reference('services'));
const languageSupportWithServices = languageSupportSchema(reference('services'));

export const translations = defineCollection({
  loader: from('translations', '*.yaml'),
  schema: translationWithServices,
});

export const languageSupport = defineCollection({
  loader: from('translations/english', '*.yaml'),
  schema: languageSupportWithServices,
});

/**
 * Numbers a reader could dial: a UK number of 10 or 11 digits, a three-digit short code starting
 * 1 or 9 (999, 101, 116 123), and 55 (the Silent Solution). Other figures, such as "200 languages",
 * are not numbers to call.
 */
const dialable = /(?<![\d])(?:0\d(?:[ -]?\d){8,9}|1\d\d(?: \d{3})?|999|55)(?!\d)/g;

/** The dialable numbers typed in a text, digits only. */
export function dialableNumbersIn(text: string): string[] {
  return [...text.matchAll(dialable)].map((match) => match[0].replace(/\D/g, ''));
}

/**
 * A translated sentence may only give numbers that a confirmed service gives (its numbers, or the
 * numbers in their labels, such as 55 in the Silent Solution's): returns the problems, one a line.
 */
export function unconfirmedNumberProblems(
  file: string,
  sentences: readonly { field: string; text: string }[],
  confirmed: ReadonlySet<string>,
): string[] {
  return sentences.flatMap(({ field, text }) =>
    dialableNumbersIn(text)
      .filter((number) => !confirmed.has(number))
      .map(
        (number) =>
          `${file}, field "${field}": the number ${number} is typed into the text, but no confirmed service gives it. ` +
          'Numbers live in content/services/: confirm it there first, or remove it.',
      ),
  );
}
