/**
 * "Find help where you live": turns what someone types (a town, a village or a postcode) into the
 * place or places it most likely means, and so the district council(s) that cover it. Shared by the
 * build, which writes the place list, and the browser, which searches it; nothing here leaves the site.
 */
import { distance } from 'fastest-levenshtein';

/** What the finder needs to know about one place. */
export interface Place {
  /** The entry's id, e.g. "wymondham". */
  readonly id: string;
  /** The name as people write it, e.g. "King's Lynn". */
  readonly name: string;
  /** city, town, village or postcode. */
  readonly kind: 'city' | 'town' | 'village' | 'postcode';
  /** Other names for the same place, e.g. "Gorleston". */
  readonly aliases: readonly string[];
  /** The district slugs that cover it, one or more. */
  readonly districts: readonly string[];
  /** True when a council or other public body's own page says so; false for encyclopaedias and guides. */
  readonly confirmed: boolean;
}

/** The finder's answer: exact matches, likely matches for a typo, or nothing. */
export interface FindResult {
  /** exact: the name (or postcode district) matched; near: a close spelling; none: nothing close; empty: nothing typed. */
  readonly status: 'exact' | 'near' | 'none' | 'empty';
  /** The matching places, best first. */
  readonly places: readonly Place[];
  /** The postcode district read from the input, e.g. "NR18" from "nr18 1ab", when it looked like a postcode. */
  readonly postcode?: string;
}

/**
 * One spelling for the many ways a name is typed: case, spaces, apostrophes ("Kings Lynn"),
 * hyphens ("Caister on Sea"), "&" for "and", and "Saint" or "St." for "St".
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(saint|st)\b/g, 'st')
    .trim()
    .replace(/\s+/g, ' ');
}

// The outward code of a UK postcode in the areas that reach Norfolk: NR18, PE31, IP22...
const postcodePattern = /^\s*((?:NR|PE|IP)\d{1,2})\s*(\d[A-Z]{2})?\s*$/i;
// Any UK outward code, so "CB1 2AB" is recognised as a postcode outside the area, not a place name.
const anyPostcodePattern = /^\s*([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})?\s*$/i;

/**
 * The postcode district (outward code) in what was typed: "nr18 1ab", "NR181AB" and "nr18" all
 * give "NR18". Undefined when the text is not a postcode.
 */
export function postcodeDistrict(text: string): string | undefined {
  const compact = text.replace(/\s+/g, ' ').trim();
  const match = postcodePattern.exec(compact) ?? anyPostcodePattern.exec(compact);
  if (!match) return undefined;
  // "NR181AB" without a space: the inward code is always the last three characters.
  return match[1]!.toUpperCase();
}

/** How many spelling mistakes a name of this length may carry and still be offered. */
function allowedTypos(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Every spelling a place answers to, normalised. */
function namesOf(place: Place): string[] {
  return [place.name, ...place.aliases].map(normalise);
}

/** Finds the place(s) a person means by what they typed. */
export function findPlace(query: string, places: readonly Place[]): FindResult {
  const typed = normalise(query);
  if (typed === '') return { status: 'empty', places: [] };

  const postcode = postcodeDistrict(query);
  if (postcode) {
    const matches = places.filter((place) => place.kind === 'postcode' && place.name.toUpperCase() === postcode);
    return { status: matches.length > 0 ? 'exact' : 'none', places: matches, postcode };
  }

  const exact = places.filter((place) => place.kind !== 'postcode' && namesOf(place).includes(typed));
  if (exact.length > 0) return { status: 'exact', places: exact };

  const scored = places
    .filter((place) => place.kind !== 'postcode')
    .map((place) => {
      const best = Math.min(...namesOf(place).map((name) => (allowedTypos(name.length) > 0 ? distance(typed, name) : Infinity)));
      return { place, best };
    })
    .filter(({ place, best }) => best <= Math.max(...namesOf(place).map((name) => allowedTypos(name.length))))
    .sort((a, b) => a.best - b.best || a.place.name.localeCompare(b.place.name, 'en-GB'));
  if (scored.length > 0) return { status: 'near', places: scored.slice(0, 3).map(({ place }) => place) };

  return { status: 'none', places: [] };
}

/** The districts a set of matches covers, each once, in the order first met. */
export function districtsOf(places: readonly Place[]): string[] {
  return [...new Set(places.flatMap((place) => place.districts))];
}


/** The compact list the browser downloads: [id, name, kind, aliases, districts] per place. */
export type PlaceRow = [string, string, Place['kind'], string[], string[], boolean];

export function toRows(places: readonly Place[]): PlaceRow[] {
  return places.map((place) => [place.id, place.name, place.kind, [...place.aliases], [...place.districts], place.confirmed]);
}

export function fromRows(rows: readonly PlaceRow[]): Place[] {
  return rows.map(([id, name, kind, aliases, districts, confirmed]) => ({ id, name, kind, aliases, districts, confirmed }));
}

/** What /districts/places.json holds: each district's name and page, and the places as rows. */
export interface PlaceFinderData {
  districts: Record<string, { label: string; href: string }>;
  places: PlaceRow[];
}
