/**
 * Cache keys for cards. A card is a pure function of its content and of the renderer (its code, fonts,
 * colours, marks and library versions), so a key made of all of those lets an unchanged card be
 * reused from an earlier build instead of drawn again.
 */
import path from 'node:path';
import { sha256, sourcesIn, stableJson, versionsOf } from '../build-cache';
import { partnershipName, siteName } from '../site';
import type { CardContent } from './content';
import { cardColours, cardFormats, type CardFormat } from './layout';
import { markFor } from './marks';

export interface RendererParts {
  /** The font files, as bytes. */
  fonts: readonly { data: Uint8Array }[];
  /** Versions of the libraries that draw, e.g. { satori: '0.63.2' }. */
  libraries: Readonly<Record<string, string>>;
  /** The source text of the card's layout code. */
  sources: readonly string[];
}

/** One hash for everything about the renderer that could change a card's pixels. */
export function rendererFingerprint(parts: RendererParts): string {
  return sha256(
    stableJson(parts.libraries),
    ...parts.fonts.map((font) => sha256(font.data)),
    ...parts.sources.map((source) => sha256(source)),
  );
}

/**
 * The key a card is stored under. The colours, mark and names are values from other modules that
 * the card draws, so they are part of the key too: changing a topic's colour redraws its cards. The
 * same content makes a different image in each format.
 */
export function cardCacheKey(
  content: CardContent,
  fingerprint: string,
  format: CardFormat = cardFormats.openGraph,
): string {
  return sha256(
    stableJson({
      content,
      format: format.name,
      colours: cardColours(content.topic),
      mark: markFor(content.topic),
      names: [siteName, partnershipName],
      fingerprint,
    }),
  );
}

/** Where drawn cards are kept between builds, under the project's root. */
export const defaultCardCacheDir = 'node_modules/.cache/safer-norfolk-cards';

/** The renderer's fingerprint for a project: its fonts, the drawing libraries and this folder's code. */
export async function projectCardFingerprint(root: string, fonts: RendererParts['fonts']): Promise<string> {
  return rendererFingerprint({
    fonts,
    libraries: versionsOf(root, ['satori', '@resvg/resvg-js']),
    sources: await sourcesIn(path.join(root, 'src/lib/social-card')),
  });
}
