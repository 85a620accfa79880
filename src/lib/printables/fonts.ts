/**
 * The typeface of the printed materials: Atkinson Hyperlegible, the site's own, read from the
 * installed @fontsource package so printing needs no network. One font object both measures text
 * for line breaks and draws it, in the PDF and in the PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';

export type Weight = 'regular' | 'bold';

export interface PrintFont {
  bytes: Uint8Array;
  font: ReturnType<typeof fontkit.create>;
}

export type PrintFonts = Record<Weight, PrintFont>;

const files: Record<Weight, string> = {
  regular: 'atkinson-hyperlegible-latin-400-normal.woff',
  bold: 'atkinson-hyperlegible-latin-700-normal.woff',
};

let loaded: PrintFonts | undefined;

export function printFonts(root: string = process.cwd()): PrintFonts {
  if (loaded) return loaded;
  const require = createRequire(path.join(root, 'package.json'));
  const load = (weight: Weight): PrintFont => {
    const bytes = readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/${files[weight]}`));
    return { bytes, font: fontkit.create(bytes) };
  };
  loaded = { regular: load('regular'), bold: load('bold') };
  return loaded;
}

/** The width of a line of text in points. */
export function textWidth(font: PrintFont, text: string, size: number): number {
  const run = font.font.layout(text);
  const units = run.positions.reduce((sum, position) => sum + position.xAdvance, 0);
  return (units / font.font.unitsPerEm) * size;
}

/** Breaks text into lines no wider than `width`, at spaces only, so no word is ever cut. */
export function wrap(font: PrintFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(font, candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
