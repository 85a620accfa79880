import { describe, expect, it } from 'vitest';
import { describeDays, describeHours, formatTime, isOpenAt, minutesOf } from '../../src/lib/hours';

const weekdaysEightToEight = {
  kind: 'weekly' as const,
  periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, opens: '08:00', closes: '20:00' }],
};

describe('opening hours', () => {
  it('formats times the GOV.UK way', () => {
    expect(formatTime('08:00')).toBe('8am');
    expect(formatTime('18:30')).toBe('6:30pm');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('24:00')).toBe('midnight');
  });

  it('refuses times that do not exist', () => {
    expect(() => minutesOf('25:00')).toThrow();
    expect(() => minutesOf('8am')).toThrow();
    expect(() => minutesOf('24:30')).toThrow();
  });

  it('names runs of days', () => {
    expect(describeDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Monday to Friday');
    expect(describeDays(['mon', 'wed'])).toBe('Monday and Wednesday');
    expect(describeDays(['tue', 'thu', 'fri'])).toBe('Tuesday, Thursday and Friday');
    expect(describeDays(['sat', 'sun'])).toBe('Saturday and Sunday');
    expect(describeDays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).toBe('Every day');
  });

  it('describes each kind of hours', () => {
    expect(describeHours({ kind: 'always' })).toEqual(['24 hours a day, every day']);
    expect(describeHours({ kind: 'unknown' })).toEqual(['Opening hours not confirmed']);
    expect(describeHours(weekdaysEightToEight)).toEqual(['Monday to Friday: 8am to 8pm']);
  });

  it('knows when a service is open, in UK time', () => {
    // Friday 27 November 2026, 19:59 in London (GMT): open. 20:00: closed.
    expect(isOpenAt(weekdaysEightToEight, new Date('2026-11-27T19:59:00Z'))).toBe(true);
    expect(isOpenAt(weekdaysEightToEight, new Date('2026-11-27T20:00:00Z'))).toBe(false);
    // Saturday: closed.
    expect(isOpenAt(weekdaysEightToEight, new Date('2026-11-28T12:00:00Z'))).toBe(false);
    // Summer time: 07:30 UTC on Monday 1 June 2026 is 08:30 in London.
    expect(isOpenAt(weekdaysEightToEight, new Date('2026-06-01T07:30:00Z'))).toBe(true);
    expect(isOpenAt({ kind: 'always' }, new Date())).toBe(true);
    expect(isOpenAt({ kind: 'unknown' }, new Date())).toBeUndefined();
  });
});
