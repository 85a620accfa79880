/**
 * The one renderer every card goes through: satori lays the card out as SVG, resvg paints the PNG.
 * satori is quick and runs here; resvg does the heavy painting on libuv's thread pool
 * (`renderAsync`), so several cards paint at once on a machine with several cores.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import type { CardContent } from './content';
import type { CardFont } from './fonts';
import {
  cardHeight,
  cardTree,
  cardWidth,
  fontFamily,
  planCard,
  type CardNode,
  type CardPlan,
  type Measure,
  type Measurement,
  type PlanOptions,
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
  fitTo: { mode: 'width', value: cardWidth },
  // Text is already outlines (satori draws glyphs as paths), so resvg needs no fonts of its own.
  font: { loadSystemFonts: false },
};

export interface CardRenderer {
  /** The measuring function the layout uses, backed by satori's own text layout. */
  measure: Measure;
  plan(content: CardContent, options?: PlanOptions): Promise<CardPlan>;
  /** The card as SVG, with every laid-out box when `placed` is given. */
  svg(plan: CardPlan, placed?: PlacedNode[]): Promise<string>;
  png(svg: string): Promise<Buffer>;
  /** The card's pixels, RGBA, for tests that inspect what was drawn. */
  pixels(svg: string): Promise<{ width: number; height: number; pixels: Buffer }>;
}

export function createCardRenderer(fonts: readonly CardFont[]): CardRenderer {
  const satoriFonts = fonts.map((font) => ({ ...font })) as SatoriOptions['fonts'];

  const measure: Measure = async (requests) => {
    if (requests.length === 0) return [];
    // One layout pass for every request: each run at its width, then each of its words on its own,
    // at max-content width, so a word too wide for the box shows up before it could overflow.
    const words = requests.map((request) => [...new Set(request.text.split(/\s+/).filter(Boolean))]);
    const children: CardNode[] = requests.flatMap((request, index) => [
      { type: 'div', key: `run-${index}`, props: { style: { display: 'flex', width: request.width, ...request.style }, children: request.text } },
      ...words[index]!.map(
        (word, wordIndex): CardNode => ({
          type: 'div',
          key: `word-${index}-${wordIndex}`,
          props: { style: { display: 'flex', ...request.style }, children: word },
        }),
      ),
    ]);
    const results: Measurement[] = requests.map(() => ({ height: 0, longestWord: 0 }));
    const widest = Math.max(...requests.map((request) => request.width));
    await satori(
      asElement({
        type: 'div',
        props: {
          style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: widest * 4, fontFamily },
          children,
        },
      }),
      {
        width: widest * 4,
        fonts: satoriFonts,
        onNodeDetected: (node) => {
          const match = /^(run|word)-(\d+)/.exec(String(node.key ?? ''));
          if (!match) return;
          const result = results[Number(match[2])]!;
          if (match[1] === 'run') result.height = node.height;
          else result.longestWord = Math.max(result.longestWord, node.width);
        },
      },
    );
    return results;
  };

  return {
    measure,
    plan: (content, options) => planCard(content, measure, options),
    svg: (plan, placed) =>
      satori(asElement(cardTree(plan)), {
        width: cardWidth,
        height: cardHeight,
        fonts: satoriFonts,
        ...(placed
          ? {
              onNodeDetected: (node) =>
                placed.push({
                  key: node.key === undefined ? undefined : String(node.key),
                  left: node.left,
                  top: node.top,
                  width: node.width,
                  height: node.height,
                  text: node.textContent,
                }),
            }
          : {}),
      }),
    png: async (svg) => (await renderAsync(svg, resvgOptions)).asPng(),
    pixels: async (svg) => {
      const image = await renderAsync(svg, resvgOptions);
      return { width: image.width, height: image.height, pixels: image.pixels };
    },
  };
}
