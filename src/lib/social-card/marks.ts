/**
 * A simple mark for each topic, drawn on a 48 by 48 grid with round-ended strokes so every mark has
 * the same weight. Plain shapes only: a mark has to read at the size of a thumbnail in a feed.
 * Pages without one topic carry the site's shield, the same shape as the favicon.
 */
import type { TopicSlug } from '../taxonomy';
import type { CardNode } from './layout';

/** `fill` paints the shape solid; `knockout` paints it in the background colour, to cut into a shape below. */
interface Paint {
  fill?: boolean;
  knockout?: boolean;
}

export type MarkShape =
  | ({ kind: 'path'; d: string } & Paint)
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ kind: 'rect'; x: number; y: number; width: number; height: number; rx: number; rotate?: number } & Paint);

export const markGrid = 48;

// Partial, so adding a topic stays one edit to the taxonomy: a topic without a mark carries the shield.
const topicMarks: Partial<Record<TopicSlug, readonly MarkShape[]>> = {
  // A padlock: keep your money and details locked away.
  'fraud-and-scams': [
    { kind: 'path', d: 'M16 21v-6a8 8 0 0 1 16 0v6' },
    { kind: 'rect', x: 10, y: 21, width: 28, height: 21, rx: 3 },
    { kind: 'circle', cx: 24, cy: 30, r: 2.5, fill: true },
    { kind: 'path', d: 'M24 32v4' },
  ],
  // A home with a heart in it: safety at home.
  'domestic-abuse': [
    { kind: 'path', d: 'M5 22 24 6l19 16' },
    { kind: 'path', d: 'M10 18v24h28V18' },
    {
      kind: 'path',
      d: 'M24 37c-5.5-3.6-8.5-6.6-8.5-9.6a4.3 4.3 0 0 1 8.5-1.1 4.3 4.3 0 0 1 8.5 1.1c0 3-3 6-8.5 9.6z',
      fill: true,
    },
  ],
  // A speech bubble: you can talk to someone, whenever it happened.
  'sexual-violence': [
    { kind: 'path', d: 'M9 8h30a4 4 0 0 1 4 4v18a4 4 0 0 1-4 4H23l-9 8v-8H9a4 4 0 0 1-4-4V12a4 4 0 0 1 4-4z' },
    { kind: 'path', d: 'M14 17h20M14 25h13' },
  ],
  // A megaphone: speak up and report it.
  'hate-crime': [
    { kind: 'path', d: 'M6 19h8L34 9v30L14 29H6z' },
    { kind: 'path', d: 'M14 19v10' },
    { kind: 'path', d: 'M39.5 18.5a8 8 0 0 1 0 11' },
  ],
  // A notepad: write it down, then report it.
  'anti-social-behaviour': [
    { kind: 'rect', x: 10, y: 8, width: 28, height: 34, rx: 3 },
    { kind: 'rect', x: 18, y: 5, width: 12, height: 6, rx: 2, fill: true },
    { kind: 'path', d: 'M16 20h16M16 27h16M16 34h9' },
  ],
  // A mobile phone: the "line" gangs use to sell drugs.
  'county-lines': [
    { kind: 'rect', x: 13, y: 5, width: 22, height: 38, rx: 4 },
    { kind: 'path', d: 'M21 10h6' },
    { kind: 'circle', cx: 24, cy: 37, r: 2, fill: true },
  ],
  // A key: lock it, light it, hide it, mark it.
  'neighbourhood-crime': [
    { kind: 'circle', cx: 15, cy: 24, r: 8 },
    { kind: 'path', d: 'M23 24h19M36 24v7M42 24v5' },
  ],
  // A knife inside a "no" sign: carrying a knife does not keep you safe.
  'serious-violence': [
    { kind: 'circle', cx: 24, cy: 24, r: 18 },
    { kind: 'path', d: 'M21.5 27V16c0-3 1.2-5.5 2.5-7.5 1.3 2 2.5 4.5 2.5 7.5v11z', fill: true },
    { kind: 'path', d: 'M19 28.5h10M24 29v8' },
    { kind: 'path', d: 'M11.3 11.3l25.4 25.4' },
  ],
  // Two links of a chain, broken apart: freedom from forced work.
  'modern-slavery': [
    { kind: 'rect', x: 4, y: 27.5, width: 22, height: 11, rx: 5.5, rotate: -45 },
    { kind: 'rect', x: 22, y: 9.5, width: 22, height: 11, rx: 5.5, rotate: -45 },
    { kind: 'path', d: 'M19.5 19.5l-3.5-3.5M28.5 28.5l3.5 3.5' },
  ],
  // A lifebuoy: Prevent is about help, not punishment.
  prevent: [
    { kind: 'circle', cx: 24, cy: 24, r: 17 },
    { kind: 'circle', cx: 24, cy: 24, r: 7.5 },
    { kind: 'path', d: 'M12 12l6.7 6.7M36 12l-6.7 6.7M12 36l6.7-6.7M36 36l-6.7-6.7' },
  ],
};

/** The favicon's shield (public/favicon.svg), scaled from its 32 grid to this one. */
const shield: readonly MarkShape[] = [
  { kind: 'path', d: 'M24 7.5l13.5 6v9c0 9-6 15-13.5 18-7.5-3-13.5-9-13.5-18v-9z', fill: true },
  { kind: 'path', d: 'M24 13.5l7.5 3.3v5.7c0 5.4-3.45 9.3-7.5 11.25z', fill: true, knockout: true },
];

export function markFor(topic: TopicSlug | undefined): readonly MarkShape[] {
  return (topic && topicMarks[topic]) || shield;
}

/** The mark as an SVG element tree (satori's format), in one colour on a known background. */
export function markSvg(
  shapes: readonly MarkShape[],
  colour: string,
  background: string,
  size: number,
  strokeWidth = 3.5,
): CardNode {
  const paint = (fill: boolean | undefined, knockout: boolean | undefined) => {
    const ink = knockout ? background : colour;
    return fill
      ? { fill: ink, stroke: ink, strokeWidth: 1, strokeLinejoin: 'round' }
      : { fill: 'none', stroke: ink, strokeWidth, strokeLinecap: 'round', strokeLinejoin: 'round' };
  };
  return {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: `0 0 ${markGrid} ${markGrid}`,
      children: shapes.map((shape, index) => {
        const { kind, fill, knockout, ...geometry } = shape;
        // A rotated rectangle turns about its own centre, which keeps the numbers above readable.
        const transform =
          shape.kind === 'rect' && shape.rotate
            ? { transform: `rotate(${shape.rotate} ${shape.x + shape.width / 2} ${shape.y + shape.height / 2})` }
            : {};
        if ('rotate' in geometry) delete geometry.rotate;
        return { type: kind, key: String(index), props: { ...geometry, ...transform, ...paint(fill, knockout) } };
      }),
    },
  };
}
