import { describe, expect, it } from 'vitest';
import { englandAndWalesBankHolidays } from '../../src/lib/bank-holidays';
import type { OpeningHours } from '../../src/lib/hours';
import { describeStatus, openingStatus, ukClock, type BankHolidayHours } from '../../src/lib/opening-status';

const weekdaysEightToFive: OpeningHours = {
  kind: 'weekly',
  periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '17:00' }],
};
const everyDayNineToFive: OpeningHours = {
  kind: 'weekly',
  periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:00', closes: '17:00' }],
};
const overnightWeekends: OpeningHours = {
  kind: 'weekly',
  periods: [
    { days: ['fri'], opens: '18:00', closes: '24:00' },
    { days: ['sat'], opens: '00:00', closes: '24:00' },
    { days: ['sun'], opens: '00:00', closes: '08:00' },
  ],
};

const bankHolidays = new Set(englandAndWalesBankHolidays(2026, 2027));
const statusAt = (hours: OpeningHours, iso: string, onBankHolidays?: BankHolidayHours) =>
  describeStatus(openingStatus(hours, new Date(iso), bankHolidays, onBankHolidays));

describe('bank holidays in England and Wales', () => {
  it('matches the dates GOV.UK publishes, substitute days included', () => {
    expect(englandAndWalesBankHolidays(2026, 2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
    expect(englandAndWalesBankHolidays(2027, 2027)).toEqual([
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    ]);
  });
});

describe('opening status, in UK time', () => {
  const cases: [string, OpeningHours, string, string, BankHolidayHours?][] = [
    ['a weekday inside hours', weekdaysEightToFive, '2026-11-27T12:00:00Z', 'Open now, closes at 5pm'],
    ['the last minute of the day', weekdaysEightToFive, '2026-11-27T16:59:00Z', 'Open now, closes at 5pm'],
    ['closing time on a Friday', weekdaysEightToFive, '2026-11-27T17:00:00Z', 'Closed, opens Monday at 8am'],
    ['a weekend', weekdaysEightToFive, '2026-11-28T12:00:00Z', 'Closed, opens Monday at 8am'],
    ['early on a weekday', weekdaysEightToFive, '2026-11-30T07:00:00Z', 'Closed, opens at 8am'],
    ['a weekday evening', weekdaysEightToFive, '2026-11-30T19:00:00Z', 'Closed, opens tomorrow at 8am'],
    ['a bank holiday, hours not known', weekdaysEightToFive, '2026-12-28T12:00:00Z', 'Today is a bank holiday: it may be closed or have different hours today'],
    ['a bank holiday, closed', weekdaysEightToFive, '2026-12-28T12:00:00Z', 'Closed, opens tomorrow at 8am', 'closed'],
    ['a bank holiday, usual hours', weekdaysEightToFive, '2026-12-28T12:00:00Z', 'Open now, closes at 5pm', 'usual'],
    ['a bank holiday on a day it never opens', { kind: 'weekly', periods: [{ days: ['sat'], opens: '10:00', closes: '12:00' }] }, '2026-12-28T12:00:00Z', 'Closed, opens Saturday at 10am'],
    ['the evening before a bank holiday', weekdaysEightToFive, '2026-12-24T19:00:00Z', 'Closed, usually opens tomorrow at 8am, but that day is a bank holiday'],
    ['over Christmas when it closes on bank holidays', weekdaysEightToFive, '2026-12-24T19:00:00Z', 'Closed, opens Tuesday at 8am', 'closed'],
    // Clocks go forward at 01:00 GMT on 29 March 2026: 08:30 GMT is 09:30 in the UK.
    ['the morning after the spring clock change', everyDayNineToFive, '2026-03-29T08:30:00Z', 'Open now, closes at 5pm'],
    ['the hour after the spring clock change', everyDayNineToFive, '2026-03-29T01:30:00Z', 'Closed, opens at 9am'],
    // Clocks go back at 01:00 GMT on 25 October 2026: 08:30 GMT is 08:30 in the UK.
    ['the morning after the autumn clock change', everyDayNineToFive, '2026-10-25T08:30:00Z', 'Closed, opens at 9am'],
    ['the hour after the autumn clock change', everyDayNineToFive, '2026-10-25T01:30:00Z', 'Closed, opens at 9am'],
    ['a stretch running past midnight', overnightWeekends, '2026-11-27T20:00:00Z', 'Open now, closes at 8am'],
    ['24 hours', { kind: 'always' }, '2026-12-25T03:00:00Z', 'Open 24 hours'],
    ['hours not known', { kind: 'unknown' }, '2026-11-27T12:00:00Z', 'Opening hours not confirmed'],
  ];

  it.each(cases)('%s', (_name, hours, iso, expected, onBankHolidays) => {
    expect(statusAt(hours, iso, onBankHolidays)).toBe(expected);
  });

  it('reads the clock in UK time across the clock changes', () => {
    expect(ukClock(new Date('2026-03-29T00:59:00Z'))).toEqual({ date: '2026-03-29', weekday: 'sun', minutes: 59 });
    expect(ukClock(new Date('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', weekday: 'sun', minutes: 120 });
    expect(ukClock(new Date('2026-10-24T23:30:00Z'))).toEqual({ date: '2026-10-25', weekday: 'sun', minutes: 30 });
    expect(ukClock(new Date('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', weekday: 'sun', minutes: 90 });
  });
});
