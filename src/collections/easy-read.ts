/**
 * Easy Read versions of the most used Get help situations: one idea per point, each with a picture.
 * The words are scored against a stricter target than other pages by `npm run content:report`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { strictFields, textSchema } from '../lib/schemas';
import { from } from './content-root';

/** Where the pictures live; the build runs from the project root, as for `content/`. */
export const pictureDir = './public/easy-read';

/** The file a picture name stands for. */
export const pictureFile = (name: string) => join(pictureDir, `${name}.svg`);

/** The pictures there are, by name: the editor offers them as a list, so nobody types a name that does not exist. */
const pictureNames = readdirSync(pictureDir)
  .filter((file) => file.endsWith('.svg'))
  .map((file) => file.slice(0, -'.svg'.length))
  .sort() as [string, ...string[]];

/** A picture's name: one of the files in `public/easy-read/`, so no point shows a broken image. */
export const pictureNameSchema = z.enum(pictureNames, {
  error: (issue) => `there is no picture "${String(issue.input)}": add ${pictureFile(String(issue.input))} or use one that exists`,
});

/** A UK number of 10 or 11 digits, however it is spaced: the same pattern the build checks page text with. */
const typedNumber = /(?<![\d+])0\d(?:[ -]?\d){8,9}(?!\d)/;

/** Easy Read words never carry a phone number: numbers come from the services, in large text beside the words. */
const easyTextSchema = textSchema.refine((text) => !typedNumber.test(text), {
  error: 'do not type a phone number here: name the service in `service` (or `services`) and its number is shown',
});

const pointSchema = strictFields({
  /** One short sentence, 15 words at most: `npm run content:report -- --strict` checks it. */
  text: easyTextSchema,
  /** The picture's name: a file in `public/easy-read/` without `.svg`. */
  picture: pictureNameSchema,
  /** What the picture shows, for people who cannot see it, e.g. "A red warning sign". */
  alt: textSchema,
  /** A service the point is about, from the situation or its campaign: its number is shown in large text under the words. */
  service: reference('services').optional(),
});

const easyReadSchema = strictFields({
  /** The Get help situation this is the Easy Read version of; the file is named after it too. */
  situation: reference('situations'),
  /** The page title in Easy Read words, e.g. "Scams". */
  title: easyTextSchema,
  /** The 1 or 2 services whose buttons come first, under the title, from the situation or its campaign. */
  services: z.array(reference('services')).min(1).max(2),
  /** The parts of the page in order, each a heading and its points. */
  sections: z
    .array(
      strictFields({
        /** A short heading, e.g. "Who can help". */
        heading: easyTextSchema,
        /** The points, in order: one idea each, one row each. */
        points: z.array(pointSchema).min(1),
      }),
    )
    .min(1),
});

export const easyRead = defineCollection({ loader: from('easy-read', '*.yaml'), schema: easyReadSchema });
