/**
 * The card's fonts: Atkinson Hyperlegible, the site's own typeface, read from the installed
 * @fontsource package. satori reads neither WOFF2 nor variable fonts, so these are the static WOFF
 * files; the latin-ext files cover names with accents the basic set lacks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontFamily } from './layout';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export const cardFontFiles = [
  { file: 'atkinson-hyperlegible-latin-400-normal.woff', weight: 400 },
  { file: 'atkinson-hyperlegible-latin-700-normal.woff', weight: 700 },
  { file: 'atkinson-hyperlegible-latin-ext-400-normal.woff', weight: 400 },
  { file: 'atkinson-hyperlegible-latin-ext-700-normal.woff', weight: 700 },
] as const;

/** Loads the fonts from the project's node_modules, so a build never needs the network. */
export function loadCardFonts(root: string = process.cwd()): CardFont[] {
  const require = createRequire(path.join(root, 'package.json'));
  return cardFontFiles.map(({ file, weight }) => ({
    name: fontFamily,
    data: readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/${file}`)),
    weight,
    style: 'normal',
  }));
}
