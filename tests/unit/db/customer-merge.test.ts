import { describe, expect, it } from 'vitest';
import { mergeCustomer, phoneIdentity } from '../../../lib/db/customer-merge';
import type { Customer } from '../../../lib/db/schemas';

const stored: Customer = {
  id: 'c1',
  platform: 'pinduoduo',
  platformUid: 'pdd_1',
  name: '张三',
  phone: '13812345678',
  address: { province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路 1 号', full: '浙江省杭州市西湖区文三路 1 号' },
  sizes: { 鞋码: '42', 身高: '175cm' },
  interests: ['茶'],
  tags: ['老顾客'],
  vipLevel: 1,
  points: 10,
  createdAt: 1,
  updatedAt: 1,
};

describe('mergeCustomer', () => {
  it('keeps identity and stored values the draft leaves blank', () => {
    const merged = mergeCustomer(stored, { platform: 'jd', platformUid: 'other', name: '  ', phone: '', nickname: '三三' });
    expect(merged).toEqual({ ...stored, nickname: '三三' });
  });

  it('unites tags and interests, merges sizes one by one', () => {
    const merged = mergeCustomer(stored, { tags: ['VIP', '老顾客', ' '], interests: [], sizes: { 鞋码: '43', 腰围: '2尺4' } });
    expect(merged.tags).toEqual(['老顾客', 'VIP']);
    expect(merged.interests).toEqual(['茶']);
    expect(merged.sizes).toEqual({ 鞋码: '43', 身高: '175cm', 腰围: '2尺4' });
  });

  it('replaces the whole address when the draft brings a full one', () => {
    const merged = mergeCustomer(stored, { address: { full: '上海市浦东新区张江路 8 号（放快递柜）' } });
    expect(merged.address).toEqual({ full: '上海市浦东新区张江路 8 号（放快递柜）' });
  });

  it('fills in address parts without dropping the stored rest when the draft has no full text', () => {
    const merged = mergeCustomer(stored, { address: { district: '拱墅区', city: '' } });
    expect(merged.address).toEqual({ ...stored.address, district: '拱墅区' });
  });

  it('leaves the stored customer untouched', () => {
    const before = structuredClone(stored);
    mergeCustomer(stored, { tags: ['VIP'], sizes: { 鞋码: '43' }, address: { full: '北京市' } });
    expect(stored).toEqual(before);
  });
});

describe('phoneIdentity', () => {
  it('is the digits, without +86 or 0086 before a mainland mobile', () => {
    for (const typed of ['13812345678', '138-1234-5678', '138 1234 5678', '+86 138 1234 5678', '86-13812345678', '008613812345678']) {
      expect(phoneIdentity(typed)).toBe('13812345678');
    }
    expect(phoneIdentity('0571-88886666')).toBe('057188886666');
    // Only a mainland mobile loses its country code.
    expect(phoneIdentity('+65 9123 4567')).toBe('6591234567');
  });

  it('is undefined for blanks and fragments too short to be a phone', () => {
    expect(phoneIdentity(undefined)).toBeUndefined();
    expect(phoneIdentity('  ')).toBeUndefined();
    expect(phoneIdentity('110')).toBeUndefined();
  });
});
