/**
 * The social card's design: its grid, colours and type, and the rules that make any title fit. The
 * layout asks a measuring function (satori's own text layout, see render.ts) how tall a text runs at
 * a given size, so the sizes chosen here are the sizes satori will draw.
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
}

/** Type sizes, largest first: the layout takes the first that fits, so most titles get the biggest. */
export const typeScale = {
  title: [88, 80, 72, 64, 58, 52, 46, 40],
  keyMessage: [46, 42, 38, 34, 30, 27],
  summary: [32, 30, 28, 26, 24],
} as const;

export const textStyles = {
  kicker: { fontSize: 24, fontWeight: 700, lineHeight: 1.25, letterSpacing: 1.5, textTransform: 'uppercase' },
  audiences: { fontSize: 26, fontWeight: 400, lineHeight: 1.25 },
  title: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 700, lineHeight: 1.1 }),
  keyMessage: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 700, lineHeight: 1.2 }),
  summary: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 400, lineHeight: 1.3 }),
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
    band: { background: cardPalette.white, name: cardPalette.ink, partnership: cardPalette.muted, shield: cardPalette.brand },
    tile: { background: cardPalette.white, mark: background },
  };
}

/** Every text on the card with its foreground and background, for the contrast check. */
export function cardTextPairs(topic: TopicSlug | undefined): { role: string; foreground: string; background: string }[] {
  const colours = cardColours(topic);
  return [
    { role: 'kicker, audiences, title and summary', foreground: colours.text, background: colours.background },
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
  return `${words.slice(0, count).join(' ').replace(/[\s,;:.\u2013\u2014-]+$/u, '')}${ellipsis}`;
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

export interface PlanOptions {
  /** Override the title's type sizes (largest first); tests use it to force a title that cannot fit. */
  titleSizes?: readonly number[];
}

const fits = (measurement: Measurement, width: number, height: number) =>
  measurement.height <= height && measurement.longestWord <= width;

/**
 * Chooses the biggest title size, then the biggest message size, that fit the body together. When
 * even the smallest sizes are too tall, the message loses words from its end (at word boundaries,
 * with an ellipsis), then the title does; nothing is ever cut mid-word or drawn outside the box.
 */
export async function planCard(content: CardContent, measure: Measure, options: PlanOptions = {}): Promise<CardPlan> {
  const colours = cardColours(content.topic);
  const kickerWidth = contentWidth - cardGrid.tileSize - cardGrid.kickerGap;
  const budget = bodyBox.bottom - bodyBox.top;

  const title = keepWordsWhole(content.title);
  const messageKind = content.keyMessage ? 'keyMessage' : content.summary ? 'summary' : undefined;
  const message = messageKind ? keepWordsWhole((content.keyMessage ?? content.summary)!) : undefined;
  const messageWidth = messageKind === 'keyMessage' ? contentWidth - 2 * cardGrid.messagePaddingX : contentWidth;
  const messageExtra = messageKind === 'keyMessage' ? 2 * cardGrid.messagePaddingY : 0;
  const messageStyle = messageKind === 'keyMessage' ? textStyles.keyMessage : textStyles.summary;
  const messageSizes = messageKind ? typeScale[messageKind] : [];
  const titleSizes = options.titleSizes ?? typeScale.title;

  const requests: MeasureRequest[] = [
    { text: content.kicker || ' ', style: textStyles.kicker, width: kickerWidth },
    ...titleSizes.map((size) => ({ text: title, style: textStyles.title(size), width: contentWidth })),
    ...(message ? messageSizes.map((size) => ({ text: message, style: messageStyle(size), width: messageWidth })) : []),
  ];
  const measured = await measure(requests);
  const [kickerMeasure, ...rest] = measured as [Measurement, ...Measurement[]];
  const titleMeasures = rest.slice(0, titleSizes.length);
  const messageMeasures = rest.slice(titleSizes.length);

  // The kicker has one line; a long topic name gives way to the page type alone.
  const oneKickerLine = Math.round(textStyles.kicker.fontSize * textStyles.kicker.lineHeight);
  const kicker = kickerMeasure.height <= oneKickerLine ? content.kicker : content.kicker.split(' · ')[0]!;

  for (const [titleIndex, titleSize] of titleSizes.entries()) {
    const titleMeasure = titleMeasures[titleIndex]!;
    if (!fits(titleMeasure, contentWidth, budget)) continue;
    const plannedTitle = { text: title, style: textStyles.title(titleSize) };
    if (!message || !messageKind) return { content, kicker, title: plannedTitle, colours };
    const room = budget - titleMeasure.height - cardGrid.titleGapBelow - messageExtra;
    const messageIndex = messageMeasures.findIndex((measurement) => fits(measurement, messageWidth, room));
    if (messageIndex >= 0) {
      const style = messageStyle(messageSizes[messageIndex]!);
      return { content, kicker, title: plannedTitle, message: { kind: messageKind, text: message, style }, colours };
    }
    // Only the smallest title may squeeze the message: a big title with a shortened message reads worse.
    if (titleIndex < titleSizes.length - 1) continue;
    const shortMessage = await shortenToFit(message, messageStyle(messageSizes.at(-1)!), messageWidth, room, measure);
    return {
      content,
      kicker,
      title: plannedTitle,
      message: shortMessage ? { kind: messageKind, ...shortMessage } : undefined,
      colours,
    };
  }

  // Even the smallest title is too tall: shorten it and leave the message out.
  const smallest = textStyles.title(titleSizes.at(-1)!);
  const shortTitle = await shortenToFit(title, smallest, contentWidth, budget, measure);
  if (!shortTitle) throw new Error(`The title "${content.title}" cannot fit on its social card`);
  return { content, kicker, title: shortTitle, colours };
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
    markSvg(markFor(content.topic), colours.tile.mark, 48) as CardNode,
    'mark',
  );
  const kickerLines = box({ flexDirection: 'column', justifyContent: 'center', gap: 4, width: contentWidth - cardGrid.tileSize - cardGrid.kickerGap }, [
    ...(plan.kicker ? [box({ ...textStyles.kicker }, plan.kicker, 'kicker')] : []),
    ...(content.audienceLine ? [box({ ...textStyles.audiences }, content.audienceLine, 'audiences')] : []),
  ]);
  const kickerRow = box({ alignItems: 'center', gap: cardGrid.kickerGap, height: cardGrid.tileSize }, [tile, kickerLines]);

  const title = box({ ...plan.title.style, width: contentWidth, textWrap: 'balance' }, plan.title.text, 'title');
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
      : box({ ...plan.message.style, marginTop: cardGrid.titleGapBelow, width: contentWidth }, plan.message.text, 'message')
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
      markSvg(markFor(undefined), colours.band.shield, 56) as CardNode,
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
