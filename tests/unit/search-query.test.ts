import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../src/lib/search-query';

describe('normaliseQuery', () => {
  it.each([
    ['  Scam   TEXT ', 'scam text'],
    ['radicalization', 'radicalisation'],
    ['noisy neighbors', 'noisy neighbours'],
    ['burgalry', 'burglary'],
    ['anti social behavior', 'anti-social behaviour'],
    ['Domestic violance', 'domestic violence'],
    ['cuckoing', 'cuckooing'],
    ['knifes', 'knife'],
  ])('%j becomes %j', (typed, sent) => {
    expect(normaliseQuery(typed)).toBe(sent);
  });

  it('changes whole words only', () => {
    expect(normaliseQuery('knifeedge')).toBe('knifeedge');
    expect(normaliseQuery('behaviours')).toBe('behaviours');
  });
});
