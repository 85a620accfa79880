/**
 * The typeface of the printed materials: Atkinson Hyperlegible, the site's own, read from the
 * installed @fontsource package so printing needs no network. The same font objects measure text
 * for line breaks and draw it, in the PDF and in the PNG.
 *
 * @fontsource splits each weight into files by script: `latin` has English and the letters of
 * western Europe, `latin-ext` the rest of the Latin alphabet (Polish, Romanian, Czech, the Baltic
 * languages). A line is therefore measured and drawn in runs, each from the file that has its
 * letters; the layout never sees the split, so its operations stay one text per line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { missingGlyphs, missingGlyphsError } from '../glyphs';
import { sfntFromWoff } from '../woff';

export type Weight = 'regular' | 'bold';

/**
 * One font file: its bytes (unwrapped from WOFF to plain OpenType, which PDF readers and fontkit
 * read directly), for embedding in a PDF, and the parsed font, for measuring and drawing.
 */
export interface FontFile {
  bytes: Uint8Array;
  font: ReturnType<typeof fontkit.create>;
}

/**
 * One weight of the typeface: its main file, and the file for the letters that one lacks. The main
 * file's own fields stay where callers have always found them (`fonts.regular.bytes`).
 */
export interface PrintFont extends FontFile {
  fallback?: FontFile;
}

export type PrintFonts = Record<Weight, PrintFont>;

const files: Record<Weight, { main: string; fallback: string }> = {
  regular: { main: 'atkinson-hyperlegible-latin-400-normal.woff', fallback: 'atkinson-hyperlegible-latin-ext-400-normal.woff' },
  bold: { main: 'atkinson-hyperlegible-latin-700-normal.woff', fallback: 'atkinson-hyperlegible-latin-ext-700-normal.woff' },
};

let loaded: PrintFonts | undefined;

export function printFonts(root: string = process.cwd()): PrintFonts {
  if (loaded) return loaded;
  const require = createRequire(path.join(root, 'package.json'));
  const file = (name: string): FontFile => {
    const bytes = sfntFromWoff(readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/${name}`)));
    return { bytes, font: fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
  };
  const load = (weight: Weight): PrintFont => ({ ...file(files[weight].main), fallback: file(files[weight].fallback) });
  loaded = { regular: load('regular'), bold: load('bold') };
  return loaded;
}

/** A weight's files, in the order a letter looks for its glyph. */
export function filesOf(font: PrintFont): FontFile[] {
  return font.fallback ? [font, font.fallback] : [font];
}

/** Every font file's bytes, for a hash of what the drawings depend on. */
export function fontBytes(fonts: PrintFonts): Uint8Array[] {
  return [...filesOf(fonts.regular), ...filesOf(fonts.bold)].map((file) => file.bytes);
}

/** Part of a line that one font file draws. */
export interface TextRun {
  text: string;
  file: FontFile;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const hasAll = (file: FontFile, grapheme: string) =>
  [...grapheme].every((character) => file.font.hasGlyphForCodePoint(character.codePointAt(0)!));

/**
 * Splits a line into runs by the file that has each letter. A letter and its accents stay together,
 * so marks sit on their letter; a letter the current run's file has (a space, say) stays in that run,
 * so a line changes font only where it must. A letter no file has goes to the main file, which draws
 * its empty box: content is checked for such letters before it is laid out.
 */
export function textRuns(font: PrintFont, text: string): TextRun[] {
  const candidates = filesOf(font);
  const runs: TextRun[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const current = runs.at(-1);
    if (current && hasAll(current.file, segment)) {
      current.text += segment;
      continue;
    }
    const file = candidates.find((candidate) => hasAll(candidate, segment)) ?? font;
    if (current?.file === file) current.text += segment;
    else runs.push({ text: segment, file });
  }
  return runs;
}

/** A run of text shaped by its font file: each glyph with its position, in font units. */
export interface ShapedRun {
  glyphs: { id: number; xAdvance: number; xOffset: number }[];
  /** The run's whole advance, kerning included. */
  advance: number;
}

/**
 * Shaped runs, by file and text. Posters repeat the same words, and each line is shaped for its
 * line break and again for its picture; shaping is the slow part of both. Kept to a bounded number,
 * so a very large site's build does not hold every line it ever printed.
 */
const shapedRuns = new WeakMap<FontFile, Map<string, ShapedRun>>();
const shapedRunsKept = 50_000;

export function shape(file: FontFile, text: string): ShapedRun {
  let runs = shapedRuns.get(file);
  if (!runs) shapedRuns.set(file, (runs = new Map()));
  let run = runs.get(text);
  if (!run) {
    const { glyphs, positions } = file.font.layout(text);
    run = {
      glyphs: glyphs.map((glyph, index) => ({ id: glyph.id, xAdvance: positions[index]!.xAdvance, xOffset: positions[index]!.xOffset })),
      advance: positions.reduce((sum, position) => sum + position.xAdvance, 0),
    };
    if (runs.size >= shapedRunsKept) runs.clear();
    runs.set(text, run);
  }
  return run;
}

/** Each glyph's outline as SVG path data, drawn once per file however often it is printed. */
const glyphOutlines = new WeakMap<FontFile, Map<number, string>>();

export function glyphOutline(file: FontFile, glyphId: number): string {
  let outlines = glyphOutlines.get(file);
  if (!outlines) glyphOutlines.set(file, (outlines = new Map()));
  let outline = outlines.get(glyphId);
  if (outline === undefined) {
    outline = file.font.getGlyph(glyphId).path.toSVG();
    outlines.set(glyphId, outline);
  }
  return outline;
}

/** The width of a run in points, with its own file's advances and kerning. */
export function runWidth(run: TextRun, size: number): number {
  return (shape(run.file, run.text).advance / run.file.font.unitsPerEm) * size;
}

/** The width of a line of text in points. */
export function textWidth(font: PrintFont, text: string, size: number): number {
  return textRuns(font, text).reduce((sum, run) => sum + runWidth(run, size), 0);
}

/**
 * Breaks text into lines no wider than `width`, at spaces only, so no word is ever cut. Lines are
 * first planned from each word's width measured once; each planned line is then measured whole,
 * since kerning can join a word to its space, and only a paragraph where that disagrees is broken
 * again measuring every candidate line whole.
 */
export function wrap(font: PrintFont, text: string, size: number, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const space = textWidth(font, ' ', size);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = textWidth(font, word, size);
    if (line && lineWidth + space + wordWidth <= width) {
      line = `${line} ${word}`;
      lineWidth += space + wordWidth;
    } else {
      if (line) lines.push(line);
      line = word;
      lineWidth = wordWidth;
    }
  }
  if (line) lines.push(line);
  const planned = lines.every((each, index) => {
    const fits = each.includes(' ') ? textWidth(font, each, size) <= width : true;
    const next = lines[index + 1]?.split(' ')[0];
    return fits && (next === undefined || textWidth(font, `${each} ${next}`, size) > width);
  });
  return planned ? lines : wrapMeasuringWhole(font, words, size, width);
}

/** Greedy breaking that measures every candidate line whole: exact, and slow on long text. */
export function wrapMeasuringWhole(font: PrintFont, words: readonly string[], size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
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

/** Every string in a piece's content with its place, e.g. "keyMessage" or "signs.2" (counted from 0). */
function* textsIn(value: unknown, field: string): Generator<{ field: string; text: string }> {
  if (typeof value === 'string') {
    yield { field, text: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* textsIn(item, `${field}.${index}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* textsIn(item, field ? `${field}.${key}` : key);
  }
}

/**
 * Stops the build when a piece's content has a letter neither weight's files can draw, naming the
 * content file and field, instead of printing an empty box. `content` is whatever a layout prints
 * (a campaign's words and the services it names); every string in it is checked, in both weights,
 * since a layout may set any of them in either. Posters set the title in capitals, which for a few
 * letters are different characters, so those are checked too.
 */
export function assertPrintable(content: unknown, fonts: PrintFonts, file: string): void {
  const weights = [filesOf(fonts.regular), filesOf(fonts.bold)].map((weight) => weight.map((each) => each.font));
  for (const { field, text } of textsIn(content, '')) {
    const drawn = field === 'title' ? `${text}${text.toUpperCase()}` : text;
    const missing = [...new Set(weights.flatMap((weight) => missingGlyphs(drawn, weight)))];
    if (missing.length > 0) throw missingGlyphsError(file, field, missing);
  }
}
