import { describe, expect, it } from 'vitest';
import { describeDays, describeHours, formatTime, minutesOf } from '../../src/lib/hours';

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
});
