import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/lib/taxonomy';
import { audiences, contentTypes, districts, keyStages, resourceFormats, slugsOf, termFor, themes, topics } from '../../src/lib/taxonomy';
import { contrastRatio } from './contrast';

const lists: Record<string, readonly Term[]> = {
  audiences,
  topics,
  districts,
  themes,
  keyStages,
  resourceFormats,
  contentTypes,
};

describe('taxonomy', () => {
  it.each(Object.entries(lists))('%s have unique, URL-safe slugs and a label and description each', (_name, terms) => {
    const slugs = slugsOf(terms);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const term of terms) {
      expect(term.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(term.label.length).toBeGreaterThan(2);
      expect(term.description).toMatch(/\.$/);
    }
  });

  it('has the three audiences, ten topics, seven districts, four themes of the plan', () => {
    expect(slugsOf(audiences)).toEqual(['residents', 'schools', 'workforce']);
    expect(topics).toHaveLength(10);
    expect(slugsOf(districts)).toEqual([
      'breckland',
      'broadland',
      'great-yarmouth',
      'kings-lynn-and-west-norfolk',
      'north-norfolk',
      'norwich',
      'south-norfolk',
    ]);
    expect(themes).toHaveLength(4);
  });

  it('files every topic under a theme that exists', () => {
    const themeSlugs = slugsOf(themes);
    for (const topic of topics) expect(themeSlugs).toContain(topic.theme);
  });

  it('gives every topic a colour that white text can sit on at WCAG AA', () => {
    for (const topic of topics) expect(contrastRatio(topic.colour, '#ffffff'), topic.slug).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each audience hub its own address', () => {
    expect(new Set(audiences.map((audience) => audience.hubPath)).size).toBe(audiences.length);
  });

  it('refuses an unknown slug', () => {
    expect(() => termFor(topics, 'burglary')).toThrow(/Unknown taxonomy slug "burglary"/);
  });
});
