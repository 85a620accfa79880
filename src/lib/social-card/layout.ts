/**
 * The social card's design: its colours, the rules that make any title fit, and the element tree;
 * each format's grid and type are in formats.ts. The rules ask a measuring function how tall a text
 * runs at a given size and how wide its widest word is; render.ts supplies it from satori's own text
 * layout, so the sizes chosen here are the sizes satori draws. Plain data and arithmetic only, so
 * the rules can be tested without drawing.
 */
import { topicFor, type TopicSlug } from '../taxonomy';
import { partnershipName, siteName } from '../site';
import type { CardContent } from './content';
import { cardFormats, textStyles, type CardFormat, type TextStyle } from './formats';
import { markFor, markSvg } from './marks';

export {
  cardFormats,
  cardHeight,
  cardWidth,
  textStyles,
  type CardFormat,
  type CardFormatName,
  type CardGrid,
  type CardType,
  type TextStyle,
} from './formats';

/** The site's colours (src/styles/global.css) that the card uses. */
export const cardPalette = {
  ink: '#0b0c0c',
  muted: '#484949',
  white: '#ffffff',
  brand: '#12436d',
  highlight: '#ffdd00',
} as const;

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

/** The parts of a card that may not fit, as an error names them. */
export type CardPart = 'key message' | 'summary';

/**
 * Thrown when a card's message does not fit beside its title at any of their sizes: the build stops
 * and names the part, rather than drawing a card without it (a key message is the campaign's point).
 */
export class CardDoesNotFit extends Error {
  readonly part: CardPart;

  constructor(part: CardPart, message: string) {
    super(message);
    this.name = 'CardDoesNotFit';
    this.part = part;
  }
}

/**
 * Chooses the sizes for the title and message that fit the body together: the biggest title that
 * leaves the message a comfortable size, else the biggest with a smaller message. When even the
 * smallest sizes are too tall, a summary loses words from its end (at word boundaries, with an
 * ellipsis: the page itself shows it whole), but a key message is never shortened or left out: the
 * card throws CardDoesNotFit instead. A card with no message at all (the home page's) shortens its
 * title the same way. Nothing is ever cut mid-word or drawn outside the box.
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
  const smallestTitle = titleSizes.at(-1)!;
  if (message && messageKind) {
    const part: CardPart = messageKind === 'keyMessage' ? 'key message' : 'summary';
    const smallestMessage = messageTiers.flat().at(-1)!;
    if (titleSize !== undefined && messageKind === 'summary') {
      // The smallest title that fits keeps every word; the summary gives way at its end.
      const room = budget - titleHeight(titleSize) - grid.titleGapBelow - messageExtra;
      const shortMessage = await shortenToFit(message, messageStyle(smallestMessage), messageWidth, room, measure);
      if (shortMessage) return { ...plan({ titleSize }), message: { kind: messageKind, ...shortMessage } };
    }
    const why =
      titleSize === undefined
        ? `the title "${content.title}" fills the whole ${format.noun} even at ${smallestTitle}px`
        : `with the title "${content.title}" at ${titleSize}px, the ${part} does not fit even at ${smallestMessage}px`;
    throw new CardDoesNotFit(
      part,
      `The ${part} does not fit on the ${format.noun}: ${why}. Shorten the title or the ${part}.`,
    );
  }

  // No message, and even the smallest title is too tall: the title loses words from its end.
  const shortTitle = await shortenToFit(title, textStyles.title(smallestTitle), contentWidth, budget, measure);
  if (!shortTitle) throw new Error(`The title "${content.title}" cannot fit on its ${format.noun}`);
  return { ...plan({ titleSize: smallestTitle }), title: shortTitle };
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
/**
 * The typeface's Latin Extended letters (Polish, Romanian, the Baltic languages) come in files of
 * their own, and satori takes one file per family and weight, so they are a second family, listed
 * after the first: satori draws each letter from the first family that has it.
 */
export const extendedFontFamily = 'Atkinson Hyperlegible Latin Extended';
export const fontStack = `'${fontFamily}', '${extendedFontFamily}'`;

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
      fontFamily: fontStack,
    },
    [main, band],
    'card',
  );
}
