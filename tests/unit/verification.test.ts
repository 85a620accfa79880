import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkingSentence,
  listInWords,
  falseClaims,
  shownServiceDetails,
  verificationOf,
  type ServiceDetail,
  type SourceRecord,
} from '../../src/lib/verification';

const today = new Date('2026-11-30T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Named examples reused below: a service's own page, and a news story about it. */
const ownPage: SourceRecord<ServiceDetail> = {
  title: 'the Refuge website',
  url: 'https://refuge.org.uk/',
  checked: day('2026-11-30'),
  primary: true,
  confirms: ['phones', 'hours'],
};
const newsStory: SourceRecord<ServiceDetail> = {
  title: 'a news story',
  url: 'https://news.example/story',
  checked: day('2026-11-30'),
  primary: false,
  confirms: [],
};

describe('verificationOf', () => {
  it('confirms the details a recent primary source confirms, and no others', () => {
    const result = verificationOf<ServiceDetail>(['phones', 'hours', 'website'], [ownPage, newsStory], today);
    expect(result.confirmed).toEqual(['phones', 'hours']);
    expect(result.unconfirmed).toEqual(['website']);
    expect(result.verified).toBe(false);
    expect(result.primarySources).toEqual([ownPage]);
  });

  it('is verified only when every shown detail is confirmed', () => {
    expect(verificationOf<ServiceDetail>(['phones'], [ownPage], today).verified).toBe(true);
    expect(verificationOf<ServiceDetail>([], [], today).verified).toBe(true);
  });

  it('treats a confirmation older than 12 months as stale: not verified, but not unconfirmed either', () => {
    const old = { ...ownPage, checked: day('2025-11-29') };
    const result = verificationOf<ServiceDetail>(['phones'], [old], today);
    expect(result.stale).toEqual(['phones']);
    expect(result.verified).toBe(false);
    expect(result.unconfirmed).toEqual([]);
    expect(verificationOf<ServiceDetail>(['phones'], [{ ...ownPage, checked: day('2025-11-30') }], today).stale).toEqual([]);
  });

  it('ignores what a secondary source says it confirms', () => {
    const result = verificationOf<ServiceDetail>(['phones'], [{ ...newsStory, confirms: ['phones'] }], today);
    expect(result.unconfirmed).toEqual(['phones']);
  });
});

describe('falseClaims', () => {
  it('refuses a confirmation from a secondary source, naming the field', () => {
    const problems = falseClaims<ServiceDetail>(['phones', 'hours'], [ownPage, { ...newsStory, confirms: ['phones'] }], today);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toEqual(['sources', 1, 'confirms']);
    expect(problems[0]!.message).toMatch(/secondary source .* cannot confirm/);
  });

  it('refuses a confirmation of a detail the entry does not give', () => {
    const problems = falseClaims<ServiceDetail>(['phones'], [ownPage], today);
    expect(problems.map((problem) => problem.message)).toEqual([
      'confirms "hours", but the entry gives no hours. Remove it from confirms',
    ]);
  });

  it('refuses a check dated in the future', () => {
    const problems = falseClaims<ServiceDetail>(['phones', 'hours'], [{ ...ownPage, checked: day('2026-12-01') }], today);
    expect(problems[0]!.path).toEqual(['sources', 0, 'checked']);
  });
});

describe('what readers are told', () => {
  it('says what is being checked in plain words, never "verified" or an internal note', () => {
    const sentence = checkingSentence(verificationOf<ServiceDetail>(['phones', 'hours', 'website'], [newsStory], today));
    expect(sentence).toBe(
      "We are checking the phone numbers, the opening hours and the website address. Check them on the service's own website before you rely on them.",
    );
    expect(sentence).not.toMatch(/verif|reference|news/i);
    expect(checkingSentence(verificationOf<ServiceDetail>(['phones'], [ownPage], today))).toBeUndefined();
  });

  it('lists the details an entry shows, leaving out what it does not give', () => {
    expect(shownServiceDetails({ phones: [{}], hours: { kind: 'unknown' }, website: 'https://a.example' })).toEqual(['phones', 'website']);
    expect(shownServiceDetails({ phones: [], hours: { kind: 'always' }, eligibility: 'Women' })).toEqual(['hours', 'eligibility']);
  });

  it('adds months without running into the next month', () => {
    expect(addMonths(day('2024-02-29'), 12).toISOString().slice(0, 10)).toBe('2025-02-28');
    expect(addMonths(day('2026-11-30'), -6).toISOString().slice(0, 10)).toBe('2026-05-30');
  });
});

describe('listInWords', () => {
  it('joins as people say it', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['Broadland'])).toBe('Broadland');
    expect(listInWords(['Broadland', 'South Norfolk'])).toBe('Broadland and South Norfolk');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
