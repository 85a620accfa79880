import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { sfntFromWoff } from '../../src/lib/woff';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/${name}`));

describe('unwrapping WOFF fonts', () => {
  for (const name of ['atkinson-hyperlegible-latin-400-normal.woff', 'atkinson-hyperlegible-latin-ext-700-normal.woff']) {
    it(`${name} unwraps to the same font, table for table`, () => {
      const woff = fontFile(name);
      const sfnt = sfntFromWoff(woff);
      const wrapped = fontkit.create(woff);
      const unwrapped = fontkit.create(Buffer.from(sfnt));
      // A plain TrueType file starts with version 1.0 where WOFF starts with "wOFF".
      expect(Buffer.from(sfnt).readUInt32BE(0)).toBe(0x00010000);
      expect(unwrapped.numGlyphs).toBe(wrapped.numGlyphs);
      expect(unwrapped.unitsPerEm).toBe(wrapped.unitsPerEm);
      const text = 'Report fraud: 0300 123 2040. Żółć, ĕ, Ā.';
      expect(unwrapped.layout(text).positions).toEqual(wrapped.layout(text).positions);
      for (const glyph of wrapped.layout(text).glyphs) expect(unwrapped.getGlyph(glyph.id).path.toSVG()).toBe(glyph.path.toSVG());
      // Tables sit on 4-byte boundaries, and the file ends on one.
      expect(sfnt.byteLength % 4).toBe(0);
    });
  }

  it('names what is wrong with a file that is not WOFF', () => {
    expect(() => sfntFromWoff(new Uint8Array(64))).toThrow(/Not a WOFF 1\.0 font/);
  });
});
