/** Short pages of help in languages other than English, each sentence paired with its English and its source. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { languageSchema, strictFields, textSchema } from '../lib/schemas';
import { from } from './content-root';

export const translations = defineCollection({
  loader: from('translations', '*.yaml'),
  schema: strictFields({
    /** The language the page is written in. */
    language: languageSchema,
    /** The page title, in the language. */
    title: textSchema,
  }),
});
