import { describe, expect, it } from 'vitest';
import { parseBirthday, parsePhone, parsePoints, parseTags, parseText, parseVipLevel } from '../../../lib/io/cell-values';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : undefined);
const reason = (r: { ok: boolean; reason?: { 'zh-CN': string; en: string } }) => (r.ok ? undefined : r.reason);

describe('phone cells', () => {
  it('stores phones the way the customer parser does', () => {
    expect(value(parsePhone('13812345678'))).toBe('13812345678');
    expect(value(parsePhone('138 1234 5678'))).toBe('13812345678');
    expect(value(parsePhone('+86 139-1234-5678'))).toBe('13912345678');
    expect(value(parsePhone('0571-88886666'))).toBe('0571-88886666');
    expect(value(parsePhone('(010)12345678'))).toBe('010-12345678');
    expect(value(parsePhone('+1 (415) 555-0132'))).toBe('+14155550132');
  });

  it('explains why a cell is not a phone', () => {
    expect(reason(parsePhone('13812345'))).toEqual({ 'zh-CN': '13812345 不是有效的手机号', en: '13812345 is not a valid phone number' });
    expect(reason(parsePhone('138****5678'))?.['zh-CN']).toContain('打码');
    expect(reason(parsePhone('1.38123E+10'))?.['zh-CN']).toContain('科学计数法');
    expect(reason(parsePhone('13812345678 / 13912345678'))?.en).toContain('holds 2 numbers');
    expect(reason(parsePhone('call me 13812345678'))?.en).toContain('not a valid phone number');
  });
});

describe('other cells', () => {
  it('reads birthdays in the ways sellers write them', () => {
    expect(value(parseBirthday('1990-05-17'))).toBe('1990-05-17');
    expect(value(parseBirthday('1990/5/7'))).toBe('1990-05-07');
    expect(value(parseBirthday('1990年5月17日'))).toBe('1990-05-17');
    expect(value(parseBirthday('19900517'))).toBe('1990-05-17');
    expect(value(parseBirthday('1990/5/17 0:00'))).toBe('1990-05-17');
    expect(value(parseBirthday('5月17日'))).toBe('0000-05-17');
    expect(value(parseBirthday('02-29'))).toBe('0000-02-29');
    expect(reason(parseBirthday('1991-02-29'))?.['zh-CN']).toBe('1991-02-29 不是有效的日期（例如 1990-05-17 或 5月17日）');
    expect(parseBirthday('17.05.1990').ok).toBe(false);
  });

  it('reads levels, points and tags, and rejects out-of-range values', () => {
    expect(value(parseVipLevel('V3'))).toBe(3);
    expect(value(parseVipLevel('10'))).toBe(10);
    expect(reason(parseVipLevel('11'))?.en).toBe('11 is not a level from 0 to 10');
    expect(value(parsePoints('1,200'))).toBe(1200);
    expect(value(parsePoints('35.0'))).toBe(35);
    expect(reason(parsePoints('-5'))?.en).toContain('not a whole number');
    expect(value(parseTags('老顾客、VIP, 回头客;老顾客'))).toEqual(['老顾客', 'VIP', '回头客']);
    expect(parseTags('x'.repeat(41)).ok).toBe(false);
    expect(reason(parseText('长'.repeat(61), 60))?.['zh-CN']).toBe('内容超过 60 个字（现有 61 个）');
  });
});
