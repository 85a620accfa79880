/**
 * The social card's design: its grid, colours and type, and the rules that make any title fit. The
 * rules ask a measuring function how tall a text runs at a given size and how wide its widest word
 * is; render.ts supplies it from satori's own text layout, so the sizes chosen here are the sizes
 * satori draws. Plain data and arithmetic only, so the rules can be tested without drawing.
 */
import { topicFor, type TopicSlug } from '../taxonomy';
import { partnershipName, siteName } from '../site';
import type { CardContent } from './content';
import { markFor, markSvg } from './marks';

export const cardWidth = 1200;
export const cardHeight = 630;

/** The site's colours (src/styles/global.css) that the card uses. */
export const cardPalette = {
  ink: '#0b0c0c',
  muted: '#484949',
  white: '#ffffff',
  brand: '#12436d',
  highlight: '#ffdd00',
} as const;

/** The grid, in pixels. Margins are generous so a feed's rounded corners and crops never touch text. */
export const cardGrid = {
  marginX: 80,
  marginTop: 60,
  marginBottom: 44,
  bandHeight: 104,
  tileSize: 72,
  kickerGap: 24,
  bodyGapAfterKicker: 36,
  titleGapBelow: 28,
  messagePaddingX: 24,
  messagePaddingY: 14,
  highlightRule: 8,
} as const;

export const contentWidth = cardWidth - 2 * cardGrid.marginX;

/** The room the title and message share, between the kicker row and the band at the foot. */
export const bodyBox = {
  top: cardGrid.marginTop + cardGrid.tileSize + cardGrid.bodyGapAfterKicker,
  bottom: cardHeight - cardGrid.bandHeight - cardGrid.marginBottom,
  left: cardGrid.marginX,
  right: cardWidth - cardGrid.marginX,
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

/**
 * Type sizes, largest first: the layout takes the first that fits, so most titles get the biggest.
 * A message is tried at its comfortable sizes with every title size before any title keeps its size
 * at the cost of a small message: a key message is the point of a campaign card.
 */
export const typeScale = {
  title: [88, 80, 72, 64, 58, 52, 46, 40],
  keyMessage: { comfortable: [46, 42, 38, 35], squeezed: [32, 29, 26] },
  summary: { comfortable: [32, 30, 28, 26], squeezed: [24] },
} as const;

export const textStyles = {
  kicker: { fontSize: 24, fontWeight: 700, lineHeight: 1.25, letterSpacing: 1.5, textTransform: 'uppercase' },
  audiences: { fontSize: 26, fontWeight: 400, lineHeight: 1.25 },
  audienceTag: { fontSize: 21, fontWeight: 700, lineHeight: 1.25 },
  // Balanced lines make a headline; "pretty" keeps a lone word off the last line of a sentence.
  title: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 700, lineHeight: 1.1, textWrap: 'balance' }),
  keyMessage: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 700, lineHeight: 1.2, textWrap: 'pretty' }),
  summary: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 400, lineHeight: 1.3, textWrap: 'pretty' }),
  siteName: { fontSize: 32, fontWeight: 700, lineHeight: 1.1 },
  partnership: { fontSize: 22, fontWeight: 400, lineHeight: 1.25 },
} as const satisfies Record<string, TextStyle | ((size: number) => TextStyle)>;

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
export async function planCard(content: CardContent, measure: Measure): Promise<CardPlan> {
  const colours = cardColours(content.topic);
  const kickerWidth = contentWidth - cardGrid.tileSize - cardGrid.kickerGap;
  const budget = bodyBox.bottom - bodyBox.top;

  const title = keepWordsWhole(content.title);
  const messageKind = content.keyMessage ? 'keyMessage' : content.summary ? 'summary' : undefined;
  const message = messageKind ? keepWordsWhole((content.keyMessage ?? content.summary)!) : undefined;
  const messageWidth = messageKind === 'keyMessage' ? contentWidth - 2 * cardGrid.messagePaddingX : contentWidth;
  const messageExtra = messageKind === 'keyMessage' ? 2 * cardGrid.messagePaddingY : 0;
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
        const room = budget - titleHeight(titleSize) - cardGrid.titleGapBelow - messageExtra;
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
    ['kicker', { text: content.kicker || ' ', style: textStyles.kicker, width: kickerWidth }],
    ...firstTitles.map(titleItem),
    ...firstTiers.flat().map(messageItem),
  ]);
  // The kicker has one line; a long topic name gives way to the page type alone.
  const oneKickerLine = Math.round(textStyles.kicker.fontSize * textStyles.kicker.lineHeight);
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
    const room = budget - titleHeight(titleSize) - cardGrid.titleGapBelow - messageExtra;
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
  if (!shortTitle) throw new Error(`The title "${content.title}" cannot fit on its social card`);
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
  const { colours, content } = plan;
  const tile = box(
    {
      width: cardGrid.tileSize,
      height: cardGrid.tileSize,
      flexShrink: 0,
      alignItems: 'center',
      justifyContent: 'center',
      backgroundColor: colours.tile.background,
      borderRadius: 12,
    },
    markSvg(markFor(content.topic), colours.tile.mark, colours.tile.background, 48),
    'mark',
  );
  const kickerLines = box(
    {
      flexDirection: 'column',
      justifyContent: 'center',
      gap: 4,
      width: contentWidth - cardGrid.tileSize - cardGrid.kickerGap,
    },
    [
      ...(plan.kicker ? [box({ ...textStyles.kicker }, plan.kicker, 'kicker')] : []),
      // Who the page is for, as tags: "For" then one outlined tag per audience.
      ...(content.audiences.length > 0
        ? [
            box(
              { alignItems: 'center', gap: 10, marginTop: plan.kicker ? 6 : 0 },
              [
                box({ ...textStyles.audiences }, 'For'),
                ...content.audiences.map((label) =>
                  box(
                    {
                      ...textStyles.audienceTag,
                      padding: '3px 14px',
                      border: `2px solid ${colours.text}`,
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
  const kickerRow = box({ alignItems: 'center', gap: cardGrid.kickerGap, height: cardGrid.tileSize }, [
    tile,
    kickerLines,
  ]);

  const title = box({ ...plan.title.style, width: contentWidth }, plan.title.text, 'title');
  const message = plan.message
    ? plan.message.kind === 'keyMessage'
      ? box(
          {
            alignSelf: 'flex-start',
            maxWidth: contentWidth,
            marginTop: cardGrid.titleGapBelow,
            padding: `${cardGrid.messagePaddingY}px ${cardGrid.messagePaddingX}px`,
            backgroundColor: colours.message.background,
            color: colours.message.text,
          },
          box({ ...plan.message.style }, plan.message.text, 'message-text'),
          'message',
        )
      : box(
          { ...plan.message.style, marginTop: cardGrid.titleGapBelow, width: contentWidth },
          plan.message.text,
          'message',
        )
    : undefined;
  // The title and message sit on the band, like a poster: the eye goes from the headline to the sender.
  const body = box(
    { flexDirection: 'column', justifyContent: 'flex-end', flexGrow: 1, marginTop: cardGrid.bodyGapAfterKicker },
    message ? [title, message] : [title],
    'body',
  );
  const main = box(
    {
      flexDirection: 'column',
      flexGrow: 1,
      padding: `${cardGrid.marginTop}px ${cardGrid.marginX}px ${cardGrid.marginBottom}px`,
      color: colours.text,
    },
    [kickerRow, body],
    'main',
  );
  const band = box(
    {
      height: cardGrid.bandHeight,
      flexShrink: 0,
      alignItems: 'center',
      gap: 20,
      padding: `0 ${cardGrid.marginX}px`,
      backgroundColor: colours.band.background,
      borderTop: `${cardGrid.highlightRule}px solid ${cardPalette.highlight}`,
    },
    [
      markSvg(markFor(undefined), colours.band.shield, colours.band.background, 56),
      box({ flexDirection: 'column', gap: 2 }, [
        box({ ...textStyles.siteName, color: colours.band.name }, siteName, 'site-name'),
        box({ ...textStyles.partnership, color: colours.band.partnership }, partnershipName, 'partnership'),
      ]),
    ],
    'band',
  );
  return box(
    {
      width: cardWidth,
      height: cardHeight,
      flexDirection: 'column',
      backgroundColor: colours.background,
      fontFamily,
    },
    [main, band],
    'card',
  );
}
