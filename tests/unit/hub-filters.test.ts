import { describe, expect, it } from 'vitest';
import { hubFilters, matches, selectionHref, type HubItem } from '../../src/lib/hub-filters';

const lesson: HubItem = {
  href: '/schools/resources/county-lines-who-can-you-trust-ks3/',
  title: 'Who can you trust?',
  summary: 'A lesson.',
  values: { topic: ['county-lines'], stage: ['ks3'], format: ['lesson'] },
};

describe('hub filters', () => {
  it('matches an item only when every chosen filter agrees', () => {
    expect(matches(lesson.values, {})).toBe(true);
    expect(matches(lesson.values, { topic: 'county-lines', stage: 'ks3' })).toBe(true);
    expect(matches(lesson.values, { topic: 'county-lines', stage: 'ks4' })).toBe(false);
    expect(matches({ topic: ['county-lines'] }, { stage: 'ks3' })).toBe(false);
  });

  it('gives each selection an address: one filter as a page, others in the query', () => {
    const schools = hubFilters.schools;
    expect(selectionHref('/schools/', schools, {})).toBe('/schools/');
    expect(selectionHref('/schools/', schools, { stage: 'ks3' })).toBe('/schools/key-stages/ks3/');
    expect(selectionHref('/schools/', schools, { stage: 'ks3', topic: 'county-lines', format: 'lesson' })).toBe(
      '/schools/topics/county-lines/?stage=ks3&format=lesson',
    );
  });

  it('offers schools topic, key stage and type; the others topic only', () => {
    expect(hubFilters.schools.map((filter) => filter.param)).toEqual(['topic', 'stage', 'format']);
    expect(hubFilters.residents.map((filter) => filter.param)).toEqual(['topic']);
    expect(hubFilters.workforce.map((filter) => filter.param)).toEqual(['topic']);
  });
});
