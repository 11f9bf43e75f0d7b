import { describe, expect, it } from 'vitest';
import { normalizeMessage } from '../../../lib/situations';
import { TRADITIONAL_TO_SIMPLIFIED } from '../../../lib/situations/traditional-chars';

describe('normalizeMessage', () => {
  it('folds full-width forms, case and spaces', () => {
    expect(normalizeMessage('  ＸＬ码　ＯＫ？ ')).toBe('xl码 ok?');
  });

  it('maps traditional characters to simplified', () => {
    expect(normalizeMessage('發貨時間')).toBe('发货时间');
    expect(normalizeMessage('退貨運費險')).toBe('退货运费险');
  });

  it('reduces placeholders and masks', () => {
    expect(normalizeMessage('订单[订单号]没到')).toBe('订单 # 没到');
    expect(normalizeMessage('手机号***填错了')).toBe('手机号填错了');
  });

  it('has a traditional table whose entries are single characters mapping elsewhere', () => {
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeGreaterThan(300);
    for (const [t, s] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(Array.from(t)).toHaveLength(1);
      expect(Array.from(s)).toHaveLength(1);
      expect(t).not.toBe(s);
    }
  });
});
