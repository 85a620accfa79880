/**
 * The place list for the finder on /districts/, written at build time. The browser fetches it from
 * this site only when someone uses the finder, so the page itself stays light.
 */
import type { APIRoute } from 'astro';
import { places as placeEntries } from '../../data/entries';
import { toRows, type Place, type PlaceFinderData } from '../../lib/places';
import { districts } from '../../lib/taxonomy';
import { paths } from '../../lib/paths';

export const GET: APIRoute = async () => {
  const places: Place[] = (await placeEntries()).map((entry) => ({ ...entry.data, id: entry.id, confirmed: entry.data.source.primary }));
  const data: PlaceFinderData = {
    districts: Object.fromEntries(districts.map((district) => [district.slug, { label: district.label, href: paths.district(district.slug) }])),
    places: toRows(places),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
