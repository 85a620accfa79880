/**
 * The card's fonts: Atkinson Hyperlegible, the site's own typeface, read from the installed
 * @fontsource package. satori reads neither WOFF2 nor variable fonts, so these are the static WOFF
 * files; the latin-ext files cover the letters of Polish, Romanian, Czech and the Baltic languages
 * that the basic set lacks, under a family name of their own (see `extendedFontFamily`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { missingGlyphs } from '../glyphs';
import { extendedFontFamily, fontFamily } from './layout';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export const cardFontFiles = [
  { file: 'atkinson-hyperlegible-latin-400-normal.woff', name: fontFamily, weight: 400 },
  { file: 'atkinson-hyperlegible-latin-700-normal.woff', name: fontFamily, weight: 700 },
  { file: 'atkinson-hyperlegible-latin-ext-400-normal.woff', name: extendedFontFamily, weight: 400 },
  { file: 'atkinson-hyperlegible-latin-ext-700-normal.woff', name: extendedFontFamily, weight: 700 },
] as const;

/** Loads the fonts from the project's node_modules, so a build never needs the network. */
export function loadCardFonts(root: string = process.cwd()): CardFont[] {
  const require = createRequire(path.join(root, 'package.json'));
  return cardFontFiles.map(({ file, name, weight }) => ({
    name,
    data: readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/${file}`)),
    weight,
    style: 'normal',
  }));
}

/**
 * A check for the characters of a text that the card's fonts cannot draw, in either weight (a
 * card sets its title bold and a summary regular). The fonts are parsed once, for every card.
 */
export function cardGlyphCheck(fonts: readonly CardFont[]): (text: string) => string[] {
  const weights = ([400, 700] as const).map((weight) =>
    fonts.filter((font) => font.weight === weight).map((font) => fontkit.create(font.data)),
  );
  return (text) => [...new Set(weights.flatMap((weight) => missingGlyphs(text, weight)))];
}
