/**
 * Typed access to the content collections for routes and components. Each collection is read once
 * per build and sorted the way pages show it.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { collections } from '../content.config';
import { assertReferencesResolve } from './integrity';

export type Campaign = CollectionEntry<'campaigns'>;
export type Service = CollectionEntry<'services'>;
export type DistrictEntry = CollectionEntry<'districts'>;
export type Resource = CollectionEntry<'resources'>;
export type Briefing = CollectionEntry<'briefings'>;
export type NewsItem = CollectionEntry<'news'>;
export type PageEntry = CollectionEntry<'pages'>;
export type Situation = CollectionEntry<'situations'>;

const cache = new Map<CollectionKey, Promise<unknown>>();
let referencesChecked: Promise<void> | undefined;

function once<C extends CollectionKey>(
  collection: C,
  sort: (a: CollectionEntry<C>, b: CollectionEntry<C>) => number,
): Promise<CollectionEntry<C>[]> {
  referencesChecked ??= assertReferencesResolve(Object.keys(collections) as CollectionKey[]);
  if (!cache.has(collection)) {
    cache.set(
      collection,
      referencesChecked.then(() => getCollection(collection)).then((entries) => [...entries].sort(sort)),
    );
  }
  return cache.get(collection) as Promise<CollectionEntry<C>[]>;
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'en-GB');
const newestFirst = (a: { data: { published: Date } }, b: { data: { published: Date } }) =>
  b.data.published.getTime() - a.data.published.getTime();

/** Campaigns running now first, then the rest, each group by title. */
export const campaigns = () =>
  once('campaigns', (a, b) => Number(b.data.current) - Number(a.data.current) || byTitle(a, b));
export const services = () => once('services', byTitle);
export const districtEntries = () => once('districts', (a, b) => a.data.district.localeCompare(b.data.district));
export const resources = () => once('resources', byTitle);
export const briefings = () => once('briefings', byTitle);
export const newsItems = () => once('news', newestFirst);
export const pages = () => once('pages', byTitle);
export const situations = () => once('situations', (a, b) => a.data.order - b.data.order);
export const priorities = () =>
  once('priorities', (a, b) => a.data.paragraph.localeCompare(b.data.paragraph, 'en', { numeric: true }));
export const outcomes = () => once('outcomes', (a, b) => a.data.number - b.data.number);

/** Finds entries by the ids a reference gives, keeping the order the content author chose. */
export async function servicesByIds(ids: readonly { id: string }[]): Promise<Service[]> {
  const all = await services();
  return ids.map(({ id }) => {
    const found = all.find((service) => service.id === id);
    if (!found) throw new Error(`No service "${id}"`);
    return found;
  });
}

export async function campaignById(id: string): Promise<Campaign> {
  const found = (await campaigns()).find((campaign) => campaign.id === id);
  if (!found) throw new Error(`No campaign "${id}"`);
  return found;
}

/** The campaigns that send readers to a service, to report or for support. */
export async function campaignsUsing(serviceId: string): Promise<Campaign[]> {
  return (await campaigns()).filter((campaign) =>
    [...campaign.data.support, ...campaign.data.report.map((route) => route.service)].some(
      (ref) => ref.id === serviceId,
    ),
  );
}
