/**
 * A campaign's share images, drawn while the pages render. The campaign kit (a zip the toolkit page
 * lists with its size) needs the images before the social-cards build step runs, so it draws them
 * here into the same cache under the same key; that step then finds each image in the cache and
 * copies it, and the zip and /share/ hold the same bytes.
 */
import path from 'node:path';
import { cachedFile } from '../build-cache';
import { phoneAction, type PhoneKind } from '../phone';
import { siteName } from '../site';
import { cardCacheKey, defaultCardCacheDir, projectCardFingerprint } from './cache';
import type { CardContent } from './content';
import { loadCardFonts, type CardFont } from './fonts';
import type { CardFormat } from './layout';
import { createCardRenderer, type CardRenderer } from './render';

/** The action when a campaign's first line has no confirmed number: the site itself. */
export const searchAction = `Search ${siteName}`;

/** The first of a campaign's primary lines, as far as its share images need it. */
export interface PrimaryLine {
  phones: readonly { kind: PhoneKind; display: string }[];
  /** True when a primary source confirms the service's numbers (src/lib/verification.ts). */
  phonesConfirmed: boolean;
}

/** "Call 0808 2000 247" from the line's first number when it is confirmed, else "Search Safer Norfolk". */
export function shareActionFor(line: PrimaryLine | undefined): { action: string; number?: string } {
  const phone = line?.phonesConfirmed ? line.phones[0] : undefined;
  return phone ? { action: phoneAction(phone.kind, phone.display), number: phone.display } : { action: searchAction };
}

let setup: Promise<{ fonts: CardFont[]; fingerprint: string }> | undefined;
let renderer: CardRenderer | undefined;
const drawn = new Map<string, Promise<Uint8Array>>();

/** The PNG of a share image, from the cache when an earlier build (or page) drew it. */
export async function shareImagePng(
  content: CardContent,
  format: CardFormat,
  root: string = process.cwd(),
): Promise<Uint8Array> {
  setup ??= (async () => {
    const fonts = loadCardFonts(root);
    return { fonts, fingerprint: await projectCardFingerprint(root, fonts) };
  })();
  const { fonts, fingerprint } = await setup;
  const key = `${cardCacheKey(content, fingerprint, format)}.png`;
  if (!drawn.has(key)) {
    drawn.set(
      key,
      cachedFile(path.resolve(root, defaultCardCacheDir), key, async () => {
        renderer ??= createCardRenderer(fonts);
        return renderer.png((await renderer.draw(content, format)).svg);
      }, 'Share images for the kits'),
    );
  }
  return drawn.get(key)!;
}
