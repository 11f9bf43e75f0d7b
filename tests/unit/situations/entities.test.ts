import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/situations';
import { parseChineseNumber } from '../../../lib/situations/chinese-numerals';

describe('extractEntities', () => {
  it('finds a counter-offer and its amount', () => {
    const e = extractEntities('150卖不卖');
    expect(e.counterOffer).toBe(150);
    expect(e.amounts).toContain(150);
    expect(extractEntities('那就一百五吧').counterOffer).toBe(150);
    expect(extractEntities('would you take $20?').counterOffer).toBe(20);
  });

  it('reads quantities in Chinese numerals', () => {
    expect(extractEntities('两件给个优惠').quantity).toBe(2);
    expect(extractEntities('拍了三包').quantity).toBe(3);
    expect(extractEntities('I want two items').quantity).toBe(2);
  });

  it('finds amounts with currency and 块/元', () => {
    expect(extractEntities('差了20元 ¥99买的').amounts).toEqual(expect.arrayContaining([20, 99]));
    expect(extractEntities('三十块钱').amounts).toContain(30);
  });

  it('separates order numbers from tracking numbers', () => {
    expect(extractEntities('订单240101-123456789012345还没发').orderNumbers).toEqual(['240101-123456789012345']);
    expect(extractEntities('我的订单号是 3707955617123').orderNumbers).toEqual(['3707955617123']);
    expect(extractEntities('顺丰SF1234567890123到哪了').trackingNumbers).toEqual(['SF1234567890123']);
    expect(extractEntities('YT 7712345678901 三天没动').trackingNumbers).toEqual(['YT7712345678901']);
    const waybill = extractEntities('快递单号 773012345678901 一直不动');
    expect(waybill.trackingNumbers).toEqual(['773012345678901']);
    expect(waybill.orderNumbers).toEqual([]);
  });

  it('finds sizes, body weight and shoe sizes', () => {
    expect(extractEntities('160斤穿多大码 要XL还是2XL').sizes).toEqual(expect.arrayContaining(['160斤', 'XL', '2XL']));
    expect(extractEntities('38码的有吗').sizes).toContain('38码');
    expect(extractEntities('我要的L码发来的是M').sizes).toEqual(expect.arrayContaining(['L', 'M']));
    expect(extractEntities("I'm happy").sizes).toEqual([]);
  });

  it('finds relative and absolute dates', () => {
    expect(extractEntities('明天能到吗 12月5日要用').dates).toEqual(['明天', '12月5日']);
    expect(extractEntities('2026-11-02 或者 3号').dates).toEqual(['2026-11-02', '3号']);
  });

  it('finds Chinese mobile numbers in common formats and keeps them out of orders', () => {
    expect(extractEntities('电话 138-1234-5678').phones).toEqual(['13812345678']);
    const e = extractEntities('+86 13912345678 改一下手机号');
    expect(e.phones).toEqual(['13912345678']);
    expect(e.orderNumbers).toEqual([]);
  });

  it('returns empty lists for plain text', () => {
    const e = extractEntities('你好');
    expect(e).toEqual({ amounts: [], orderNumbers: [], trackingNumbers: [], sizes: [], dates: [], phones: [] });
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['一百五', 150],
    ['两千三', 2300],
    ['十五', 15],
    ['三十', 30],
    ['一百零五', 105],
    ['两', 2],
    ['1万', 10000],
    ['120', 120],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('refuses what it cannot read', () => {
    expect(parseChineseNumber('abc')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });
});
