import { describe, expect, it } from 'vitest';
import { noStorePatterns } from '../../src/integrations/sensitive-headers';

describe('no-store rules for sensitive pages', () => {
  const allPages = ['/', '/get-help/', '/get-help/a/', '/get-help/b/', '/get-help/b/easy-read/', '/services/', '/services/x/', '/services/y/', '/services/z/'];

  it('groups a folder whose pages below are all sensitive under one splat, and keeps the folder page separate', () => {
    const sensitive = ['/get-help/', '/get-help/a/', '/get-help/b/', '/get-help/b/easy-read/'];
    expect(noStorePatterns(sensitive, allPages)).toEqual(['/get-help/', '/get-help/*']);
  });

  it('lists pages one by one where their folder also holds pages that are not sensitive', () => {
    const sensitive = ['/services/x/', '/services/y/'];
    expect(noStorePatterns(sensitive, allPages)).toEqual(['/services/x/', '/services/y/']);
  });

  it('never covers a page that is not sensitive', () => {
    const sensitive = ['/get-help/a/', '/get-help/b/', '/get-help/b/easy-read/', '/services/y/'];
    const patterns = noStorePatterns(sensitive, allPages);
    const matches = (page: string) => patterns.some((pattern) => (pattern.endsWith('*') ? page.startsWith(pattern.slice(0, -1)) && page !== pattern.slice(0, -1) : page === pattern));
    for (const page of allPages) expect(matches(page), page).toBe(sensitive.includes(page));
  });

  it('covers whole folders, most rules saved first, when page by page would pass the host cap', () => {
    const sensitive = ['/get-help/a/', '/get-help/b/', '/services/x/', '/services/y/'];
    expect(noStorePatterns(sensitive, allPages)).toHaveLength(4);
    const capped = noStorePatterns(sensitive, allPages, 3);
    expect(capped.length).toBeLessThanOrEqual(3);
    const matches = (page: string) => capped.some((pattern) => (pattern.endsWith('*') ? page.startsWith(pattern.slice(0, -1)) && page !== pattern.slice(0, -1) : page === pattern));
    for (const page of sensitive) expect(matches(page), page).toBe(true);
  });
});
