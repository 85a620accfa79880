/**
 * Social media posts for partners: the words a campaign's editor writes, finished with the campaign's
 * address and hashtags, and counted the way each platform counts them. A post too long for any
 * platform stops the build (see `postProblems`), so a partner never copies one that will not post.
 */

export interface Platform {
  name: string;
  /** The most characters one post may have, as the platform counts them. */
  limit: number;
  /** How the platform counts a post's length. */
  count: (text: string) => number;
  /** The platform's own page that gives the limit and how it counts, read on `checked`. */
  source: string;
  /** The day the source was read, YYYY-MM-DD. */
  checked: string;
}

const graphemes = (text: string) => [...new Intl.Segmenter('en-GB', { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);
const isEmoji = (grapheme: string) => /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(grapheme);
const link = /https?:\/\/\S+/g;

/**
 * X wraps every link as a 23-character t.co link, counts each emoji as 2, and weighs other code
 * points 1 inside its Latin, punctuation and space ranges and 2 elsewhere (its twitter-text v3
 * configuration), after NFC normalisation.
 */
const xLightRanges: readonly [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const xLinkLength = 23;

function xCount(text: string): number {
  const normalised = text.normalize('NFC');
  const links = normalised.match(link) ?? [];
  let count = links.length * xLinkLength;
  for (const grapheme of graphemes(normalised.replace(link, ''))) {
    if (isEmoji(grapheme)) {
      count += 2;
      continue;
    }
    for (const character of grapheme) {
      const point = character.codePointAt(0)!;
      count += xLightRanges.some(([start, end]) => point >= start && point <= end) ? 1 : 2;
    }
  }
  return count;
}

/** Bluesky counts graphemes (an emoji or accented letter is one), links in full. */
const blueskyCount = (text: string) => graphemes(text).length;

/** Threads counts characters, links in full, and an emoji as its number of UTF-8 bytes. */
const threadsCount = (text: string) =>
  graphemes(text).reduce((sum, grapheme) => sum + (isEmoji(grapheme) ? new TextEncoder().encode(grapheme).length : 1), 0);

/**
 * The platforms every post must fit. Only platforms whose own pages give a limit are listed: the
 * partnership found none for Facebook, Instagram or LinkedIn, so the toolkit makes no claim for them.
 */
export const platforms: readonly Platform[] = [
  // Character weights and the 23-character link: https://github.com/twitter/twitter-text/blob/master/config/v3.json
  { name: 'X', limit: 280, count: xCount, source: 'https://docs.x.com/fundamentals/counting-characters', checked: '2026-11-30' },
  {
    name: 'Bluesky',
    limit: 300,
    count: blueskyCount,
    // The post record's lexicon: "text": maxGraphemes 300.
    source: 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json',
    checked: '2026-11-30',
  },
  {
    name: 'Threads',
    limit: 500,
    count: threadsCount,
    // "Text posts are limited to 500 characters. Emojis are counted as the number of UTF-8 bytes."
    source: 'https://developers.facebook.com/documentation/threads/posts',
    checked: '2026-11-30',
  },
];

export interface PostCheck {
  platform: Platform;
  count: number;
  fits: boolean;
}

export function checkPost(text: string): PostCheck[] {
  return platforms.map((platform) => {
    const count = platform.count(text);
    return { platform, count, fits: count <= platform.limit };
  });
}

/** A post as partners copy it: the editor's words, then the campaign's address, then its hashtags. */
export function composePost(words: string, url: string, hashtags: readonly string[]): string {
  const tags = hashtags.join(' ');
  return [words.trim(), url, ...(tags ? [tags] : [])].join('\n\n');
}

/** A UK number of 10 or 11 digits typed into text, however it is spaced (as the crisis checks read them). */
const typedNumber = /(?<![\d+])0\d(?:[ -]?\d){8,9}(?!\d)/g;

export interface PostRules {
  /** The campaign page's full address, added to every post. */
  url: string;
  hashtags: readonly string[];
  /** The number the campaign asks people to use ("159", "0808 2000 247"); every post must give it. */
  actionNumber?: string | undefined;
  /** Numbers that confirmed services named by the campaign give, as digits: the only ones a post may type. */
  confirmedNumbers: ReadonlySet<string>;
}

/** What is wrong with each post, as sentences that name the post by its number (1 for the first). */
export function postProblems(posts: readonly string[], rules: PostRules): string[] {
  return posts.flatMap((words, index) => {
    const name = `post ${index + 1}`;
    const problems: string[] = [];
    if (/https?:\/\//.test(words)) problems.push(`${name} has a web address: leave it out, the toolkit adds the campaign's own`);
    if (rules.hashtags.some((tag) => words.includes(tag)))
      problems.push(`${name} repeats a hashtag: leave hashtags out, the toolkit adds the campaign's hashtags`);
    for (const number of words.match(typedNumber) ?? []) {
      if (!rules.confirmedNumbers.has(number.replace(/\D/g, '')))
        problems.push(`${name} types ${number}, which no confirmed service the campaign names gives`);
    }
    if (rules.actionNumber && !words.includes(rules.actionNumber))
      problems.push(`${name} does not give the number the campaign asks people to use (${rules.actionNumber})`);
    for (const check of checkPost(composePost(words, rules.url, rules.hashtags))) {
      if (!check.fits)
        problems.push(
          `${name} is ${check.count} characters on ${check.platform.name}, over its limit of ${check.platform.limit} ` +
            '(with the address and hashtags added): shorten it',
        );
    }
    return problems;
  });
}

/** Posts made from a campaign's own words, for when its editor has not written any. */
export function draftPosts(campaign: { keyMessage: string; summary: string; action: string }): string[] {
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  return [`${sentence(campaign.keyMessage)} ${sentence(campaign.action)}`, `${sentence(campaign.summary)} ${sentence(campaign.action)}`];
}
