/**
 * The one renderer every card goes through: satori lays the card out as SVG, resvg paints the PNG.
 * satori runs on this thread; resvg paints, and zlib compresses the PNG, on worker threads
 * (src/lib/raster-pool.ts), so several cards paint at once on a machine with several cores.
 *
 * Choosing type sizes needs text measured many times over. Shaping text is the slow part of satori,
 * so sizes are first chosen from cached word widths (an estimate, breaking lines greedily the way a
 * browser does), then the card is laid out for real and checked; only when the real layout disagrees
 * is the card planned again with every run measured by satori itself.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { rasterise } from '../raster-pool';
import type { CardContent } from './content';
import type { CardFont } from './fonts';
import {
  cardFormats,
  cardTree,
  CardDoesNotFit,
  fontStack,
  planCard,
  type CardFormat,
  type CardNode,
  type CardPlan,
  type Measure,
  type MeasureRequest,
  type TextStyle,
} from './layout';

/** A laid-out element as satori reports it: the box it occupies on the card. */
export interface PlacedNode {
  key: string | undefined;
  left: number;
  top: number;
  width: number;
  height: number;
  text: string | undefined;
}

// satori's types name React's element type, which this project does not install; a card tree has
// exactly that element's shape, so handing it over through `unknown` loses nothing.
type SatoriElement = Parameters<typeof satori>[0];
const asElement = (node: CardNode) => node as unknown as SatoriElement;

const resvgOptions: ResvgRenderOptions = {
  // Pixel for pixel: satori's SVG already has the format's size.
  fitTo: { mode: 'original' },
  // Text is already outlines (satori draws glyphs as paths), so resvg needs no fonts of its own.
  font: { loadSystemFonts: false },
};

export interface CardRenderer {
  /** Exact text measurement: satori lays each run out. */
  measure: Measure;
  /** Fast text measurement from cached word widths, breaking lines greedily. */
  estimate: Measure;
  /** Plans a card (type sizes and any shortening), checked against satori's real layout. */
  plan(content: CardContent, format?: CardFormat): Promise<CardPlan>;
  /** Plans and lays out a card in one go: what a build uses. */
  draw(content: CardContent, format?: CardFormat): Promise<{ plan: CardPlan; svg: string }>;
  /** The card as SVG, with every laid-out box when `placed` is given. */
  svg(plan: CardPlan, placed?: PlacedNode[]): Promise<string>;
  png(svg: string): Promise<Uint8Array>;
  /** The card's pixels, RGBA, for tests that inspect what was drawn. */
  pixels(svg: string): Promise<{ width: number; height: number; pixels: Buffer }>;
}

/** True when the laid-out title and message stay inside the format's body box. */
export function bodyFits(placed: readonly PlacedNode[], format: CardFormat = cardFormats.openGraph): boolean {
  const { bodyBox } = format;
  return placed
    .filter((node) => node.key === 'title' || node.key === 'message' || node.key === 'action')
    .every(
      (node) =>
        node.top >= bodyBox.top &&
        node.top + node.height <= bodyBox.bottom &&
        node.left >= bodyBox.left &&
        node.left + node.width <= bodyBox.right,
    );
}

/** Two runs whose difference is the width of a space in a style. */
const spaceProbe = ['n n', 'nn'] as const;
/** Widths are measured at this size and scaled: advances and kerning scale linearly with the size. */
const referenceSize = 100;

const wordsOf = (text: string) => text.split(' ').filter(Boolean);
const styleKey = ({ fontSize: _size, letterSpacing: _spacing, textWrap: _wrap, ...rest }: TextStyle) =>
  JSON.stringify(rest);
const wordKey = (style: TextStyle, word: string) => `${styleKey(style)}\u0000${word}`;

export function createCardRenderer(fonts: readonly CardFont[]): CardRenderer {
  const satoriFonts = fonts.map((font) => ({ ...font })) as SatoriOptions['fonts'];
  /** Natural widths of words at the reference size, by style; shared by every card this renderer draws. */
  const wordWidths = new Map<string, number>();

  const layout = (node: CardNode, width: number, height: number | undefined, placed?: PlacedNode[]) =>
    satori(asElement(node), {
      width,
      ...(height ? { height } : {}),
      fonts: satoriFonts,
      ...(placed
        ? {
            onNodeDetected: (detected) =>
              placed.push({
                key: detected.key === undefined ? undefined : String(detected.key),
                left: detected.left,
                top: detected.top,
                width: detected.width,
                height: detected.height,
                text: detected.textContent,
              }),
          }
        : {}),
    });

  /**
   * One satori pass: each run wrapped at its width (for its height), and each word of `wordsFrom`
   * not measured before on its own at max-content width (its natural width, however wide the box).
   */
  async function layOut(runs: readonly MeasureRequest[], wordsFrom: readonly MeasureRequest[]): Promise<number[]> {
    const missing = new Map<string, { text: string; style: TextStyle }>();
    for (const request of wordsFrom) {
      for (const word of [...wordsOf(request.text), ...spaceProbe]) {
        const key = wordKey(request.style, word);
        if (!wordWidths.has(key))
          missing.set(key, { text: word, style: { ...request.style, fontSize: referenceSize, letterSpacing: 0 } });
      }
    }
    const newWords = [...missing.entries()];
    if (runs.length === 0 && newWords.length === 0) return [];
    const box = (key: string, style: Record<string, string | number>, text: string): CardNode => ({
      type: 'div',
      key,
      props: { style: { display: 'flex', ...style }, children: text },
    });
    const width = 4 * Math.max(cardFormats.openGraph.width, ...runs.map((run) => run.width));
    const placed: PlacedNode[] = [];
    await layout(
      {
        type: 'div',
        props: {
          style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width, fontFamily: fontStack },
          children: [
            ...runs.map((run, index) => box(`run-${index}`, { width: run.width, ...run.style }, run.text)),
            ...newWords.map(([, word], index) => box(`word-${index}`, { ...word.style, whiteSpace: 'pre' }, word.text)),
          ],
        },
      },
      width,
      undefined,
      placed,
    );
    const heights = runs.map(() => 0);
    for (const node of placed) {
      const match = /^(run|word)-(\d+)$/.exec(node.key ?? '');
      if (match?.[1] === 'run') heights[Number(match[2])] = node.height;
      else if (match?.[1] === 'word') wordWidths.set(newWords[Number(match[2])]![0], node.width);
    }
    return heights;
  }

  const widthOf = (style: TextStyle, word: string) =>
    (wordWidths.get(wordKey(style, word))! * style.fontSize) / referenceSize +
    (style.letterSpacing ?? 0) * [...word].length;

  /** The widest word, rounded up with a pixel to spare, so scaling can only overstate it. */
  const longestWord = (request: MeasureRequest) =>
    Math.ceil(Math.max(0, ...wordsOf(request.text).map((word) => widthOf(request.style, word)))) + 1;

  const measure: Measure = async (requests) => {
    const heights = await layOut(requests, requests);
    return requests.map((request, index) => ({ height: heights[index]!, longestWord: longestWord(request) }));
  };

  const estimate: Measure = async (requests) => {
    await layOut([], requests);
    return requests.map((request) => {
      const space = widthOf(request.style, spaceProbe[0]) - widthOf(request.style, spaceProbe[1]);
      let lines = 0;
      let lineWidth = 0;
      for (const word of wordsOf(request.text)) {
        const width = widthOf(request.style, word);
        if (lines > 0 && lineWidth + space + width <= request.width) {
          lineWidth += space + width;
        } else {
          lines++;
          lineWidth = width;
        }
      }
      // satori rounds line heights to whole pixels.
      const lineHeight = Math.round(request.style.fontSize * request.style.lineHeight);
      return { height: Math.max(1, lines) * lineHeight, longestWord: longestWord(request) };
    });
  };

  const svg = (plan: CardPlan, placed?: PlacedNode[]) =>
    layout(cardTree(plan), plan.format.width, plan.format.height, placed);

  const draw = async (content: CardContent, format: CardFormat = cardFormats.openGraph) => {
    // The estimate may overstate a card that satori's own measurements would fit, so only the
    // exact plan may stop the build.
    const quick = await planCard(content, estimate, format).catch((error: unknown) => {
      if (error instanceof CardDoesNotFit) return undefined;
      throw error;
    });
    if (quick) {
      const placed: PlacedNode[] = [];
      const quickSvg = await svg(quick, placed);
      if (bodyFits(placed, format)) return { plan: quick, svg: quickSvg };
    }
    const exact = await planCard(content, measure, format);
    return { plan: exact, svg: await svg(exact) };
  };

  return {
    measure,
    estimate,
    plan: async (content, format) => (await draw(content, format)).plan,
    draw,
    svg,
    png: (image) => rasterise(image, resvgOptions),
    pixels: async (image) => {
      const rendered = await renderAsync(image, resvgOptions);
      return { width: rendered.width, height: rendered.height, pixels: rendered.pixels };
    },
  };
}
