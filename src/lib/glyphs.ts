/**
 * Which characters of a text no font can draw. The cards and printed materials draw text from the
 * site's own font files rather than the reader's system, so a character none of them has would
 * come out as an empty box, with nothing to say so; the build asks here first and stops instead.
 */

/** What a font must answer about itself; a fontkit font does. */
export interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The characters of `text` that none of `fonts` has, each once, in the order they first appear.
 * A character is a whole grapheme (an emoji with its skin tone, a letter with its accents), so it
 * is reported the way a person would type it. Spaces and line breaks draw nothing, so they never
 * count as missing.
 */
export function missingGlyphs(text: string, fonts: readonly GlyphSource[]): string[] {
  const missing = new Set<string>();
  for (const { segment } of graphemes.segment(text)) {
    if (missing.has(segment)) continue;
    const drawable = [...segment.replace(/\s/gu, '')].every((character) =>
      fonts.some((font) => font.hasGlyphForCodePoint(character.codePointAt(0)!)),
    );
    if (!drawable) missing.add(segment);
  }
  return [...missing];
}

/** The build's error for a text with characters the font lacks, naming where the text came from. */
export function missingGlyphsError(source: string, field: string, missing: readonly string[]): Error {
  return new Error(
    `${source}, field "${field}": the letters "${missing.join(' ')}" cannot be drawn in the site's font. ` +
      'Remove them or replace them.',
  );
}
