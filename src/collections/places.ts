/** Towns, villages and postcode districts, each with the district council(s) that cover it. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { strictFile } from '../loaders/strict-file';
import { districtSchema, sourceSchema, strictFields, textSchema } from '../lib/schemas';
import { contentRoot } from './content-root';

export const places = defineCollection({
  loader: strictFile(`${contentRoot}/places.yaml`),
  schema: strictFields({
    /** The entry's id, e.g. "wymondham" or "nr18". */
    id: z.string(),
    /** The name as people write it, e.g. "Wymondham" or "NR18". */
    name: textSchema,
    /** A town, a village, or a postcode district (the first half of a postcode). */
    kind: z.enum(['town', 'village', 'postcode']),
    /** The district council area(s) it lies in; two or more when it spans a boundary. */
    districts: z.array(districtSchema).min(1),
    /** Where this was checked. */
    source: sourceSchema,
  }),
});
