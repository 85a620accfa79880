import { describe, expect, it } from 'vitest';
import { findImpossibleDates, formatDate, isRealIsoDate } from '../../src/lib/dates';

describe('dates', () => {
  it('accepts real days, including 29 February in a leap year', () => {
    expect(isRealIsoDate('2026-11-27')).toBe(true);
    expect(isRealIsoDate('2028-02-29')).toBe(true);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '27/11/2026', '2026-1-5'])(
    'refuses %s',
    (text) => expect(isRealIsoDate(text)).toBe(false),
  );

  it('finds impossible dates in frontmatter or YAML, quoted or not, with field and line', () => {
    const source = ['---', 'title: Test', 'published: 2026-02-30', "updated: '2026-11-27'", 'reviewBy: "2026-13-01"', '---'].join('\n');
    expect(findImpossibleDates(source)).toEqual([
      { field: 'published', value: '2026-02-30', line: 3 },
      { field: 'reviewBy', value: '2026-13-01', line: 5 },
    ]);
  });

  it('finds impossible date-times that YAML would move on, and accepts real ones', () => {
    const source = ['opens: 2026-02-30T10:00:00', 'starts: 2026-11-30T25:00', 'ends: "2026-11-30T10:00:00Z"', 'at: 2026-11-30 09:30'].join('\n');
    expect(findImpossibleDates(source)).toEqual([
      { field: 'opens', value: '2026-02-30T10:00:00', line: 1 },
      { field: 'starts', value: '2026-11-30T25:00', line: 2 },
    ]);
  });

  it('formats dates the GOV.UK way', () => {
    expect(formatDate(new Date('2026-11-27T00:00:00Z'))).toBe('27 November 2026');
  });
});
