import { describe, expect, it } from 'vitest';
import { hubPages, type HubItem } from '../../src/lib/hub-filters';
import { pageHref, pageNumbersAround, pageParam, paginate } from '../../src/lib/pagination';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('splitting a list into pages', () => {
  it('fills pages in order and says where each starts and ends', () => {
    const pages = paginate(numbers(45), 20);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages[2]).toMatchObject({ number: 3, count: 3, first: 41, last: 45, total: 45, items: [41, 42, 43, 44, 45] });
    expect(pages.flatMap((page) => page.items)).toEqual(numbers(45));
  });

  it('keeps a first page for an empty list, and one page for an exact fit', () => {
    expect(paginate([], 20)).toEqual([{ items: [], number: 1, count: 1, first: 0, last: 0, total: 0 }]);
    expect(paginate(numbers(20), 20)).toHaveLength(1);
  });

  it('refuses a page that holds nothing', () => {
    expect(() => paginate(numbers(3), 0)).toThrow(/at least one item, not 0/);
  });

  it('gives the first page the list\'s own address and the rest their own', () => {
    expect(pageHref('/news/', 1)).toBe('/news/');
    expect(pageHref('/news/', 3)).toBe('/news/page/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
  });

  it('shows the first, last and nearby page numbers, with gaps where runs are left out', () => {
    expect(pageNumbersAround(1, 1)).toEqual([1]);
    expect(pageNumbersAround(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbersAround(1, 9)).toEqual([1, 2, null, 9]);
    expect(pageNumbersAround(5, 9)).toEqual([1, null, 4, 5, 6, null, 9]);
    expect(pageNumbersAround(9, 9)).toEqual([1, null, 8, 9]);
    expect(pageNumbersAround(3, 9)).toEqual([1, 2, 3, 4, null, 9]);
  });
});

describe('pages of an audience hub', () => {
  const item = (index: number, stage: string): HubItem => ({ href: `/r/${index}/`, title: `R${index}`, summary: '', values: { stage: [stage] } });
  const items = numbers(50).map((index) => item(index, index % 5 === 0 ? 'ks3' : 'ks2'));

  it('keeps every item on one page when they all fit, so the script can filter in place', () => {
    const { complete, pages } = hubPages(items.slice(0, 30), { stage: 'ks3' }, 40);
    expect(complete).toBe(true);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items).toHaveLength(30);
  });

  it('lists only what matches, a page at a time, when they do not', () => {
    const all = hubPages(items, {}, 40);
    expect(all.complete).toBe(false);
    expect(all.pages.map((page) => page.items.length)).toEqual([40, 10]);
    const ks3 = hubPages(items, { stage: 'ks3' }, 40);
    expect(ks3.pages).toHaveLength(1);
    expect(ks3.pages[0]!.items.map((entry) => entry.title)).toEqual(['R5', 'R10', 'R15', 'R20', 'R25', 'R30', 'R35', 'R40', 'R45', 'R50']);
  });
});
