/**
 * Phone numbers as sellers paste them: 13812345678, 138-1234-5678, +86 139 1234 5678,
 * 0086 139…, 86-13912345678, 0571-88886666, (010)62345678, 021 6666 8888 转 123,
 * 0571-88886666-8, +1 (415) 555-0132 ext 12, +44 20 7946 0958. Finding, validating and
 * normalising is libphonenumber-js's work (Google's number plans, kept up to date); what is
 * ours is the Chinese around it: 转/分机 extensions, the "-8" extension after a landline, the
 * stored form, and the warnings. Masked numbers (138****5678) and digit runs that are neither
 * a mobile nor a landline become warnings, never phones.
 *
 * Stored form (unchanged, so customers saved before still merge): mainland mobile 11 digits;
 * landline 区号-号码 (0571-88886666); 400/800 numbers 400-820-8820; anything else
 * +<country code><number>; an extension, when there is one, appended as -分机.
 */
// The "max" metadata (~145 KB) and not "min" (~80 KB): with "min", isValid() checks little more
// than length, and 12-digit typos, 8-digit locals without 区号 and dates were stored as phones
// (measured on the labelled set: 6 unit tests and 2 labelled texts wrong); getType() needs it too.
import { findPhoneNumbersInText, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import { localized, type Localized } from '../i18n/localized.ts';
import type { ParsedPhone } from './parsed-customer.ts';
import type { MaskedText } from './text-mask.ts';

const MASKED = /(?<![\dA-Za-z])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?[*＊xX×]{4}[\s-]?\d{4}(?!\d)/g;

/**
 * Chinese extension words, rewritten in place (same length, so offsets stay valid) to the
 * "x" libphonenumber reads as an extension: 转 8, 分机 12, 转分机 802.
 */
const EXTENSION_WORD = /\s*(?:转分机|轉分機|分机号?|分機號?|转|轉)\s*[:：]?\s*(?=\d)/g;
/**
 * An extension written with a dash after a complete landline (0571-88886666-8, 021-6666-8888-123):
 * the dash becomes the "x" of an extension. Only after a 0-led 区号, so a mobile written in
 * groups (138-1234-5678) is never cut.
 */
const DASH_EXTENSION = /(?<![\d+])(\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4})[-－—](\d{1,5})(?![\d-])/g;

/**
 * Dates and times, blanked before the search: the library takes "2024-05-01 14" for a Beijing
 * area code and a local number.
 */
const DATE_TIME = /(?<!\d)(?:19|20)\d{2}\s?[-./年]\s?\d{1,2}\s?[-./月]\s?\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?!\d)/g;

/** Digit runs that might have been meant as a phone, for the warnings. */
const CANDIDATE = /(?<![\dA-Za-z_])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\s?\+?\d{1,4}\s?\)[\s.-]?)?\d+(?:[ .-]{1,2}\d+)*(?![\dA-Za-z])/g;
const DATE = /^\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}$/;
const PHONE_LABEL = /(?:电话|手机|联系方式|tel|phone|mobile)/i;
const TWO_DIGIT_AREA = /^(?:10|2\d)/; // 010 Beijing, 020–029: a 区号 of two digits after the 0.

export interface PhoneExtraction {
  phones: ParsedPhone[];
  warnings: Localized[];
  /** Where each recognised (or masked) phone stood, for finding the name written next to it. */
  spans: { start: number; end: number }[];
}

export function extractPhones(masked: MaskedText): PhoneExtraction {
  const found: { phone: ParsedPhone; start: number; end: number }[] = [];
  const warnings: Localized[] = [];
  const spans: { start: number; end: number }[] = [];
  const record = (number: PhoneNumber, start: number, end: number) => {
    const kind = kindOf(number);
    found.push({ phone: { value: storedForm(number, kind, number.ext), kind, raw: text.slice(start, end).trim() }, start, end });
    spans.push({ start, end });
    masked.blank(start, end);
  };

  MASKED.lastIndex = 0;
  for (let m = MASKED.exec(masked.text); m !== null; m = MASKED.exec(masked.text)) {
    warnings.push(
      localized(`号码 ${m[0]} 已打码，无法保存，请向买家确认完整号码`, `The number ${m[0]} is masked; ask the buyer for the full number`),
    );
    spans.push({ start: m.index, end: m.index + m[0].length });
    masked.blank(m.index, m.index + m[0].length);
  }

  const text = masked.text;
  const searchable = text
    .replace(DATE_TIME, (date) => ' '.repeat(date.length))
    .replace(EXTENSION_WORD, (word) => `${' '.repeat(word.length - 1)}x`)
    .replace(DASH_EXTENSION, (_whole, main: string, extension: string) => `${main}x${extension}`);
  for (const hit of findPhoneNumbersInText(searchable, { defaultCountry: 'CN' })) record(hit.number, hit.startsAt, hit.endsAt);

  // Digit groups the library took as one run: a phone followed by a postcode or by another
  // phone ("138 1234 5678 310000"). The longest leading groups that form a valid number are
  // a phone, and the rest is looked at again; what still looks like a phone attempt is warned about.
  const rest = masked.text.replace(DATE_TIME, (date) => ' '.repeat(date.length));
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(rest); m !== null; m = CANDIDATE.exec(rest)) {
    const raw = m[0].trim();
    if (DATE.test(raw)) continue;
    const prefix = longestValidPrefix(searchable.slice(m.index, m.index + m[0].length));
    if (prefix) {
      record(prefix.number, m.index, m.index + prefix.length);
      CANDIDATE.lastIndex = m.index + prefix.length;
      continue;
    }
    const lineBefore = rest.slice(rest.lastIndexOf('\n', m.index) + 1, m.index);
    if (looksLikePhoneAttempt(raw, PHONE_LABEL.test(lineBefore))) {
      warnings.push(describeUnknown(raw));
      masked.blank(m.index, m.index + m[0].length);
    }
  }

  const phones: ParsedPhone[] = [];
  for (const { phone } of found.sort((a, b) => a.start - b.start)) if (!phones.some((p) => p.value === phone.value)) phones.push(phone);
  return { phones, warnings, spans };
}

/**
 * One value that should be exactly one phone (a spreadsheet cell), in its stored form; undefined
 * when it is not a valid number. Much cheaper than searching text, which matters for a sheet
 * of 100,000 rows.
 */
export function parseOnePhone(value: string): ParsedPhone | undefined {
  const written = value.normalize('NFKC').trim();
  const searchable = written
    .replace(EXTENSION_WORD, (word) => `${' '.repeat(word.length - 1)}x`)
    .replace(DASH_EXTENSION, (_whole, main: string, extension: string) => `${main}x${extension}`);
  // extract: false — the whole value must be the number, not just contain one.
  const number = parsePhoneNumberFromString(searchable, { defaultCountry: 'CN', extract: false });
  if (!number?.isValid()) return undefined;
  const kind = kindOf(number);
  return { value: storedForm(number, kind, number.ext), kind, raw: written };
}

function longestValidPrefix(run: string): { number: PhoneNumber; length: number } | undefined {
  const boundaries = [...[...run.matchAll(/[ .-]{1,2}/g)].map((g) => g.index), run.trimEnd().length];
  for (let i = boundaries.length - 1; i >= 0; i -= 1) {
    const number = parsePhoneNumberFromString(run.slice(0, boundaries[i]), { defaultCountry: 'CN', extract: false });
    if (number?.isValid()) return { number, length: boundaries[i]! };
  }
  return undefined;
}

function kindOf(number: PhoneNumber): ParsedPhone['kind'] {
  if (number.countryCallingCode !== '86') return 'international';
  return number.getType() === 'MOBILE' ? 'mobile' : 'landline';
}

function storedForm(number: PhoneNumber, kind: ParsedPhone['kind'], extension: string | undefined): string {
  const national = String(number.nationalNumber);
  const ext = extension ? `-${extension}` : '';
  if (kind === 'international') return `+${number.countryCallingCode}${national}${ext}`;
  if (kind === 'mobile') return `${national}${ext}`;
  // 400/800 service numbers have no 区号.
  if (/^[48]00\d{7}$/.test(national)) return `${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}${ext}`;
  const areaLength = TWO_DIGIT_AREA.test(national) ? 2 : 3;
  return `0${national.slice(0, areaLength)}-${national.slice(areaLength)}${ext}`;
}

/** A digit run a seller plausibly meant as a phone: 10 or 12 digits from 1, a labelled 7–8 digit run, a 0-prefixed run. */
function looksLikePhoneAttempt(raw: string, labelled: boolean): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 && !raw.startsWith('+')) return false;
  if (/^1\d{9}$/.test(digits) || /^1\d{11}$/.test(digits)) return true;
  if (/^[2-9]\d{6,7}$/.test(digits)) return labelled;
  if (/^0\d{8,12}$/.test(digits)) return true;
  if (raw.startsWith('+')) return true;
  return /^\d{9,13}$/.test(digits) && /[\s-]/.test(raw);
}

function describeUnknown(raw: string): Localized {
  const digits = raw.replace(/\D/g, '');
  if (/^1/.test(digits) && (digits.length === 10 || digits.length === 12)) {
    return localized(
      `号码 ${raw} 有 ${digits.length} 位，手机号应为 11 位，可能多输或漏输了一位`,
      `The number ${raw} has ${digits.length} digits; a mobile has 11, one digit may be missing or extra`,
    );
  }
  if (/^[2-9]\d{6,7}$/.test(digits)) {
    return localized(`号码 ${raw} 像座机号但缺少区号`, `The number ${raw} looks like a landline without its area code`);
  }
  return localized(
    `号码 ${raw} 既不是手机号也不是座机号`,
    `The number ${raw} is neither a mobile nor a landline number`,
  );
}
