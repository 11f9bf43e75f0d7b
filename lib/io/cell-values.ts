/**
 * One spreadsheet cell to one archive value, with the reason in both languages when the
 * cell cannot be used. Reasons name the value itself ("13812345 不是有效的手机号") so the
 * seller can find and fix it in Excel.
 */
import { extractPhones, parseOnePhone } from '../archive/phone-numbers';
import { MaskedText } from '../archive/text-mask';
import { localized, type Localized } from '../i18n/localized';

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: Localized };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(zh: string, en: string): CellResult<T> => ({ ok: false, reason: localized(zh, en) });

/** Long values are cut in the message so one bad cell does not flood the list. */
function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function parseText(cell: string, max: number): CellResult<string> {
  if (cell.length > max) return bad(`内容超过 ${max} 个字（现有 ${cell.length} 个）`, `longer than ${max} characters (${cell.length})`);
  return ok(cell);
}

const MOBILE = /^1[3-9]\d{9}$/;
const SCIENTIFIC = /^\d(?:\.\d+)?e\+?\d+$/i;

/**
 * Phones are stored the way the customer parser stores them (mobile: 11 digits, landline:
 * 区号-号码, international: +digits), so an imported phone matches a pasted one.
 */
export function parsePhone(cell: string): CellResult<string> {
  const compact = cell.replace(/[\s-]/g, '');
  // Most cells are a mainland mobile; the phone library costs ~100 µs a call, too much for
  // 100,000 rows, so the plain shapes are taken here.
  if (MOBILE.test(compact)) return ok(compact);
  const withCountryCode = /^(?:\+|00)?86(1[3-9]\d{9})$/.exec(compact);
  if (withCountryCode) return ok(withCountryCode[1]!);
  if (SCIENTIFIC.test(cell)) {
    return bad(
      `${shown(cell)} 被 Excel 改成了科学计数法，号码已丢失，请把这一列设为“文本”后重新填写`,
      `${shown(cell)} was turned into scientific notation by Excel and the number is lost; format the column as Text and re-enter it`,
    );
  }
  if (/[*＊]{2,}/.test(cell)) {
    return bad(`${shown(cell)} 是打码的号码，无法保存，请向买家要完整号码`, `${shown(cell)} is masked and cannot be saved; ask the buyer for the full number`);
  }
  const one = parseOnePhone(cell);
  if (one) return ok(one.value);
  const masked = new MaskedText(cell);
  const { phones } = extractPhones(masked);
  if (phones.length > 1) {
    return bad(`${shown(cell)} 里有 ${phones.length} 个号码，一格只能放一个`, `${shown(cell)} holds ${phones.length} numbers; keep one per cell`);
  }
  const leftover = masked.text.replace(/[\s()（）+\-/.,，:：]/g, '').replace(/^(?:电话|手机|tel|phone|mobile)/i, '');
  if (phones.length === 0 || leftover !== '') {
    return bad(`${shown(cell)} 不是有效的手机号`, `${shown(cell)} is not a valid phone number`);
  }
  return ok(phones[0]!.value);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = year === 0 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (day > max) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Birthdays as sellers type them: 1990-05-17, 1990/5/17, 1990.5.17, 1990年5月17日,
 * 19900517, or without a year (5月17日, 05-17), stored with year 0000.
 */
export function parseBirthday(cell: string): CellResult<string> {
  const text = cell.replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/, '').trim();
  const withYear = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const noYear = withYear ? undefined : (/^(\d{1,2})\s*[-月]\s*(\d{1,2})\s*日?$/.exec(text) ?? undefined);
  const date = withYear
    ? isoDate(Number(withYear[1]), Number(withYear[2]), Number(withYear[3]))
    : noYear
      ? isoDate(0, Number(noYear[1]), Number(noYear[2]))
      : undefined;
  if (!date) return bad(`${shown(cell)} 不是有效的日期（例如 1990-05-17 或 5月17日）`, `${shown(cell)} is not a valid date (e.g. 1990-05-17)`);
  return ok(date);
}

export function parseVipLevel(cell: string): CellResult<number> {
  const m = /^(?:vip|v)?\s*(\d{1,2})(?:\.0+)?\s*级?$/i.exec(cell);
  const level = m ? Number(m[1]) : NaN;
  if (!(level >= 0 && level <= 10)) return bad(`${shown(cell)} 不是 0 到 10 之间的等级`, `${shown(cell)} is not a level from 0 to 10`);
  return ok(level);
}

export function parsePoints(cell: string): CellResult<number> {
  const m = /^(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.0+)?$/.exec(cell);
  const points = m ? Number(m[1]!.replace(/[,，]/g, '')) : NaN;
  if (!Number.isSafeInteger(points)) return bad(`${shown(cell)} 不是不小于 0 的整数`, `${shown(cell)} is not a whole number of 0 or more`);
  return ok(points);
}

export const TAG_SEPARATORS = /[,，、;；|\n]+/;

export function parseTags(cell: string): CellResult<string[]> {
  const tags = [...new Set(cell.split(TAG_SEPARATORS).map((tag) => tag.trim()).filter(Boolean))];
  const long = tags.find((tag) => tag.length > 40);
  if (long) return bad(`标签“${shown(long)}”超过 40 个字`, `the tag "${shown(long)}" is longer than 40 characters`);
  if (tags.length > 50) return bad(`有 ${tags.length} 个标签，最多 50 个`, `${tags.length} tags; at most 50`);
  return ok(tags);
}
