/**
 * What goes into a card and around it: the content rules, the alt text, the card's path, reading a
 * built page back, the cache key, the colours' contrast, and the structured data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../src/lib/hours';
import { guidePage } from '../../src/lib/page-meta';
import { cardCacheKey, rendererFingerprint } from '../../src/lib/social-card/cache';
import {
  campaignCardFields,
  campaignIdFor,
  cardContentFor,
  cardFieldsFor,
  cardPathFor,
  cardTexts,
  describeCard,
  shareFormats,
  sharePathFor,
  type CardContent,
  type CardFields,
} from '../../src/lib/social-card/content';
import { loadCardFonts } from '../../src/lib/social-card/fonts';
import {
  cardColours,
  cardFormats,
  cardPalette,
  cardTextPairs,
  extendedFontFamily,
  fontFamily,
} from '../../src/lib/social-card/layout';
import { decodeAttribute, pageCardFrom } from '../../src/lib/social-card/page-fields';
import {
  jsonLdText,
  openingHoursSpecification,
  partnershipJsonLd,
  serviceJsonLd,
} from '../../src/lib/social-card/structured-data';
import { topics, type TopicSlug } from '../../src/lib/taxonomy';
import { contrastRatio } from './contrast';

const fraudCampaign: CardFields = {
  title: 'Fraud and scams',
  description: 'Learn the tricks scammers use.',
  type: 'campaign',
  topic: 'fraud-and-scams',
  audiences: ['workforce', 'residents'],
  keyMessage: 'Stop. Think. Check.',
};

describe('card content', () => {
  it('a campaign shows its key message and who it is for, without repeating its topic', () => {
    expect(cardContentFor(fraudCampaign)).toEqual({
      kicker: 'Campaign',
      audiences: ['Residents', 'Professionals'],
      title: 'Fraud and scams',
      keyMessage: 'Stop. Think. Check.',
      topic: 'fraud-and-scams',
    });
  });

  it('other pages show their summary, and name their topic when the title does not', () => {
    const content = cardContentFor({
      title: 'Action Fraud',
      description: 'Report fraud.',
      type: 'service',
      topic: 'fraud-and-scams',
    });
    expect(content).toMatchObject({
      kicker: 'Service · Fraud and scams',
      title: 'Action Fraud',
      summary: 'Report fraud.',
    });
    expect(content.keyMessage).toBeUndefined();
    expect(cardContentFor({ title: 'Privacy', description: 'No cookies.', type: 'guide' }).kicker).toBe('');
  });

  it("the home page's headline is the site's promise, for every audience", () => {
    const fields = cardFieldsFor({
      title: 'Home',
      description: 'Find support in Norfolk.',
      meta: guidePage,
      pathname: '/',
    });
    expect(fields).toMatchObject({ title: 'Safer Norfolk', home: true });
    expect(cardContentFor(fields)).toMatchObject({
      title: 'Find support in Norfolk.',
      audiences: ['Residents', 'Schools', 'Professionals'],
    });
  });

  it('only a page with one topic takes a topic colour', () => {
    const page = (topicList: TopicSlug[]) =>
      cardFieldsFor({ title: 'T', description: 'D', meta: { type: 'service', topics: topicList }, pathname: '/x/' })
        .topic;
    expect(page(['hate-crime'])).toBe('hate-crime');
    expect(page(['hate-crime', 'prevent'])).toBeUndefined();
  });

  it('describes the card in words', () => {
    expect(
      describeCard(cardContentFor({ ...fraudCampaign, type: 'news', keyMessage: undefined, title: 'New site' })),
    ).toBe(
      'Safer Norfolk card. News: Fraud and scams. New site. Learn the tricks scammers use. For residents and professionals. From the Norfolk County Community Safety Partnership.',
    );
    expect(describeCard(cardContentFor(fraudCampaign))).toContain('Key message: Stop. Think. Check.');
  });

  it('names each text the card draws by the page field it comes from, for error messages', () => {
    expect(cardTexts(fraudCampaign)).toEqual([
      { field: 'title', text: 'Fraud and scams' },
      { field: 'keyMessage', text: 'Stop. Think. Check.' },
      { field: 'type and topic', text: 'Campaign' },
      { field: 'audiences', text: 'Residents' },
      { field: 'audiences', text: 'Professionals' },
    ]);
    const home = cardFieldsFor({ title: 'Home', description: 'Find support.', meta: guidePage, pathname: '/' });
    expect(cardTexts(home)[0]).toEqual({ field: 'description', text: 'Find support.' });
    expect(cardTexts({ ...fraudCampaign, keyMessage: undefined })[1]).toEqual({
      field: 'description',
      text: 'Learn the tricks scammers use.',
    });
  });

  it('says which image it describes, and otherwise describes each format alike', () => {
    const content = cardContentFor(fraudCampaign);
    const card = describeCard(content);
    expect(card).toBe(describeCard(content, cardFormats.openGraph));
    expect(describeCard(content, cardFormats.square)).toBe(
      card.replace('Safer Norfolk card.', 'Safer Norfolk square image.'),
    );
    expect(describeCard(content, cardFormats.story)).toBe(
      card.replace('Safer Norfolk card.', 'Safer Norfolk story image.'),
    );
  });

  it('names each card after its page', () => {
    expect(cardPathFor('/')).toBe('/cards/index.png');
    expect(cardPathFor('/campaigns/hate-crime/')).toBe('/cards/campaigns/hate-crime.png');
    expect(cardPathFor('/404')).toBe('/cards/404.png');
    expect(cardPathFor('/404.html')).toBe('/cards/404.png');
  });

  it("names a campaign's share images after the campaign, and knows a campaign page by its address", () => {
    expect(shareFormats.map((format) => sharePathFor('hate-crime', format))).toEqual([
      '/share/hate-crime-square.png',
      '/share/hate-crime-story.png',
    ]);
    expect(campaignIdFor('/campaigns/hate-crime/')).toBe('hate-crime');
    expect(campaignIdFor('/campaigns/')).toBeUndefined();
    expect(campaignIdFor('/campaigns/hate-crime/toolkit/')).toBeUndefined();
    expect(campaignIdFor('/news/hate-crime/')).toBeUndefined();
  });

  it("gives a campaign's toolkit the fields its own page has", () => {
    expect(
      campaignCardFields({
        id: 'fraud-and-scams',
        data: {
          title: 'Fraud and scams',
          summary: 'Learn the tricks scammers use.',
          topic: 'fraud-and-scams',
          audiences: ['workforce', 'residents'],
          keyMessage: 'Stop. Think. Check.',
        },
      }),
    ).toEqual({ ...fraudCampaign, home: false });
  });
});

describe('reading a built page back', () => {
  const page = `<!doctype html><html lang="en-GB" data-page-type="campaign" data-topic="fraud-and-scams" data-audiences="workforce residents" data-key-message="Stop. Think. Check."><head>
    <meta property="og:title" content="Fraud and scams">
    <meta property="og:description" content="Learn the tricks scammers use.">
    <meta property="og:url" content="https://example.org/campaigns/fraud-and-scams/">
    <meta property="og:image" content="https://example.org/cards/campaigns/fraud-and-scams.png"></head></html>`;

  it('gives back the fields the page was made from', () => {
    expect(pageCardFrom(page, 'page.html')).toEqual({
      imagePath: '/cards/campaigns/fraud-and-scams.png',
      pathname: '/campaigns/fraud-and-scams/',
      fields: { ...fraudCampaign, home: false },
    });
  });

  it('decodes character references and refuses ones it does not know', () => {
    expect(decodeAttribute('King&#39;s &amp; &#x27;Queen&#34;s&quot;')).toBe(`King's & 'Queen"s"`);
    expect(() => decodeAttribute('&nbsp;')).toThrow(/nbsp/);
  });

  it('refuses an unknown topic or an og:image outside /cards/', () => {
    expect(() => pageCardFrom(page.replace('data-topic="fraud-and-scams"', 'data-topic="fraud"'), 'p.html')).toThrow(
      /Unknown topic/,
    );
    expect(() =>
      pageCardFrom(page.replace('/cards/campaigns/fraud-and-scams.png', '/elsewhere.png'), 'p.html'),
    ).toThrow(/not a card path/);
  });
});

describe('cache key', () => {
  const fingerprint = rendererFingerprint({
    fonts: [{ data: new Uint8Array([1, 2, 3]) }],
    libraries: { satori: '1.0.0', resvg: '2.0.0' },
    sources: ['layout source'],
  });
  const content = cardContentFor(fraudCampaign);
  const key = cardCacheKey(content, fingerprint);

  it('is the same for the same inputs, whatever order their keys come in', () => {
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as CardContent;
    expect(cardCacheKey(reordered, fingerprint)).toBe(key);
  });

  it.each<[string, Partial<CardContent>]>([
    ['title', { title: 'Fraud' }],
    ['key message', { keyMessage: 'Stop.' }],
    ['topic', { topic: 'hate-crime' }],
    ['audiences', { audiences: ['Schools'] }],
    ['kicker', { kicker: 'News' }],
  ])('changes when the %s changes', (_, change) => {
    expect(cardCacheKey({ ...content, ...change }, fingerprint)).not.toBe(key);
  });

  it('differs for each format of the same content', () => {
    const keys = Object.values(cardFormats).map((format) => cardCacheKey(content, fingerprint, format));
    expect(keys[0]).toBe(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('draws from both Latin files of each weight, and its fingerprint covers all four', () => {
    const fonts = loadCardFonts();
    expect(fonts.map((font) => `${font.name} ${font.weight}`)).toEqual([
      `${fontFamily} 400`,
      `${fontFamily} 700`,
      `${extendedFontFamily} 400`,
      `${extendedFontFamily} 700`,
    ]);
    const parts = { libraries: { satori: '1.0.0' }, sources: [] };
    expect(rendererFingerprint({ ...parts, fonts })).not.toBe(
      rendererFingerprint({ ...parts, fonts: fonts.slice(0, 2) }),
    );
  });

  it.each([
    ['a font', { fonts: [{ data: new Uint8Array([1, 2, 4]) }] }],
    ['a library version', { libraries: { satori: '1.0.1', resvg: '2.0.0' } }],
    ['the layout code', { sources: ['layout source, changed'] }],
  ])('changes when %s changes', (_, change) => {
    const changed = rendererFingerprint({
      fonts: [{ data: new Uint8Array([1, 2, 3]) }],
      libraries: { satori: '1.0.0', resvg: '2.0.0' },
      sources: ['layout source'],
      ...change,
    });
    expect(cardCacheKey(content, changed)).not.toBe(key);
  });
});

describe('card colours meet WCAG AA', () => {
  const themes = [...topics.map((topic) => topic.slug), undefined];

  it.each(themes)('every text on the %s card has 4.5:1 or more', (topic) => {
    for (const pair of cardTextPairs(topic)) {
      expect(
        contrastRatio(pair.foreground, pair.background),
        `${pair.role} on ${topic ?? 'site'} card`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(themes)('the %s mark stands out from its tile (3:1 for graphics)', (topic) => {
    const { tile } = cardColours(topic);
    expect(contrastRatio(tile.mark, tile.background)).toBeGreaterThanOrEqual(3);
  });

  it('would notice a pair that fails', () => {
    expect(contrastRatio(cardPalette.highlight, cardPalette.white)).toBeLessThan(4.5);
  });

  it("uses the site's own colour tokens", () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const token = (name: string) => new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(css)?.[1];
    expect([token('ink'), token('muted'), token('brand'), token('focus')]).toEqual([
      cardPalette.ink,
      cardPalette.muted,
      cardPalette.brand,
      cardPalette.highlight,
    ]);
  });
});

describe('structured data', () => {
  const weekdays: OpeningHours = {
    kind: 'weekly',
    periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '24:00' }],
  };

  it('turns opening hours into OpeningHoursSpecification', () => {
    expect(openingHoursSpecification({ kind: 'always' })).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
          (day) => `https://schema.org/${day}`,
        ),
        opens: '00:00',
        closes: '23:59',
      },
    ]);
    expect(openingHoursSpecification(weekdays)).toMatchObject([{ opens: '08:00', closes: '23:59' }]);
    expect(openingHoursSpecification({ kind: 'unknown' })).toEqual([]);
  });

  it('gives a service its phone numbers (as dialled) and hours', () => {
    const data = serviceJsonLd(
      {
        title: 'Helpline',
        summary: 'Help.',
        phones: [
          { dial: '+448082000247', kind: 'call' },
          { dial: '+448082000247', kind: 'relay' },
        ],
        hours: weekdays,
        coverage: ['norwich'],
      },
      new URL('https://example.org/services/helpline/'),
    );
    const text = JSON.stringify(data);
    expect(data).toMatchObject({ '@type': 'Service', name: 'Helpline', url: 'https://example.org/services/helpline/' });
    expect(text).toContain('"telephone":"+448082000247"');
    expect(text).toContain('"contactType":"Relay UK: dial 18001 then this number"');
    expect(text).toContain('"name":"Norwich"');
    expect(text).toContain('OpeningHoursSpecification');
  });

  it('names the partnership as a government organisation', () => {
    expect(JSON.stringify(partnershipJsonLd(new URL('https://example.org/')))).toContain(
      '"@type":"GovernmentOrganization","@id":"https://example.org/#partnership","name":"Norfolk County Community Safety Partnership"',
    );
  });

  it('cannot be broken out of its <script> element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
