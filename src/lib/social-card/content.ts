/**
 * What a page's social card says, decided once from the page's own fields. The page's <head> uses it
 * to describe the card in words (og:image:alt); the build step that draws the card reads the same
 * fields back from the built page and asks this module again, so the picture and its description
 * cannot drift apart.
 */
import {
  audiences as allAudiences,
  contentTypeFor,
  contentTypes,
  topicFor,
  topics as allTopics,
  type AudienceSlug,
  type ContentTypeSlug,
  type TopicSlug,
} from '../taxonomy';
import { partnershipName, siteName } from '../site';
import type { PageMeta } from '../page-meta';
import { paths } from '../paths';
import { cardFormats, type CardFormat } from './layout';

/** The page fields a card is made from: what every page already tells its layout. */
export interface CardFields {
  /** The page's own title, without the site name. */
  title: string;
  /** The page's one-sentence description. */
  description: string;
  /** The kind of page. */
  type: ContentTypeSlug;
  /** The page's topic, when it has exactly one. */
  topic?: TopicSlug | undefined;
  /** Who the page is for. */
  audiences?: readonly AudienceSlug[] | undefined;
  /** A campaign's key message. */
  keyMessage?: string | undefined;
  /** True for the home page, which speaks for the whole site. */
  home?: boolean | undefined;
}

/** A page's one topic: a page about several topics gets the site's colours rather than one of theirs. */
export function singleTopic(meta: PageMeta): TopicSlug | undefined {
  return meta.topics?.length === 1 ? meta.topics[0] : undefined;
}

/** The card fields of a page, from what its route gives the layout. */
export function cardFieldsFor(page: {
  title: string;
  description: string;
  meta: PageMeta;
  pathname: string;
}): CardFields {
  const home = page.pathname === '/';
  return {
    // The home page's own title is "Home"; shared, it stands for the whole site.
    title: home ? siteName : page.title,
    description: page.description,
    type: page.meta.type,
    topic: singleTopic(page.meta),
    audiences: page.meta.audiences,
    keyMessage: page.meta.keyMessage,
    home,
  };
}

/** Everything the card shows, in reading order. */
export interface CardContent {
  /** The small line above the title: the kind of page and its topic, e.g. "Service · Domestic abuse". */
  kicker: string;
  /** Who the page is for, as the taxonomy labels them, in its order, e.g. ["Residents", "Professionals"]. */
  audiences: readonly string[];
  /** The headline. */
  title: string;
  /** A campaign's key message, shown as the campaign's slogan. */
  keyMessage?: string | undefined;
  /** The page summary, shown when there is no key message. */
  summary?: string | undefined;
  /** The topic that sets the card's colour and mark; none for site-wide pages. */
  topic?: TopicSlug | undefined;
  /** On a campaign's share images only: the one thing to do, e.g. "Call 0808 2000 247". */
  action?: string | undefined;
  /** On a campaign's share images only: the campaign page's address as people type it. */
  address?: string | undefined;
}

/** What a campaign's share images add to its card: the one thing to do and where to read more. */
export interface ShareDetails {
  /** The one thing to do, e.g. "Call 0808 2000 247", or "Search Safer Norfolk". */
  action: string;
  /** The campaign page's address without https://, e.g. safernorfolk.org.uk/campaigns/fraud-and-scams. */
  address: string;
}

/**
 * A campaign's share images: its card's words with the action and the address, and without the
 * audience tags, which are the site's own filing labels and mean nothing in someone's feed.
 */
export function shareContentFor(content: CardContent, share: ShareDetails): CardContent {
  if (!share.address.trim()) throw new Error(`A share image for "${content.title}" must carry the campaign's address`);
  if (!share.action.trim()) throw new Error(`A share image for "${content.title}" must carry an action`);
  return { ...content, audiences: [], action: share.action, address: share.address };
}

/** A page's address as people type it: the host without www., then the path without its last slash. */
export function addressInWords(url: URL | string): string {
  const { hostname, port, pathname } = new URL(url);
  const host = `${hostname.replace(/^www\./, '')}${port ? `:${port}` : ''}`;
  return `${host}${pathname.replace(/\/$/, '')}`;
}

/** "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Audience labels in the taxonomy's order, whatever order the page listed them in. */
function audienceLabels(slugs: readonly AudienceSlug[] | undefined): string[] {
  return allAudiences.filter((audience) => slugs?.includes(audience.slug)).map((audience) => audience.label);
}

export function cardContentFor(fields: CardFields): CardContent {
  const topicLabel = fields.topic ? topicFor(fields.topic).label : undefined;
  if (fields.home) {
    // The home page's title is just "Home" and the band already names the site: the description is the
    // site's promise, so it is the headline, and the site speaks to every audience.
    return {
      kicker: '',
      audiences: audienceLabels(allAudiences.map((audience) => audience.slug)),
      title: fields.description,
      topic: fields.topic,
    };
  }
  // "Guide" covers every other page (lists, hubs, help pages); as a label it would tell a reader nothing.
  const typeLabel = fields.type === 'guide' ? undefined : contentTypeFor(fields.type).label;
  // Naming the topic again when the title already is the topic ("Fraud and scams") only adds noise.
  const kickerParts = [typeLabel, topicLabel].filter(
    (part): part is NonNullable<typeof part> => part !== undefined && part.toLowerCase() !== fields.title.toLowerCase(),
  );
  return {
    kicker: kickerParts.join(' · '),
    audiences: audienceLabels(fields.audiences),
    title: fields.title,
    ...(fields.keyMessage ? { keyMessage: fields.keyMessage } : { summary: fields.description }),
    topic: fields.topic,
  };
}

/** One text a card draws, with the page field it comes from, for error messages. */
export interface CardText {
  field: string;
  text: string;
}

/**
 * Every text the card of a page draws, named by the page's own fields: a campaign's key message,
 * otherwise its description; the home page's headline is its description too. The kicker and
 * audience tags are the taxonomy's labels for the page's type, topic and audiences.
 */
export function cardTexts(fields: CardFields, content: CardContent = cardContentFor(fields)): CardText[] {
  return [
    { field: fields.home ? 'description' : 'title', text: content.title },
    ...(content.keyMessage ? [{ field: 'keyMessage', text: content.keyMessage }] : []),
    ...(content.summary ? [{ field: 'description', text: content.summary }] : []),
    ...(content.kicker ? [{ field: 'type and topic', text: content.kicker }] : []),
    ...content.audiences.map((label) => ({ field: 'audiences', text: label })),
    ...(content.action ? [{ field: 'action', text: content.action }] : []),
    ...(content.address ? [{ field: 'address', text: content.address }] : []),
  ];
}

/** The card in words, for people who cannot see it (og:image:alt, and the share images' alt text). */
export function describeCard(content: CardContent, format: CardFormat = cardFormats.openGraph): string {
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const parts = [
    `${siteName} ${format.noun}.`,
    content.kicker ? sentence(content.kicker.replaceAll(' · ', ': ')) : undefined,
    sentence(content.title),
    content.keyMessage ? `Key message: ${sentence(content.keyMessage)}` : undefined,
    content.summary ? sentence(content.summary) : undefined,
    content.audiences.length > 0
      ? `For ${listInWords(content.audiences.map((label) => label.toLowerCase()))}.`
      : undefined,
    content.action ? sentence(content.action) : undefined,
    content.address ? `Web address: ${content.address}.` : undefined,
    `From the ${partnershipName}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * Where a page's card is served from: `/cards/index.png` for the home page, `/cards/campaigns/domestic-abuse.png`
 * for `/campaigns/domestic-abuse/`. One file per page, named after the page so a person can find it.
 */
export function cardPathFor(pathname: string): string {
  const trimmed = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `/cards/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The formats each campaign's partner toolkit offers as images to post. */
export const shareFormats = [cardFormats.square, cardFormats.story] as const;
export type ShareFormat = (typeof shareFormats)[number];

/** Where a campaign's image in a format is served from, e.g. `/share/hate-crime-story.png`. */
export function sharePathFor(campaignId: string, format: ShareFormat): string {
  return `/share/${campaignId}-${format.name}.png`;
}

/** The campaign a page is the home of, from its address, or undefined when it is not a campaign page. */
export function campaignIdFor(pathname: string): string | undefined {
  const id = /^\/campaigns\/([\w-]+)\/$/.exec(pathname)?.[1];
  return id !== undefined && paths.campaign(id) === pathname ? id : undefined;
}

/**
 * The card fields of a campaign's own page, for its toolkit, which describes the share images drawn
 * from that page. They must be what the campaign route gives its layout; the built-site tests
 * compare the toolkit's descriptions with the campaign pages' own tags.
 */
export function campaignCardFields(campaign: {
  id: string;
  data: {
    title: string;
    summary: string;
    topic: TopicSlug;
    audiences: readonly AudienceSlug[];
    keyMessage: string;
  };
}): CardFields {
  const { data } = campaign;
  return cardFieldsFor({
    title: data.title,
    description: data.summary,
    meta: { type: 'campaign', topics: [data.topic], audiences: data.audiences, keyMessage: data.keyMessage },
    pathname: paths.campaign(campaign.id),
  });
}

/** Narrows strings read back from a built page to the taxonomy's slugs; unknown values are errors. */
export function parseContentType(value: string | undefined): ContentTypeSlug {
  const found = contentTypes.find((type) => type.slug === value);
  if (!found) throw new Error(`Unknown page type "${value ?? ''}"`);
  return found.slug;
}

export function parseTopic(value: string | undefined): TopicSlug | undefined {
  if (value === undefined || value === '') return undefined;
  const found = allTopics.find((topic) => topic.slug === value);
  if (!found) throw new Error(`Unknown topic "${value}"`);
  return found.slug;
}

export function parseAudiences(value: string | undefined): AudienceSlug[] {
  return (value ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((slug) => {
      const found = allAudiences.find((audience) => audience.slug === slug);
      if (!found) throw new Error(`Unknown audience "${slug}"`);
      return found.slug;
    });
}
