/**
 * The social card's design: its colours and the rules that make any title fit; each format's grid
 * and type are in formats.ts, the element tree in tree.ts. The rules ask a measuring function how tall a text
 * runs at a given size and how wide its widest word is; render.ts supplies it from satori's own text
 * layout, so the sizes chosen here are the sizes satori draws. Plain data and arithmetic only, so
 * the rules can be tested without drawing.
 */
import { topicFor, type TopicSlug } from '../taxonomy';
import type { CardContent } from './content';
import { cardFormats, textStyles, type CardFormat, type TextStyle } from './formats';
import { planAction, type ActionPlan } from './action';

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
export { cardTree, extendedFontFamily, fontFamily, fontStack, type CardChild, type CardNode } from './tree';

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
  /** A share image's action and address, at the foot of the body. */
  action?: ActionPlan | undefined;
}

const fits = (measurement: Measurement, width: number, height: number) =>
  measurement.height <= height && measurement.longestWord <= width;

/** How many of the biggest title sizes the first measuring pass tries; most cards need no more. */
const firstPassTitleSizes = 3;

/** The parts of a card that may not fit, as an error names them. */
export type CardPart = 'key message' | 'summary' | 'action' | 'address';

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
  // A share image's action and address come first: they take their room before the title and message share the rest.
  const action =
    content.action && content.address
      ? await planAction(content.action, content.address, format, measure, (part, why) => new CardDoesNotFit(part, why))
      : undefined;
  const budget = bodyBox.bottom - bodyBox.top - (action?.height ?? 0);

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
    action,
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
