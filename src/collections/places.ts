/** Towns, villages and postcode districts, each with the district council(s) that cover it. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { strictFile } from '../loaders/strict-file';
import { districtSchema, isoDateSchema, strictFields, textSchema, urlSchema } from '../lib/schemas';
import { contentRoot } from './content-root';

/** The page that says which council covers a place, and how much weight it carries. */
const placeSourceSchema = strictFields({
  /** The page in words a reader understands, e.g. "Breckland Council: community governance review". */
  title: textSchema,
  /** The page's address, so anyone can check the place against it. */
  url: urlSchema,
  /** The day someone read the page, YYYY-MM-DD. */
  checked: isoDateSchema,
  /** True when the page is run by the council or public body responsible; false for encyclopaedias and directories. */
  primary: z.boolean(),
});

/** One place as a content file gives it. */
const placeSchema = strictFields({
  /** The entry's id, e.g. "wymondham" or "nr18". */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'use lower-case letters, digits and hyphens, e.g. "kings-lynn"' }),
  /** The name as people write it, e.g. "Wymondham" or "NR18". */
  name: textSchema,
  /** A city, town or village, or a postcode district (the first half of a postcode, e.g. NR18). */
  kind: z.enum(['city', 'town', 'village', 'postcode']),
  /** Other names people use for the same place, e.g. "Gorleston" for "Gorleston-on-Sea". */
  aliases: z.array(textSchema).default([]),
  /** For a postcode district, its post town as written in addresses, e.g. "Wymondham". */
  postTown: textSchema.optional(),
  /** The district council area(s) it lies in; two or more when it spans a boundary. */
  districts: z.array(districtSchema).min(1),
  /** Where this was checked. */
  source: placeSourceSchema,
}).refine((place) => place.kind !== 'postcode' || /^(NR|PE|IP)\d{1,2}$/.test(place.name), {
  error: 'a postcode district is written like NR18, PE31 or IP22',
  path: ['name'],
});

export const places = defineCollection({
  loader: strictFile(`${contentRoot}/places.yaml`),
  schema: placeSchema,
});
