/**
 * The site's web fonts, as small as they can be. Atkinson Hyperlegible's Latin files carry 200-odd
 * glyphs and hinting for old screens; an English page needs about a hundred. So the build makes a
 * "core" file per weight holding only the characters the site's own text uses (from the Latin
 * range), without hinting, and gives it a `unicode-range`. The full Latin and Latin Extended files
 * stay behind it for any other character: a browser downloads them only for a page that uses one.
 * It is a virtual stylesheet (`virtual:site-fonts.css`), made by subset-font (HarfBuzz) and kept in
 * a cache folder keyed by the characters and the font bytes, so an unchanged site subsets nothing.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { sha256 } from '../lib/build-cache';
import { codePointsIn, rangesOf, subtractRanges, type CodePointRange } from '../lib/unicode-ranges';

const moduleId = 'virtual:site-fonts.css';
const resolvedId = `\0${moduleId}`;
const weights = ['400', '700'] as const;

/** The ranges fontsource gives its Latin and Latin Extended files (their CSS, `unicode-range`). */
export const latinRange = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
export const latinExtRange = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

/** Where the site's words are: what editors write and what the components say. */
const textFolders = ['content', 'src/components', 'src/layouts', 'src/pages', 'src/lib'];
const textFile = /\.(mdx|md|ya?ml|astro|ts)$/;

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : textFile.test(name) ? [full] : [];
  });
}

/** Every character of the Latin range the site's text uses, plus all of printable ASCII. */
export function coreCodePoints(root: string, contentRoot: string): number[] {
  const folders = textFolders.map((folder) => (folder === 'content' ? contentRoot : path.join(root, folder)));
  const text = folders.flatMap(filesUnder).map((file) => readFileSync(file, 'utf8')).join('');
  const ascii = Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index);
  const latin = rangesOf(latinRange);
  const printable = (point: number) => point >= 0x20 && point !== 0x7f;
  const used = codePointsIn(text).filter((point) => printable(point) && latin.some(([from, to]) => point >= from && point <= to));
  return [...new Set([...ascii, ...used])].sort((a, b) => a - b);
}

const formatRange = (ranges: readonly CodePointRange[]) =>
  ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, '0');

function fontFace(weight: string, url: string, range: string): string {
  return `@font-face { font-family: 'Atkinson Hyperlegible'; font-style: normal; font-display: swap; font-weight: ${weight}; src: url("${url}") format('woff2'); unicode-range: ${range}; }`;
}

/** Makes (or reuses) the core file for one weight; returns its path. */
async function coreFile(root: string, source: Buffer, characters: string, weight: string): Promise<string> {
  const folder = path.join(root, 'node_modules/.cache/safer-norfolk-fonts');
  const name = `atkinson-hyperlegible-core-${weight}-${sha256(source, characters).slice(0, 12)}.woff2`;
  const file = path.join(folder, name);
  if (!existsSync(file)) {
    // No hinting: hints only help old rasterisers at small sizes, and they are half the file.
    const subset = await subsetFont(source, characters, { targetFormat: 'woff2', noHinting: true, noLayoutClosure: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, subset);
  }
  return file;
}

export async function siteFontsCss(root: string, contentRoot: string): Promise<string> {
  const require = createRequire(path.join(root, 'package.json'));
  const fontFile = (subset: string, weight: string) =>
    require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff2`);
  // Vite bundles (and hashes) a url() written from the project root.
  const fromRoot = (file: string) => `/${path.relative(root, file).split(path.sep).join('/')}`;
  const core = coreCodePoints(root, contentRoot);
  const characters = String.fromCodePoint(...core);
  const coreRanges = rangesFromPoints(core);
  const faces: string[] = [];
  for (const weight of weights) {
    const latin = fontFile('latin', weight);
    const coreUrl = fromRoot(await coreFile(root, readFileSync(latin), characters, weight));
    // Declared first, so for the core characters the later (core) face wins: browsers use the
    // last declared face whose range covers a character.
    faces.push(fontFace(weight, fromRoot(fontFile('latin-ext', weight)), latinExtRange));
    faces.push(fontFace(weight, fromRoot(latin), formatRange(subtractRanges(rangesOf(latinRange), coreRanges))));
    faces.push(fontFace(weight, coreUrl, formatRange(coreRanges)));
  }
  return faces.join('\n');
}

/** Consecutive code points as [from, to] ranges. */
export function rangesFromPoints(points: readonly number[]): CodePointRange[] {
  const ranges: CodePointRange[] = [];
  for (const point of points) {
    const last = ranges.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else ranges.push([point, point]);
  }
  return ranges;
}

export function siteFonts(): Plugin {
  let root = process.cwd();
  return {
    name: 'safer-norfolk:site-fonts',
    configResolved: (config) => {
      root = config.root;
    },
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) =>
      id === resolvedId ? siteFontsCss(root, path.resolve(root, process.env.SAFER_NORFOLK_CONTENT_DIR ?? 'content')) : undefined,
  };
}
