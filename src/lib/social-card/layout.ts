/**
 * The social card's design: its grid, colours and type in each format, and the rules that make any
 * title fit. The rules ask a measuring function how tall a text runs at a given size and how wide its
 * widest word is; render.ts supplies it from satori's own text layout, so the sizes chosen here are
 * the sizes satori draws. Plain data and arithmetic only, so the rules can be tested without drawing.
 */
import { topicFor, type TopicSlug } from '../taxonomy';
import { partnershipName, siteName } from '../site';
import type { CardContent } from './content';
import { markFor, markSvg } from './marks';

/** The site's colours (src/styles/global.css) that the card uses. */
export const cardPalette = {
  ink: '#0b0c0c',
  muted: '#484949',
  white: '#ffffff',
  brand: '#12436d',
  highlight: '#ffdd00',
} as const;

export interface TextStyle {
  fontSize: number;
  fontWeight: 400 | 700;
  lineHeight: number;
  letterSpacing?: number;
  textTransform?: 'uppercase';
  /** Part of the style, not of the drawing code, so text is measured exactly as it is drawn. */
  textWrap?: 'balance' | 'pretty';
}

/** The title's and message's styles, at whatever size the plan chooses for the card and format. */
export const textStyles = {
  // Balanced lines make a headline; "pretty" keeps a lone word off the last line of a sentence.
  title: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 700, lineHeight: 1.1, textWrap: 'balance' }),
  keyMessage: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 700, lineHeight: 1.2, textWrap: 'pretty' }),
  summary: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 400, lineHeight: 1.3, textWrap: 'pretty' }),
} as const;

/** The grid of one format, in pixels. */
export interface CardGrid {
  marginX: number;
  marginTop: number;
  marginBottom: number;
  /** The band's own height, its highlight rule included, not counting any safe area below it. */
  bandHeight: number;
  bandMark: number;
  bandGap: number;
  tileSize: number;
  tileMark: number;
  tileRadius: number;
  kickerGap: number;
  bodyGapAfterKicker: number;
  titleGapBelow: number;
  messagePaddingX: number;
  messagePaddingY: number;
  highlightRule: number;
  audienceGap: number;
  audienceTagPadding: string;
  audienceTagBorder: number;
}

/** The type of one format: fixed styles for the furniture, and the sizes a title and message may take. */
export interface CardType {
  kicker: TextStyle;
  audiences: TextStyle;
  audienceTag: TextStyle;
  siteName: TextStyle;
  partnership: TextStyle;
  /**
   * Sizes, largest first: the layout takes the first that fits, so most titles get the biggest.
   * A message is tried at its comfortable sizes with every title size before any title keeps its
   * size at the cost of a small message: a key message is the point of a campaign card.
   */
  scale: {
    title: readonly number[];
    keyMessage: { comfortable: readonly number[]; squeezed: readonly number[] };
    summary: { comfortable: readonly number[]; squeezed: readonly number[] };
  };
}

export type CardFormatName = 'openGraph' | 'square' | 'story';

interface CardFormatSpec<Name extends CardFormatName = CardFormatName> {
  name: Name;
  /** What the image is called when it is described in words, e.g. "Safer Norfolk square image." */
  noun: string;
  width: number;
  height: number;
  /**
   * Strips at the top and bottom that apps cover with their own controls (a story's progress bar
   * and reply box). Only background goes there: the band's white runs on underneath its names.
   */
  safeArea: { top: number; bottom: number };
  /**
   * Where the title and message sit in their room: on the band, like a poster, when the room is
   * only as tall as they are; in the middle of a tall story, so they are not far from the kicker.
   */
  bodyAlign: 'end' | 'center';
  grid: CardGrid;
  type: CardType;
}

export interface CardFormat<Name extends CardFormatName = CardFormatName> extends CardFormatSpec<Name> {
  contentWidth: number;
  /** The room the title and message share, between the kicker row and the band at the foot. */
  bodyBox: { top: number; bottom: number; left: number; right: number };
}

function cardFormat<Name extends CardFormatName>(spec: CardFormatSpec<Name>): CardFormat<Name> {
  const { grid, safeArea } = spec;
  return {
    ...spec,
    contentWidth: spec.width - 2 * grid.marginX,
    bodyBox: {
      top: safeArea.top + grid.marginTop + grid.tileSize + grid.bodyGapAfterKicker,
      bottom: spec.height - safeArea.bottom - grid.bandHeight - grid.marginBottom,
      left: grid.marginX,
      right: spec.width - grid.marginX,
    },
  };
}

/** The furniture's styles at a format's sizes; weights, leading and case are the same everywhere. */
function furniture(sizes: {
  kicker: number;
  kickerTracking: number;
  audiences: number;
  audienceTag: number;
  siteName: number;
  partnership: number;
}): Omit<CardType, 'scale'> {
  return {
    kicker: {
      fontSize: sizes.kicker,
      fontWeight: 700,
      lineHeight: 1.25,
      letterSpacing: sizes.kickerTracking,
      textTransform: 'uppercase',
    },
    audiences: { fontSize: sizes.audiences, fontWeight: 400, lineHeight: 1.25 },
    audienceTag: { fontSize: sizes.audienceTag, fontWeight: 700, lineHeight: 1.25 },
    siteName: { fontSize: sizes.siteName, fontWeight: 700, lineHeight: 1.1 },
    partnership: { fontSize: sizes.partnership, fontWeight: 400, lineHeight: 1.25 },
  };
}

/**
 * One design at three sizes. The Open Graph card is the link preview every page has; the square
 * and the story are a campaign's images for posting. Margins are generous so a feed's rounded
 * corners and crops never touch text. Each title scale ends at a size that fits a 45-letter word
 * across the format, as the card's 40px does, so no word ever has to be broken.
 */
export const cardFormats = {
  openGraph: cardFormat({
    name: 'openGraph',
    noun: 'card',
    width: 1200,
    height: 630,
    safeArea: { top: 0, bottom: 0 },
    bodyAlign: 'end',
    grid: {
      marginX: 80,
      marginTop: 60,
      marginBottom: 44,
      bandHeight: 104,
      bandMark: 56,
      bandGap: 20,
      tileSize: 72,
      tileMark: 48,
      tileRadius: 12,
      kickerGap: 24,
      bodyGapAfterKicker: 36,
      titleGapBelow: 28,
      messagePaddingX: 24,
      messagePaddingY: 14,
      highlightRule: 8,
      audienceGap: 10,
      audienceTagPadding: '3px 14px',
      audienceTagBorder: 2,
    },
    type: {
      ...furniture({ kicker: 24, kickerTracking: 1.5, audiences: 26, audienceTag: 21, siteName: 32, partnership: 22 }),
      scale: {
        title: [88, 80, 72, 64, 58, 52, 46, 40],
        keyMessage: { comfortable: [46, 42, 38, 35], squeezed: [32, 29, 26] },
        summary: { comfortable: [32, 30, 28, 26], squeezed: [24] },
      },
    },
  }),
  square: cardFormat({
    name: 'square',
    noun: 'square image',
    width: 1080,
    height: 1080,
    safeArea: { top: 0, bottom: 0 },
    bodyAlign: 'end',
    grid: {
      marginX: 88,
      marginTop: 88,
      marginBottom: 72,
      bandHeight: 148,
      bandMark: 76,
      bandGap: 24,
      tileSize: 96,
      tileMark: 64,
      tileRadius: 16,
      kickerGap: 28,
      bodyGapAfterKicker: 56,
      titleGapBelow: 40,
      messagePaddingX: 30,
      messagePaddingY: 20,
      highlightRule: 10,
      audienceGap: 12,
      audienceTagPadding: '4px 16px',
      audienceTagBorder: 2,
    },
    type: {
      ...furniture({ kicker: 30, kickerTracking: 2, audiences: 30, audienceTag: 25, siteName: 42, partnership: 28 }),
      scale: {
        title: [112, 104, 96, 88, 80, 72, 64, 58, 52, 46, 40, 35],
        keyMessage: { comfortable: [56, 52, 48, 44], squeezed: [40, 36, 32] },
        summary: { comfortable: [40, 38, 36, 34], squeezed: [30] },
      },
    },
  }),
  story: cardFormat({
    name: 'story',
    noun: 'story image',
    width: 1080,
    height: 1920,
    safeArea: { top: 250, bottom: 250 },
    bodyAlign: 'center',
    grid: {
      marginX: 96,
      marginTop: 48,
      marginBottom: 80,
      bandHeight: 200,
      bandMark: 96,
      bandGap: 32,
      tileSize: 120,
      tileMark: 80,
      tileRadius: 18,
      kickerGap: 32,
      bodyGapAfterKicker: 72,
      titleGapBelow: 56,
      messagePaddingX: 34,
      messagePaddingY: 24,
      highlightRule: 12,
      audienceGap: 12,
      audienceTagPadding: '5px 18px',
      audienceTagBorder: 3,
    },
    type: {
      ...furniture({ kicker: 34, kickerTracking: 2, audiences: 34, audienceTag: 28, siteName: 54, partnership: 34 }),
      scale: {
        title: [144, 132, 120, 112, 104, 96, 88, 80, 72, 64, 56, 48, 40, 34],
        keyMessage: { comfortable: [68, 64, 60, 56], squeezed: [52, 48, 44] },
        summary: { comfortable: [46, 44, 42, 40], squeezed: [36] },
      },
    },
  }),
} satisfies { [Name in CardFormatName]: CardFormat<Name> };

/** The Open Graph card's size, which every page's <head> declares. */
export const cardWidth = cardFormats.openGraph.width;
export const cardHeight = cardFormats.openGraph.height;

/** One run of text to measure at a width. */
export interface MeasureRequest {
  text: string;
  style: TextStyle;
  width: number;
}

export interface Measurement {
  /** The height of the wrapped text. */
  height: number;
  /** The widest single word: wider than the box means the word would overflow, never be split. */
  longestWord: number;
}

/** Measures many runs at once (one layout pass is much cheaper than many). */
export type Measure = (requests: readonly MeasureRequest[]) => Promise<Measurement[]>;

/** Which colour each piece of text takes, on which background: the contrast test reads this. */
export function cardColours(topic: TopicSlug | undefined) {
  const background = topic ? topicFor(topic).colour : cardPalette.brand;
  return {
    background,
    text: cardPalette.white,
    message: { text: cardPalette.ink, background: cardPalette.highlight },
    band: {
      background: cardPalette.white,
      name: cardPalette.ink,
      partnership: cardPalette.muted,
      shield: cardPalette.brand,
    },
    tile: { background: cardPalette.white, mark: background },
  };
}

/** Every text on the card with its foreground and background, for the contrast check. */
export function cardTextPairs(
  topic: TopicSlug | undefined,
): { role: string; foreground: string; background: string }[] {
  const colours = cardColours(topic);
  return [
    { role: 'kicker, audience tags, title and summary', foreground: colours.text, background: colours.background },
    { role: 'key message', foreground: colours.message.text, background: colours.message.background },
    { role: 'site name', foreground: colours.band.name, background: colours.band.background },
    { role: 'partnership name', foreground: colours.band.partnership, background: colours.band.background },
  ];
}

/**
 * Keeps hyphenated words whole ("anti-social", "7-minute"): a word joiner after the hyphen forbids
 * the line break there. The font has no non-breaking hyphen, so the joiner is the way to do it.
 */
export function keepWordsWhole(text: string): string {
  return text.replace(/(?<=\p{L}|\p{N})-(?=\p{L}|\p{N})/gu, '-\u2060');
}

const ellipsis = '\u2026';

/** The first `count` words with an ellipsis, ending on a whole word and without stray punctuation. */
function shortened(words: readonly string[], count: number): string {
  return `${words
    .slice(0, count)
    .join(' ')
    .replace(/[\s,;:.\u2013\u2014-]+$/u, '')}${ellipsis}`;
}

export interface PlannedText {
  text: string;
  style: TextStyle;
}

export interface CardPlan {
  content: CardContent;
  kicker: string;
  title: PlannedText;
  message?: (PlannedText & { kind: 'keyMessage' | 'summary' }) | undefined;
  colours: ReturnType<typeof cardColours>;
  format: CardFormat;
}

const fits = (measurement: Measurement, width: number, height: number) =>
  measurement.height <= height && measurement.longestWord <= width;

/** How many of the biggest title sizes the first measuring pass tries; most cards need no more. */
const firstPassTitleSizes = 3;

/**
 * Chooses the sizes for the title and message that fit the body together: the biggest title that
 * leaves the message a comfortable size, else the biggest with a smaller message. When even the
 * smallest sizes are too tall, the message loses words from its end (at word boundaries, with an
 * ellipsis), then the title does; nothing is ever cut mid-word or drawn outside the box.
 */
export async function planCard(
  content: CardContent,
  measure: Measure,
  format: CardFormat = cardFormats.openGraph,
): Promise<CardPlan> {
  const { grid, contentWidth, bodyBox } = format;
  const { scale: typeScale, kicker: kickerStyle } = format.type;
  const colours = cardColours(content.topic);
  const kickerWidth = contentWidth - grid.tileSize - grid.kickerGap;
  const budget = bodyBox.bottom - bodyBox.top;

  const title = keepWordsWhole(content.title);
  const messageKind = content.keyMessage ? 'keyMessage' : content.summary ? 'summary' : undefined;
  const message = messageKind ? keepWordsWhole((content.keyMessage ?? content.summary)!) : undefined;
  const messageWidth = messageKind === 'keyMessage' ? contentWidth - 2 * grid.messagePaddingX : contentWidth;
  const messageExtra = messageKind === 'keyMessage' ? 2 * grid.messagePaddingY : 0;
  const messageStyle = messageKind === 'keyMessage' ? textStyles.keyMessage : textStyles.summary;
  const messageTiers: readonly (readonly number[])[] =
    message && messageKind ? [typeScale[messageKind].comfortable, typeScale[messageKind].squeezed] : [];
  const titleSizes = typeScale.title;

  // Measurements by what was measured: "kicker", "title 88", "message 42".
  const measured = new Map<string, Measurement>();
  const measureMissing = async (items: readonly [string, MeasureRequest][]) => {
    const missing = items.filter(([key]) => !measured.has(key));
    const results = await measure(missing.map(([, request]) => request));
    missing.forEach(([key], index) => measured.set(key, results[index]!));
  };
  const titleItem = (size: number): [string, MeasureRequest] => [
    `title ${size}`,
    { text: title, style: textStyles.title(size), width: contentWidth },
  ];
  const messageItem = (size: number): [string, MeasureRequest] => [
    `message ${size}`,
    { text: message!, style: messageStyle(size), width: messageWidth },
  ];
  const titleHeight = (size: number) => measured.get(`title ${size}`)!.height;

  /** The best sizes among those measured so far, in the order of preference above. */
  const choose = (titles: readonly number[], tiers: readonly (readonly number[])[]) => {
    const fitting = titles.filter((size) => fits(measured.get(`title ${size}`)!, contentWidth, budget));
    if (tiers.length === 0) return fitting.length > 0 ? { titleSize: fitting[0]! } : undefined;
    for (const tier of tiers) {
      for (const titleSize of fitting) {
        const room = budget - titleHeight(titleSize) - grid.titleGapBelow - messageExtra;
        const messageSize = tier.find((size) => fits(measured.get(`message ${size}`)!, messageWidth, room));
        if (messageSize !== undefined) return { titleSize, messageSize };
      }
    }
    return undefined;
  };

  // First pass: the biggest titles with comfortable messages. Because preference runs from big to
  // small, a fit found here is the one a search of every size would find.
  const firstTitles = titleSizes.slice(0, firstPassTitleSizes);
  const firstTiers = messageTiers.slice(0, 1);
  await measureMissing([
    ['kicker', { text: content.kicker || ' ', style: kickerStyle, width: kickerWidth }],
    ...firstTitles.map(titleItem),
    ...firstTiers.flat().map(messageItem),
  ]);
  // The kicker has one line; a long topic name gives way to the page type alone.
  const oneKickerLine = Math.round(kickerStyle.fontSize * kickerStyle.lineHeight);
  const kicker = measured.get('kicker')!.height <= oneKickerLine ? content.kicker : content.kicker.split(' · ')[0]!;
  const plan = (choice: { titleSize: number; messageSize?: number | undefined }): CardPlan => ({
    content,
    kicker,
    title: { text: title, style: textStyles.title(choice.titleSize) },
    message:
      message && messageKind && choice.messageSize !== undefined
        ? { kind: messageKind, text: message, style: messageStyle(choice.messageSize) }
        : undefined,
    colours,
    format,
  });

  const early = choose(firstTitles, firstTiers);
  if (early) return plan(early);
  await measureMissing([...titleSizes.map(titleItem), ...messageTiers.flat().map(messageItem)]);
  const chosen = choose(titleSizes, messageTiers);
  if (chosen) return plan(chosen);

  const fittingTitles = titleSizes.filter((size) => fits(measured.get(`title ${size}`)!, contentWidth, budget));
  const titleSize = fittingTitles.at(-1);
  if (titleSize !== undefined && message) {
    // Nothing fits whole: the smallest title that fits keeps every word, and the message gives way.
    const room = budget - titleHeight(titleSize) - grid.titleGapBelow - messageExtra;
    const style = messageStyle(messageTiers.flat().at(-1)!);
    const shortMessage = await shortenToFit(message, style, messageWidth, room, measure);
    return {
      ...plan({ titleSize }),
      message: shortMessage && messageKind ? { kind: messageKind, ...shortMessage } : undefined,
    };
  }

  // Even the smallest title is too tall: shorten it and leave the message out.
  const smallest = textStyles.title(titleSizes.at(-1)!);
  const shortTitle = await shortenToFit(title, smallest, contentWidth, budget, measure);
  if (!shortTitle) throw new Error(`The title "${content.title}" cannot fit on its ${format.noun}`);
  return { ...plan({ titleSize: titleSizes.at(-1)! }), title: shortTitle };
}

/** The longest run of whole words (plus an ellipsis) that fits, or undefined when not even one word does. */
async function shortenToFit(
  text: string,
  style: TextStyle,
  width: number,
  height: number,
  measure: Measure,
): Promise<PlannedText | undefined> {
  const words = text.split(/\s+/);
  const candidates = words.slice(0, -1).map((_, index) => shortened(words, index + 1));
  const measured = await measure(candidates.map((candidate) => ({ text: candidate, style, width })));
  const best = measured.findLastIndex((measurement) => fits(measurement, width, height));
  return best >= 0 ? { text: candidates[best]!, style } : undefined;
}

/** An element in satori's format (the shape React elements have). */
export interface CardNode {
  type: string;
  key?: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
export type CardChild = CardNode | string;

const box = (style: Record<string, string | number>, children: CardChild | CardChild[], key?: string): CardNode => ({
  type: 'div',
  ...(key ? { key } : {}),
  props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children },
});

export const fontFamily = 'Atkinson Hyperlegible';

/** The card as an element tree. Keys name the parts the tests look for. */
export function cardTree(plan: CardPlan): CardNode {
  const { colours, content, format } = plan;
  const { grid, type, contentWidth, safeArea } = format;
  const tile = box(
    {
      width: grid.tileSize,
      height: grid.tileSize,
      flexShrink: 0,
      alignItems: 'center',
      justifyContent: 'center',
      backgroundColor: colours.tile.background,
      borderRadius: grid.tileRadius,
    },
    markSvg(markFor(content.topic), colours.tile.mark, colours.tile.background, grid.tileMark),
    'mark',
  );
  const kickerLines = box(
    {
      flexDirection: 'column',
      justifyContent: 'center',
      gap: 4,
      width: contentWidth - grid.tileSize - grid.kickerGap,
    },
    [
      ...(plan.kicker ? [box({ ...type.kicker }, plan.kicker, 'kicker')] : []),
      // Who the page is for, as tags: "For" then one outlined tag per audience.
      ...(content.audiences.length > 0
        ? [
            box(
              { alignItems: 'center', gap: grid.audienceGap, marginTop: plan.kicker ? 6 : 0 },
              [
                box({ ...type.audiences }, 'For'),
                ...content.audiences.map((label) =>
                  box(
                    {
                      ...type.audienceTag,
                      padding: grid.audienceTagPadding,
                      border: `${grid.audienceTagBorder}px solid ${colours.text}`,
                      borderRadius: 999,
                    },
                    label,
                    'audience',
                  ),
                ),
              ],
              'audiences',
            ),
          ]
        : []),
    ],
  );
  const kickerRow = box({ alignItems: 'center', gap: grid.kickerGap, height: grid.tileSize }, [tile, kickerLines]);

  const title = box({ ...plan.title.style, width: contentWidth }, plan.title.text, 'title');
  const message = plan.message
    ? plan.message.kind === 'keyMessage'
      ? box(
          {
            alignSelf: 'flex-start',
            maxWidth: contentWidth,
            marginTop: grid.titleGapBelow,
            padding: `${grid.messagePaddingY}px ${grid.messagePaddingX}px`,
            backgroundColor: colours.message.background,
            color: colours.message.text,
          },
          box({ ...plan.message.style }, plan.message.text, 'message-text'),
          'message',
        )
      : box({ ...plan.message.style, marginTop: grid.titleGapBelow, width: contentWidth }, plan.message.text, 'message')
    : undefined;
  // On a landscape card the title and message sit on the band, like a poster: the eye goes from the
  // headline to the sender. A story's room is far taller than its text, so there they sit mid-way.
  const body = box(
    {
      flexDirection: 'column',
      justifyContent: format.bodyAlign === 'end' ? 'flex-end' : 'center',
      flexGrow: 1,
      marginTop: grid.bodyGapAfterKicker,
    },
    message ? [title, message] : [title],
    'body',
  );
  const main = box(
    {
      flexDirection: 'column',
      flexGrow: 1,
      padding: `${safeArea.top + grid.marginTop}px ${grid.marginX}px ${grid.marginBottom}px`,
      color: colours.text,
    },
    [kickerRow, body],
    'main',
  );
  const band = box(
    {
      // Below a story's names the white runs on to the foot, under the app's own controls.
      height: grid.bandHeight + safeArea.bottom,
      flexShrink: 0,
      alignItems: 'center',
      gap: grid.bandGap,
      padding: `0 ${grid.marginX}px ${safeArea.bottom}px`,
      backgroundColor: colours.band.background,
      borderTop: `${grid.highlightRule}px solid ${cardPalette.highlight}`,
    },
    [
      markSvg(markFor(undefined), colours.band.shield, colours.band.background, grid.bandMark),
      box({ flexDirection: 'column', gap: 2 }, [
        box({ ...type.siteName, color: colours.band.name }, siteName, 'site-name'),
        box({ ...type.partnership, color: colours.band.partnership }, partnershipName, 'partnership'),
      ]),
    ],
    'band',
  );
  return box(
    {
      width: format.width,
      height: format.height,
      flexDirection: 'column',
      backgroundColor: colours.background,
      fontFamily,
    },
    [main, band],
    'card',
  );
}
