/**
 * Typed access to the content collections for routes and components. Each collection is read once
 * per build and sorted the way pages show it.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { collections } from '../content.config';
import { assertReferencesResolve } from './integrity';
import { campaignsRunningOn, ukToday, type CampaignPeriod } from '../lib/campaign-calendar';
import { assertCrisisRoutesConfirmed } from './verification';
import type { DistrictSlug } from '../lib/taxonomy';

export type Campaign = CollectionEntry<'campaigns'>;
export type Service = CollectionEntry<'services'>;
export type DistrictEntry = CollectionEntry<'districts'>;
export type Resource = CollectionEntry<'resources'>;
export type Briefing = CollectionEntry<'briefings'>;
export type NewsItem = CollectionEntry<'news'>;
export type PageEntry = CollectionEntry<'pages'>;
export type Situation = CollectionEntry<'situations'>;
export type EasyReadPage = CollectionEntry<'easyRead'>;
export type TranslationPage = CollectionEntry<'translations'>;

const cache = new Map<CollectionKey, Promise<unknown>>();
let referencesChecked: Promise<void> | undefined;

function once<C extends CollectionKey>(
  collection: C,
  sort: (a: CollectionEntry<C>, b: CollectionEntry<C>) => number,
): Promise<CollectionEntry<C>[]> {
  referencesChecked ??= assertReferencesResolve(Object.keys(collections) as CollectionKey[]).then(
    assertCrisisRoutesConfirmed,
  );
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

/** Campaigns by title; `campaignsRunningFirst` puts the ones running today first. */
export const campaigns = () => once('campaigns', byTitle);
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
export const campaignDates = () => once('campaignDates', (a, b) => a.data.from.getTime() - b.data.from.getTime());
/** Towns, villages and postcode districts, by name. */
export const places = () => once('places', (a, b) => a.data.name.localeCompare(b.data.name, 'en-GB'));
/** The pages in other languages, by language code. */
export const translations = () => once('translations', (a, b) => a.data.language.localeCompare(b.data.language));
export const easyReadPages = () => once('easyRead', (a, b) => a.id.localeCompare(b.id));

/** The day the site was built, in the UK: what "running now" means until the next daily build. */
export const buildDay = ukToday();

/** Every campaign period in the calendar, earliest first. */
export const campaignPeriods = lookup(async (): Promise<CampaignPeriod[]> =>
  (await campaignDates()).map(({ id, data }) => ({
    id,
    campaignId: data.campaign.id,
    title: data.title,
    from: data.from,
    to: data.to,
    summary: data.summary,
    joins: data.joins,
  })),
);

/** The ids of campaigns with a period running on the day of the build. */
export const runningCampaignIds = lookup(async () => campaignsRunningOn(await campaignPeriods(), buildDay));

/** Campaigns running now first, then the rest, each group by title. */
export async function campaignsRunningFirst(): Promise<Campaign[]> {
  const running = await runningCampaignIds();
  return [...(await campaigns())].sort((a, b) => Number(running.has(b.id)) - Number(running.has(a.id)));
}

/** The Norfolk services that cover a district: the county-wide ones and those naming it. */
export async function servicesCovering(district: DistrictSlug): Promise<Service[]> {
  return (await services()).filter(
    (service) => service.data.coverage !== 'national' && (service.data.coverage === 'norfolk' || service.data.coverage.includes(district)),
  );
}

/** The Easy Read version of a Get help situation, when there is one. */
export async function easyReadFor(situationId: string): Promise<EasyReadPage | undefined> {
  return (await easyReadPages()).find((page) => page.data.situation.id === situationId);
}

/**
 * Builds a lookup table the first time a page asks for it and shares it with every page after.
 * Service, resource and briefing pages each look up campaigns or services, so scanning the whole
 * collection on each of those pages would make a build's cost grow with the square of its size.
 */
function lookup<T>(build: () => Promise<T>): () => Promise<T> {
  let table: Promise<T> | undefined;
  return () => (table ??= build());
}

const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));
const servicesById = lookup(async () => byId(await services()));
const campaignsById = lookup(async () => byId(await campaigns()));

/** Each service's id, with the campaigns that use it in the order `campaigns()` gives them. */
const campaignsByService = lookup(async () => {
  const table = new Map<string, Campaign[]>();
  for (const campaign of await campaigns()) {
    const used = new Set(
      [...campaign.data.primaryLines, ...campaign.data.support, ...campaign.data.report.map((route) => route.service)].map((ref) => ref.id),
    );
    for (const serviceId of used) {
      const list = table.get(serviceId);
      if (list) list.push(campaign);
      else table.set(serviceId, [campaign]);
    }
  }
  return table;
});

/** Finds entries by the ids a reference gives, keeping the order the content author chose. */
export async function servicesByIds(ids: readonly { id: string }[]): Promise<Service[]> {
  const table = await servicesById();
  return ids.map(({ id }) => {
    const found = table.get(id);
    if (!found) throw new Error(`No service "${id}"`);
    return found;
  });
}

export async function campaignById(id: string): Promise<Campaign> {
  const found = (await campaignsById()).get(id);
  if (!found) throw new Error(`No campaign "${id}"`);
  return found;
}

/** The campaigns that send readers to a service, to report or for support. */
export async function campaignsUsing(serviceId: string): Promise<Campaign[]> {
  // A copy, so a page that sorts or trims its list cannot change what the next page is given.
  return [...((await campaignsByService()).get(serviceId) ?? [])];
}
