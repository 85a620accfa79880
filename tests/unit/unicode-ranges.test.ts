import { describe, expect, it } from 'vitest';
import { codePointsIn, rangesOf, subtractRanges } from '../../src/lib/unicode-ranges';
import { rangesFromPoints } from '../../src/integrations/site-fonts';

describe('unicode ranges for font subsets', () => {
  it('reads a CSS unicode-range list', () => {
    expect(rangesOf('U+0000-00FF,U+0131, U+2000-206F')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x2000, 0x206f],
    ]);
  });

  it('cuts the core characters out of the full range, so each character has one face', () => {
    expect(subtractRanges([[0x00, 0xff]], [[0x20, 0x7e], [0xa3, 0xa3]])).toEqual([
      [0x00, 0x1f],
      [0x7f, 0xa2],
      [0xa4, 0xff],
    ]);
    expect(subtractRanges([[0x131, 0x131]], [[0x20, 0x7e]])).toEqual([[0x131, 0x131]]);
    expect(subtractRanges([[0x41, 0x41]], [[0x20, 0x7e]])).toEqual([]);
  });

  it('groups consecutive code points and lists each character once', () => {
    expect(rangesFromPoints([0x41, 0x42, 0x43, 0xa3, 0x2019])).toEqual([
      [0x41, 0x43],
      [0xa3, 0xa3],
      [0x2019, 0x2019],
    ]);
    expect(codePointsIn('Zażółć, za')).toEqual([...'Zażółć, z'].map((character) => character.codePointAt(0)));
  });
});
