/**
 * The card's formats: the Open Graph card, the square and the story, each with its grid, its type
 * sizes and the sizes a title and message may take. Plain data, which the layout rules in layout.ts
 * read; they are re-exported from there, where callers have always found them.
 */
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
  action: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 700, lineHeight: 1.15 }),
  address: (fontSize: number): TextStyle => ({ fontSize, fontWeight: 400, lineHeight: 1.25 }),
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
  /** Space above a share image's action line. */
  actionGap: number;
  /** Space between the action line and the address under it. */
  addressGap: number;
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
    /** A share image's action and address: one line each, at the first size that fits. */
    action: readonly number[];
    address: readonly number[];
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
      actionGap: 24,
      addressGap: 4,
    },
    type: {
      ...furniture({ kicker: 24, kickerTracking: 1.5, audiences: 26, audienceTag: 21, siteName: 32, partnership: 22 }),
      scale: {
        title: [88, 80, 72, 64, 58, 52, 46, 40],
        keyMessage: { comfortable: [46, 42, 38, 35], squeezed: [32, 29, 26] },
        summary: { comfortable: [32, 30, 28, 26], squeezed: [24] },
        action: [44, 40, 36, 32],
        address: [30, 28, 26, 24, 22],
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
      actionGap: 40,
      addressGap: 6,
    },
    type: {
      ...furniture({ kicker: 30, kickerTracking: 2, audiences: 30, audienceTag: 25, siteName: 42, partnership: 28 }),
      scale: {
        title: [112, 104, 96, 88, 80, 72, 64, 58, 52, 46, 40, 35],
        keyMessage: { comfortable: [56, 52, 48, 44], squeezed: [40, 36, 32] },
        summary: { comfortable: [40, 38, 36, 34], squeezed: [30] },
        action: [60, 56, 52, 48, 44],
        address: [38, 36, 34, 32, 30, 28, 26],
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
      actionGap: 64,
      addressGap: 10,
    },
    type: {
      ...furniture({ kicker: 34, kickerTracking: 2, audiences: 34, audienceTag: 28, siteName: 54, partnership: 34 }),
      scale: {
        title: [144, 132, 120, 112, 104, 96, 88, 80, 72, 64, 56, 48, 40, 34],
        keyMessage: { comfortable: [68, 64, 60, 56], squeezed: [52, 48, 44] },
        summary: { comfortable: [46, 44, 42, 40], squeezed: [36] },
        action: [80, 76, 72, 68, 64, 60, 56],
        address: [48, 46, 44, 42, 40, 38, 36, 34, 32],
      },
    },
  }),
} satisfies { [Name in CardFormatName]: CardFormat<Name> };

/** The Open Graph card's size, which every page's <head> declares. */
export const cardWidth = cardFormats.openGraph.width;
export const cardHeight = cardFormats.openGraph.height;
