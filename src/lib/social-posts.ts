/**
 * Suggested social media posts for partners, with the character count each platform sees.
 * X counts every link as 23 characters whatever its length; the others count what is there.
 */

export interface Platform {
  name: string;
  /** The most characters one post may have. */
  limit: number;
  /** True when the platform counts each web address as a fixed length. */
  shortensLinks: boolean;
}

/** Post limits as the platforms publish them. */
export const platforms: readonly Platform[] = [
  { name: 'X', limit: 280, shortensLinks: true },
  { name: 'Bluesky', limit: 300, shortensLinks: false },
  { name: 'Threads', limit: 500, shortensLinks: false },
  { name: 'Instagram', limit: 2200, shortensLinks: false },
  { name: 'LinkedIn', limit: 3000, shortensLinks: false },
  { name: 'Facebook', limit: 63206, shortensLinks: false },
];

const shortenedLinkLength = 23;
const link = /https?:\/\/\S+/g;

/** Characters as people see them: an emoji or accented letter counts once. */
function visibleLength(text: string): number {
  return [...new Intl.Segmenter('en-GB', { granularity: 'grapheme' }).segment(text)].length;
}

export function characterCount(text: string, platform: Platform): number {
  if (!platform.shortensLinks) return visibleLength(text);
  const links = text.match(link) ?? [];
  return visibleLength(text.replace(link, '')) + links.length * shortenedLinkLength;
}

export interface PostCheck {
  platform: Platform;
  count: number;
  fits: boolean;
}

export function checkPost(text: string): PostCheck[] {
  return platforms.map((platform) => {
    const count = characterCount(text, platform);
    return { platform, count, fits: count <= platform.limit };
  });
}

/** Posts made from a campaign's own words, for when its editor has not written any. */
export function draftPosts(campaign: {
  title: string;
  keyMessage: string;
  summary: string;
  signs: readonly string[];
  hashtags: readonly string[];
  url: string;
}): string[] {
  const tags = campaign.hashtags.join(' ');
  const withTags = (text: string) => (tags ? `${text}\n\n${tags}` : text);
  return [
    withTags(`${campaign.keyMessage} ${campaign.summary}\n${campaign.url}`),
    withTags(`${campaign.title}: would you spot the signs?\n\n${campaign.signs.slice(0, 3).map((sign) => `- ${sign}`).join('\n')}\n\nMore signs and where to get help: ${campaign.url}`),
  ];
}
