/**
 * UK phone numbers as editors type them ("0808 2000 247", "116 123") turned into what a page needs:
 * the number as people expect to read it, and a `tel:` or `sms:` link that dials it from any phone.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

interface ShortNumber {
  /** Who answers it. */
  name: string;
  /** True when it takes text messages (7726; 999 for people registered with emergencySMS). */
  takesTexts: boolean;
  /** True for the emergency numbers, which only the emergency services entry may list. */
  emergency: boolean;
}

/**
 * Short numbers a full-number parser rejects but UK phones dial. Only numbers the site's sources
 * name belong here.
 */
export const ukShortNumbers: ReadonlyMap<string, ShortNumber> = new Map([
  ['999', { name: 'emergency services', takesTexts: true, emergency: true }],
  ['112', { name: 'emergency services', takesTexts: false, emergency: true }],
  ['101', { name: 'police non-emergency', takesTexts: false, emergency: false }],
  ['116123', { name: 'Samaritans', takesTexts: false, emergency: false }],
  ['159', { name: 'Stop Scams UK, to reach your bank', takesTexts: false, emergency: false }],
  ['7726', { name: 'scam text reporting', takesTexts: true, emergency: false }],
]);

/** How a number is used; it decides the link scheme and the words beside the number. */
export type PhoneKind = 'call' | 'text' | 'relay' | 'textphone';

export interface UkPhone {
  /** The number as written in the content, with spacing tidied. */
  display: string;
  /** The digits to dial: E.164 (+44...) for full numbers, the bare digits for short ones. */
  dial: string;
  /** What sort of line it is: `short`, or libphonenumber's type (MOBILE, TOLL_FREE, UAN, ...). */
  lineType: string;
  /** True for 999 and 112. */
  emergency: boolean;
}

export type PhoneResult = { ok: true; phone: UkPhone } | { ok: false; reason: string };

/** Validates one UK number (full or short) and says why when it is not one. */
export function parseUkPhone(input: string): PhoneResult {
  const display = input.trim().replace(/\s+/g, ' ');
  if (!/^[0-9 +]+$/.test(display)) {
    return { ok: false, reason: `"${input}" should contain only digits and spaces` };
  }
  const digits = display.replace(/[ ]/g, '');
  const short = ukShortNumbers.get(digits);
  if (short) return { ok: true, phone: { display, dial: digits, lineType: 'short', emergency: short.emergency } };
  const parsed = parsePhoneNumberFromString(digits, 'GB');
  if (!parsed || parsed.country !== 'GB' || !parsed.isValid()) {
    return { ok: false, reason: `"${input}" is not a valid UK phone number` };
  }
  const lineType = parsed.getType() ?? 'UNKNOWN';
  if (refusedLineTypes[lineType]) return { ok: false, reason: `"${input}" ${refusedLineTypes[lineType]}` };
  return { ok: true, phone: { display, dial: parsed.number, lineType, emergency: false } };
}

/** Lines a public-safety site must never send people to, and why. */
const refusedLineTypes: Record<string, string> = {
  PREMIUM_RATE: 'is a premium-rate number, which costs callers a lot. Give the service\'s standard or free number',
  PERSONAL_NUMBER: 'is a personal number (070), which can cost callers a lot and is often used by scammers',
  PAGER: 'is a pager number, which does not take calls',
};

/**
 * Why a valid number cannot be used this way, if it cannot: texts only to mobiles and short codes
 * that take them, and 999 or 112 only on the emergency services entry.
 */
export function phoneUseProblem(phone: UkPhone, kind: PhoneKind, onEmergencyEntry: boolean): string | undefined {
  if (phone.emergency && !onEmergencyEntry) {
    return `${phone.display} is the emergency number: only the emergency services entry may list it (set emergency: true there)`;
  }
  if (kind === 'text') {
    const takesTexts = phone.lineType === 'MOBILE' || ukShortNumbers.get(phone.dial)?.takesTexts === true;
    if (!takesTexts) return `${phone.display} cannot take texts: use kind: text only for mobile numbers and short codes such as 7726`;
  }
  return undefined;
}

/**
 * A number with the words that say how to use it, e.g. "Call 0808 2000 247" or "Relay UK: 18001 then
 * 101"; `midSentence` starts it in lower case, for a list such as "call 101, or online at ...".
 */
export function phoneAction(kind: PhoneKind, display: string, midSentence = false): string {
  const words = { call: 'Call', text: 'Text', relay: 'Relay UK: 18001 then', textphone: 'Textphone' }[kind];
  const lead = midSentence && kind !== 'relay' ? words.toLowerCase() : words;
  return `${lead} ${display}`;
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
