/**
 * Phone numbers as sellers paste them: 13812345678, 138-1234-5678, +86 139 1234 5678,
 * 86-13912345678, 0571-88886666, (010)12345678, 021 6666 8888 转 123, +1 (415) 555-0132,
 * +44 20 7946 0958. Masked numbers (138****5678) and digit runs that are neither a mobile
 * nor a landline become warnings, never phones.
 */
import { localized, type Localized } from '../i18n/localized.ts';
import type { ParsedPhone } from './parsed-customer.ts';
import type { MaskedText } from './text-mask.ts';

/**
 * A run of digit groups joined by single spaces/dashes/dots, optionally starting with +CC
 * or a parenthesised area code, optionally ending with an extension.
 */
const CANDIDATE =
  /(?<![\dA-Za-z])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\s?\+?\d{1,4}\s?\)[\s.-]?)?\d+(?:[ .-]{1,2}\d+)*(?:\s*(?:转|分机|ext\.?|x)\s*(\d{1,6}))?(?![\dA-Za-z])/gi;
const MASKED = /(?<![\dA-Za-z])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?[*＊xX×]{4}[\s-]?\d{4}(?!\d)/g;

const DATE = /^\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}$/;
const PHONE_LABEL = /(?:电话|手机|联系方式|tel|phone|mobile)/i;

const TWO_DIGIT_AREA = /^(?:10|2\d)$/; // 010 Beijing, 020–029 big cities: 3-digit 区号 with the 0.

export interface PhoneExtraction {
  phones: ParsedPhone[];
  warnings: Localized[];
  /** Where each recognised (or masked) phone stood, for finding the name written next to it. */
  spans: { start: number; end: number }[];
}

export function extractPhones(masked: MaskedText): PhoneExtraction {
  const phones: ParsedPhone[] = [];
  const warnings: Localized[] = [];
  const spans: { start: number; end: number }[] = [];
  const record = (phone: ParsedPhone, start: number, end: number) => {
    if (!phones.some((p) => p.value === phone.value)) phones.push(phone);
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
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const raw = m[0].trim();
    const bare = raw.replace(/\D/g, '');
    // Short numbers (house numbers, postcodes, quantities) and dates are not phone candidates.
    if ((bare.length < 7 && !raw.startsWith('+')) || DATE.test(raw)) continue;
    const whole = classify(raw, m[1]);
    if (whole) {
      record(whole, m.index, m.index + m[0].length);
      continue;
    }
    // A phone followed by a postcode or another number on the same line ("13812345678 310000"):
    // take the longest leading groups that form a phone and rescan the rest.
    const prefix = longestPhonePrefix(m[0]);
    if (prefix) {
      record(prefix.phone, m.index, m.index + prefix.length);
      CANDIDATE.lastIndex = m.index + prefix.length;
      continue;
    }
    const lineBefore = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    if (looksLikePhoneAttempt(raw, PHONE_LABEL.test(lineBefore))) {
      warnings.push(describeUnknown(raw));
      masked.blank(m.index, m.index + m[0].length);
    }
  }
  return { phones, warnings, spans };
}

function classify(raw: string, extension: string | undefined): ParsedPhone | undefined {
  const main = extension ? raw.replace(/\s*(?:转|分机|ext\.?|x)\s*\d+$/i, '') : raw;
  const hasPlus = main.startsWith('+');
  let digits = main.replace(/\D/g, '');
  const parenArea = /^\(\s?(0\d{2,3})\s?\)/.exec(main)?.[1];

  // +86 / 86- in front of a mainland number.
  if (digits.startsWith('86') && (hasPlus || /^86[\s-]/.test(main)) && digits.length >= 12) {
    const rest = digits.slice(2);
    if (/^1[3-9]\d{9}$/.test(rest)) return { value: rest, kind: 'mobile', raw };
    const landline = asLandline(rest.startsWith('0') ? rest : `0${rest}`, extension);
    if (landline) return { value: landline, kind: 'landline', raw };
    return undefined;
  }
  if (hasPlus) {
    // E.164 allows at most 15 digits; fewer than 8 is not a reachable number.
    if (digits.length < 8 || digits.length > 15) return undefined;
    return { value: `+${digits}${extension ? `-${extension}` : ''}`, kind: 'international', raw };
  }
  if (/^1[3-9]\d{9}$/.test(digits)) return { value: digits, kind: 'mobile', raw };
  if (/^(?:400|800)\d{7}$/.test(digits)) {
    return { value: `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`, kind: 'landline', raw };
  }
  if (parenArea) digits = parenArea + digits.slice(parenArea.length);
  const landline = asLandline(digits, extension, parenArea ?? areaFromSeparator(main));
  return landline ? { value: landline, kind: 'landline', raw } : undefined;
}

/** When the seller wrote 0571-88886666 the separator tells where the 区号 ends. */
function areaFromSeparator(main: string): string | undefined {
  const m = /^\(?\s?(0\d{2,3})\s?\)?[\s.-]/.exec(main);
  return m?.[1];
}

function asLandline(digits: string, extension: string | undefined, area?: string): string | undefined {
  if (!digits.startsWith('0') || digits.length < 10 || digits.length > 12) return undefined;
  const areaLen = area ? area.length : TWO_DIGIT_AREA.test(digits.slice(1, 3)) ? 3 : 4;
  const local = digits.slice(areaLen);
  // Real local numbers start 2–9, but sellers' placeholders like (010)12345678 start with 1.
  if (!/^[1-9]\d{6,7}$/.test(local)) return undefined;
  return `${digits.slice(0, areaLen)}-${local}${extension ? `-${extension}` : ''}`;
}

function longestPhonePrefix(candidate: string): { phone: ParsedPhone; length: number } | undefined {
  const groups = [...candidate.matchAll(/[ .-]{1,2}/g)].map((g) => g.index);
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const part = candidate.slice(0, groups[i]);
    const phone = classify(part.trim(), undefined);
    if (phone) return { phone, length: part.length };
  }
  return undefined;
}

/** A digit run a seller plausibly meant as a phone: 10 or 12 digits from 1, a labelled 7–8 digit run, a 0-prefixed run. */
function looksLikePhoneAttempt(raw: string, labelled: boolean): boolean {
  const digits = raw.replace(/\D/g, '');
  if (/^1\d{9}$/.test(digits) || /^1\d{11}$/.test(digits)) return true;
  if (/^[2-9]\d{6,7}$/.test(digits)) return labelled;
  if (/^0\d{8,12}$/.test(digits)) return true;
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
