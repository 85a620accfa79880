import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const token = (name: string): string => {
  const match = new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(css);
  if (!match) throw new Error(`No colour token --color-${name}`);
  return match[1]!;
};

/** Text colour, background, and what the pair is used for. */
const pairs: [string, string, string][] = [
  ['ink', 'surface', 'body text on pale panels'],
  ['muted', 'surface', 'secondary text on pale panels'],
  ['link', 'surface', 'links on pale panels'],
  ['link-visited', 'surface', 'visited links on pale panels'],
  ['ink', 'warning-bg', 'text in "check before you call" notices'],
  ['ink', 'focus', 'focused links'],
];
const onWhite = ['ink', 'muted', 'link', 'link-visited', 'brand', 'emergency', 'success'];
const whiteOn = ['brand', 'brand-dark', 'emergency'];

describe('theme colours meet WCAG AA (4.5:1) for normal text', () => {
  it.each(onWhite)('%s text on white', (name) => {
    expect(contrastRatio(token(name), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
  it.each(whiteOn)('white text on %s', (name) => {
    expect(contrastRatio('#ffffff', token(name))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(pairs)('%s on %s (%s)', (text, background) => {
    expect(contrastRatio(token(text), token(background))).toBeGreaterThanOrEqual(4.5);
  });
});

/**
 * The focus mark is yellow with a black underline: the yellow must stand out from the dark bars
 * (exit bar, emergency line, header, cards) and the black from the light pages (WCAG 1.4.11, 3:1).
 */
describe('the focus mark stands out (3:1) on every background it meets', () => {
  it.each(['brand', 'brand-dark', 'emergency'])('focus yellow around a control on %s', (name) => {
    expect(contrastRatio(token('focus'), token(name))).toBeGreaterThanOrEqual(3);
  });
  it.each(['surface', 'warning-bg'])('black underline on %s', (name) => {
    expect(contrastRatio(token('ink'), token(name))).toBeGreaterThanOrEqual(3);
  });
  it('black underline on white', () => {
    expect(contrastRatio(token('ink'), '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
