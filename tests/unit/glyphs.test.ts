/**
 * The check that stops a build before a card or printed piece draws an empty box: it finds the
 * characters the site's fonts lack, and only those, across both Latin files of each weight.
 */
import { describe, expect, it } from 'vitest';
import { missingGlyphs, missingGlyphsError, type GlyphSource } from '../../src/lib/glyphs';
import { filesOf, printFonts } from '../../src/lib/printables/fonts';
import { cardGlyphCheck, loadCardFonts } from '../../src/lib/social-card/fonts';

const fonts = printFonts();
const regular = filesOf(fonts.regular).map((file) => file.font);
const bold = filesOf(fonts.bold).map((file) => file.font);

const languages = {
  Polish: 'Zażółć gęślą jaźń',
  Romanian: 'Șțăîâ',
  Lithuanian: 'Ąčęėįšųūž',
  Latvian: 'āēīūļņ',
  Portuguese: 'ãõçáéí',
};

describe('missingGlyphs', () => {
  it.each(Object.entries(languages))('finds nothing missing in %s, in either weight', (_, text) => {
    expect(missingGlyphs(text, regular)).toEqual([]);
    expect(missingGlyphs(text, bold)).toEqual([]);
  });

  it('finds an emoji and a Chinese character, once each, in the order they appear', () => {
    expect(missingGlyphs('Stay safe 😀 online 中文 😀', regular)).toEqual(['😀', '中', '文']);
  });

  it('needs the Latin Extended file for Polish: the basic file alone lacks its letters', () => {
    expect(missingGlyphs(languages.Polish, [fonts.regular.font])).toEqual(['ż', 'ł', 'ć', 'ę', 'ś', 'ą', 'ź', 'ń']);
  });

  it('ignores spaces and line breaks, whatever font is given', () => {
    const none: GlyphSource = { hasGlyphForCodePoint: () => false };
    expect(missingGlyphs(' \n\t\r\u00a0', [none])).toEqual([]);
  });

  it('reports an emoji with a skin tone as the one character a person typed', () => {
    expect(missingGlyphs('Thumbs 👍🏽 up', regular)).toEqual(['👍🏽']);
  });

  it("the cards' fonts cover the same letters, and miss the same characters", () => {
    const missingOnCard = cardGlyphCheck(loadCardFonts());
    expect(missingOnCard(Object.values(languages).join(' '))).toEqual([]);
    expect(missingOnCard('Report it 😀 中')).toEqual(['😀', '中']);
  });

  it('names the file, the field and the letters in the error', () => {
    expect(missingGlyphsError('content/campaigns/fraud-and-scams/index.mdx', 'keyMessage', ['😀']).message).toBe(
      'content/campaigns/fraud-and-scams/index.mdx, field "keyMessage": the letters "😀" cannot be drawn in the site\'s font. Remove them or replace them.',
    );
  });
});
