/** Easy Read versions of the most used Get help situations: one idea per point, each with a picture. */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { strictFields, textSchema } from '../lib/schemas';
import { from } from './content-root';

export const easyRead = defineCollection({
  loader: from('easy-read', '*.yaml'),
  schema: strictFields({
    /** The Get help situation this is the Easy Read version of. */
    situation: reference('situations'),
    /** The page title in Easy Read words. */
    title: textSchema,
    /** The points, in order: one idea each. */
    points: z
      .array(
        strictFields({
          /** One short sentence. */
          text: textSchema,
          /** The picture's name, a file in `public/easy-read/` without `.svg`. */
          picture: z.string(),
          /** What the picture shows, for people who cannot see it. */
          alt: textSchema,
        }),
      )
      .min(1),
  }),
});
