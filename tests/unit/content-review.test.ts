import { describe, expect, it } from 'vitest';
import { contentReview } from '../../scripts/content-review';

describe('npm run content:review', () => {
  it('lists what is unconfirmed and what is still to check, and nothing as old, on the day of checking', () => {
    const items = contentReview(new Date('2026-11-30T00:00:00Z'));
    expect(items).toContainEqual({ file: 'content/services/respect-phoneline.yaml', what: 'phones', reason: 'unconfirmed' });
    expect(items.some((item) => item.reason === 'still to check')).toBe(true);
    expect(items.filter((item) => item.reason === 'check is over 6 months old')).toEqual([]);
  });

  it('lists checks as due after 6 months and confirmations as lapsed after 12, without failing', () => {
    const later = contentReview(new Date('2027-12-01T00:00:00Z'));
    expect(later).toContainEqual(expect.objectContaining({ file: 'content/services/samaritans.yaml', reason: 'check is over 6 months old' }));
    expect(later).toContainEqual({ file: 'content/services/samaritans.yaml', what: 'phones', reason: 'confirmation is over 12 months old' });
  });
});
