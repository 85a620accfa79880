import { describe, expect, it } from 'vitest';
import { parseUkPhone, phoneHref } from '../../src/lib/phone';

/** Numbers the site uses, as editors type them, and the link each must give. */
const examples: [string, 'call' | 'text' | 'relay' | 'textphone', string][] = [
  ['999', 'call', 'tel:999'],
  ['101', 'call', 'tel:101'],
  ['116 123', 'call', 'tel:116123'],
  ['7726', 'text', 'sms:7726'],
  ['0808 2000 247', 'call', 'tel:+448082000247'],
  ['08000 121 700', 'call', 'tel:+448000121700'],
  ['0800 1111', 'call', 'tel:+448001111'],
  ['0300 123 2040', 'call', 'tel:+443001232040'],
  ['0300 123 2050', 'relay', 'tel:1800103001232050'],
  ['07717 989 025', 'text', 'sms:+447717989025'],
  ['0344 800 8020', 'call', 'tel:+443448008020'],
];

describe('parseUkPhone', () => {
  it.each(examples)('%s (%s) links to %s', (number, kind, href) => {
    const result = parseUkPhone(number);
    if (!result.ok) throw new Error(result.reason);
    expect(phoneHref(result.phone, kind)).toBe(href);
    expect(result.phone.display).toBe(number);
  });

  it('tidies spacing but keeps the grouping people read', () => {
    const result = parseUkPhone('  0808   2000 247 ');
    expect(result.ok && result.phone.display).toBe('0808 2000 247');
  });

  it.each([
    ['0808 2000 24', 'too short'],
    ['0808 2000 2477 1', 'too long'],
    ['0900 123', 'not a UK number'],
    ['+1 212 555 0100', 'American'],
    ['call 101', 'words'],
    ['', 'empty'],
  ])('refuses %j (%s)', (number) => {
    expect(parseUkPhone(number).ok).toBe(false);
  });
});
