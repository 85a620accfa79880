/**
 * UK phone numbers as editors type them ("0808 2000 247", "116 123") turned into what a page needs:
 * the number as people expect to read it, and a `tel:` or `sms:` link that dials it from any phone.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Short numbers a full-number parser rejects but UK phones dial. Only numbers the site's sources
 * name belong here.
 */
export const ukShortNumbers: ReadonlyMap<string, string> = new Map([
  ['999', 'emergency services'],
  ['101', 'police non-emergency'],
  ['116123', 'Samaritans'],
  ['7726', 'scam text reporting'],
]);

/** How a number is used; it decides the link scheme and the words beside the number. */
export type PhoneKind = 'call' | 'text' | 'relay' | 'textphone';

export interface UkPhone {
  /** The number as written in the content, with spacing tidied. */
  display: string;
  /** The digits to dial: E.164 (+44...) for full numbers, the bare digits for short ones. */
  dial: string;
}

export type PhoneResult = { ok: true; phone: UkPhone } | { ok: false; reason: string };

/** Validates one UK number (full or short) and says why when it is not one. */
export function parseUkPhone(input: string): PhoneResult {
  const display = input.trim().replace(/\s+/g, ' ');
  if (!/^[0-9 +]+$/.test(display)) {
    return { ok: false, reason: `"${input}" should contain only digits and spaces` };
  }
  const digits = display.replace(/[ ]/g, '');
  if (ukShortNumbers.has(digits)) return { ok: true, phone: { display, dial: digits } };
  const parsed = parsePhoneNumberFromString(digits, 'GB');
  if (!parsed || parsed.country !== 'GB' || !parsed.isValid()) {
    return { ok: false, reason: `"${input}" is not a valid UK phone number` };
  }
  return { ok: true, phone: { display, dial: parsed.number } };
}

/** The link that starts a call or a text. Relay UK numbers are dialled after the 18001 prefix. */
export function phoneHref(phone: UkPhone, kind: PhoneKind): string {
  if (kind === 'text') return `sms:${phone.dial}`;
  if (kind === 'relay') return `tel:18001${toNationalDigits(phone.dial)}`;
  return `tel:${phone.dial}`;
}

function toNationalDigits(dial: string): string {
  return dial.startsWith('+44') ? `0${dial.slice(3)}` : dial;
}
