/**
 * Reads a built page's card fields back out of its HTML: the Open Graph tags and the data attributes
 * the layout puts on <html>. The card is drawn from what the page itself says, so there is no second
 * list of pages and titles to keep in step with the routes.
 */
import { parseAudiences, parseContentType, parseTopic, type CardFields } from './content';

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references an HTML serialiser writes in attribute values. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    const named = namedEntities[body.toLowerCase()];
    if (named === undefined) throw new Error(`Unexpected character reference ${reference} in an attribute`);
    return named;
  });
}

/** The attributes of one start tag, decoded. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/\s([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes.set(match[1]!.toLowerCase(), decodeAttribute(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Every <meta property|name=... content=...> in the page, by property or name. */
export function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const key = attributes.get('property') ?? attributes.get('name');
    const content = attributes.get('content');
    if (key && content !== undefined && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

export interface PageCard {
  /** The card's path on the site, from og:image, e.g. /cards/campaigns/hate-crime.png. */
  imagePath: string;
  /** The page's own path on the site, from og:url, e.g. /campaigns/hate-crime/. */
  pathname: string;
  fields: CardFields;
}

/** The card a built page asks for, or undefined for a page without one (e.g. a redirect). */
export function pageCardFrom(html: string, file: string): PageCard | undefined {
  const meta = metaTags(html);
  const image = meta.get('og:image');
  if (!image) return undefined;
  const need = (key: string) => {
    const value = meta.get(key);
    if (value === undefined) throw new Error(`${file}: has og:image but no ${key}`);
    return value;
  };
  const htmlTag = /<html\s[^>]*>/i.exec(html)?.[0];
  if (!htmlTag) throw new Error(`${file}: no <html> start tag`);
  const data = attributesOf(htmlTag);
  const imagePath = new URL(image).pathname;
  if (!/^\/cards\/[\w/-]+\.png$/.test(imagePath)) throw new Error(`${file}: og:image ${image} is not a card path`);
  const keyMessage = data.get('data-key-message');
  const pathname = new URL(need('og:url')).pathname;
  return {
    imagePath,
    pathname,
    fields: {
      title: need('og:title'),
      description: need('og:description'),
      type: parseContentType(data.get('data-page-type')),
      topic: parseTopic(data.get('data-topic')),
      audiences: parseAudiences(data.get('data-audiences')),
      ...(keyMessage ? { keyMessage } : {}),
      home: pathname === '/',
    },
  };
}
