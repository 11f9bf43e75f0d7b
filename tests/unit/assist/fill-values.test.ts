import { describe, expect, it } from 'vitest';
import { fillValues, replyFacts, type FillSources } from '../../../lib/assist/fill-values';
import type { Customer, Order } from '../../../lib/db/schemas';
import { formatMoney, currencyFor } from '../../../lib/scripts/money';
import { careTip, isSizedByBody, productFamily } from '../../../lib/scripts/product-category';
import { shortProductName } from '../../../lib/scripts/product-name';
import { suggestReplies } from '../../../lib/scripts/suggest';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../../lib/settings/settings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 4, 20, 6, 0); // 14:00 in Shanghai

const customer: Customer = {
  id: 'c1', platform: 'pinduoduo', platformUid: 'u1', nickname: '小雨爱吃橙', name: '王小雨',
  sizes: {}, interests: [], tags: [], vipLevel: 0, points: 0, createdAt: 0, updatedAt: 0,
};

function order(extra: Partial<Order>): Order {
  return { id: 'o1', customerId: 'c1', orderNo: 'A1', items: [{ title: '赣南脐橙 5斤装 当季现摘', quantity: 1, price: 39.9 }], status: 'paid', createdAt: 0, updatedAt: 0, ...extra };
}

const base = (extra: Partial<FillSources> = {}): FillSources => ({ settings: DEFAULT_SETTINGS, locale: 'zh-CN', now: NOW, ...extra });

describe('fillValues: who and what', () => {
  it('addresses the buyer by nickname, never by the archived real name', () => {
    expect(fillValues(base({ customer })).buyer_name).toBe('小雨爱吃橙');
    const { nickname: _, ...noNickname } = customer;
    expect(fillValues(base({ customer: noNickname })).buyer_name).toBeUndefined();
    expect(fillValues(base({ buyerNickname: 'E***E' })).buyer_name).toBeUndefined();
  });

  it("uses the seller's short name for a product, else a trimmed title", () => {
    const settings = normaliseSettings({ facts: { products: { '2026新款加厚珊瑚绒睡衣女冬季套装可外穿 包邮': { shortName: '珊瑚绒睡衣' } } } });
    expect(fillValues(base({ settings, product: { title: '2026新款加厚珊瑚绒睡衣女冬季套装可外穿 包邮' } })).product).toBe('珊瑚绒睡衣');
    expect(fillValues(base({ product: { title: '【官方正品】2026新款 加厚珊瑚绒睡衣 女 冬季 套装 包邮' } })).product).toBe('加厚珊瑚绒睡衣');
    expect(shortProductName('Stainless Steel Insulated Water Bottle - 32oz, Leak Proof, BPA Free')).toBe('Stainless Steel Insulated Water Bottle');
    expect(shortProductName('[2026 NEW] Ceramic Coffee Mug 350ml | Gift Box')).toBe('Ceramic Coffee Mug 350ml');
    expect(shortProductName(undefined)).toBeUndefined();
  });
});

describe('fillValues: money in the shop currency', () => {
  it('yuan on Chinese marketplaces, dollars on Amazon, ringgit or the setting on Shopee', () => {
    expect(fillValues(base({ platform: 'pinduoduo', product: { title: 'x', price: '¥129.00' } })).price).toBe('129元');
    expect(fillValues(base({ locale: 'en', platform: 'amazon', product: { title: 'x', price: 29.9 } })).price).toBe('$29.90');
    expect(fillValues(base({ locale: 'en', platform: 'shopee', currency: 'SGD', product: { title: 'x', price: 45 } })).price).toBe('S$45');
    expect(fillValues(base({ locale: 'en', platform: 'shopee', product: { title: 'x', price: 45 } })).price).toBe('RM45');
    expect(fillValues(base({ locale: 'zh-CN', platform: 'shopee', product: { title: 'x', price: 45 } })).price).toBe('RM45');
    expect(currencyFor('shopee', 'auto')).toBe('MYR');
    expect(currencyFor(undefined)).toBe('CNY');
    expect(formatMoney(45, 'CHF', 'en')).toBe('45 CHF');
    expect(formatMoney(12.5, 'CNY', 'en')).toBe('¥12.50');
  });
});

describe('fillValues: every fact the shop holds', () => {
  it('fills the complaint deadline, who pays return postage, the bundle size and the membership gift', () => {
    const v = fillValues(base());
    // 14:00 + 24 h, inside working hours.
    expect(v.deadline).toBe('5月21日 14:00');
    expect(v.return_shipping_payer).toBe('买家');
    expect(v.bundle_qty).toBe('2');
    expect(v.membership_gift).toBe(DEFAULT_SETTINGS.policy.haggle.defaults.membershipGift['zh-CN']);
    const en = fillValues(base({ locale: 'en' }));
    expect(en.deadline).toBe('by May 21, 14:00');
    expect(en.return_shipping_payer).toBe('you');
  });

  it('moves a deadline that would fall at night to the next morning', () => {
    const late = Date.UTC(2026, 4, 20, 14, 30); // 22:30 in Shanghai: +24 h is 22:30, outside 9–21
    expect(fillValues(base({ now: late })).deadline).toBe('5月22日 09:00');
  });

  it('fills an arrival date only while it is ahead, and a ship-by date only before shipping', () => {
    const shipped = order({ status: 'shipped', shippedAt: NOW - DAY, courier: '中通', trackingNo: '7351' });
    expect(fillValues(base({ order: shipped })).expected_arrival).toBe('5月22日');
    const old = order({ status: 'shipped', shippedAt: NOW - 5 * DAY });
    expect(fillValues(base({ order: old })).expected_arrival).toBeUndefined();
    expect(replyFacts(base({ order: old })).arrivalAhead).toBe(false);
    const paid = order({ status: 'paid', paidAt: NOW - 2 * HOUR });
    expect(fillValues(base({ order: paid })).ship_by).toBe('5月22日 12:00');
    expect(fillValues(base({ order: shipped })).ship_by).toBeUndefined();
    const overdue = order({ status: 'paid', paidAt: NOW - 3 * DAY });
    expect(fillValues(base({ order: overdue })).ship_by).toBeUndefined();
  });

  it('fills the refund amount only for a refunded order, and the order total and address when held', () => {
    expect(fillValues(base({ order: order({ amount: 79.8 }) })).refund_amount).toBeUndefined();
    const refunded = fillValues(base({ order: order({ status: 'return_closed', amount: 79.8 }), customer: { ...customer, address: { full: '杭州市文三路 90 号' } } }));
    expect(refunded.refund_amount).toBe('79.80元');
    expect(refunded.order_total).toBe('79.80元');
    expect(refunded.order_address).toBe('杭州市文三路 90 号');
  });

  it('a same-day cut-off only when the seller set one', () => {
    expect(fillValues(base()).ship_cutoff).toBeUndefined();
    expect(fillValues(base({ settings: normaliseSettings({ facts: { shipCutoffHour: 16 } }) })).ship_cutoff).toBe('下午4点');
    expect(fillValues(base({ locale: 'en', settings: normaliseSettings({ facts: { shipCutoffHour: 16 } }) })).ship_cutoff).toBe('4 pm');
  });
});

describe('per-category replies', () => {
  it('knows clothing from mugs from oranges', () => {
    expect(productFamily('女装')).toBe('apparel');
    expect(productFamily('文胸 C 罩杯')).toBe('apparel');
    expect(productFamily('陶瓷马克杯')).toBe('ceramics');
    expect(productFamily('水果')).toBe('fresh_food');
    expect(productFamily(undefined)).toBeUndefined();
    expect(isSizedByBody('鞋靴')).toBe(true);
    expect(isSizedByBody('水果')).toBe(false);
    expect(careTip('水果', 'zh-CN')).toBeUndefined();
    expect(careTip('mug', 'en')).toMatch(/temperature/);
  });

  const offered = (group: string, category: string | undefined) => {
    const src = base({ product: { title: '商品', ...(category ? { category } : {}) } });
    return suggestReplies({ situations: [{ id: group, score: 1 }], locale: 'zh-CN', values: fillValues(src), facts: replyFacts(src), limit: 20, now: NOW });
  };

  it('the revisit gives a clothing-care tip only for clothing, and a mug its own', () => {
    const clothing = offered('lifecycle.revisit', '女装').map((s) => s.rendered.ok && s.rendered.text);
    expect(clothing.join()).toMatch(/冷水/);
    const mug = offered('lifecycle.revisit', '陶瓷杯').map((s) => s.rendered.ok && s.rendered.text);
    expect(mug.join()).not.toMatch(/冷水|晾干/);
    expect(mug.join()).toMatch(/冷热骤变/);
    const oranges = offered('lifecycle.revisit', '水果');
    expect(oranges.length).toBeGreaterThan(0);
    expect(oranges.every((s) => !s.script.claims.includes('careTip'))).toBe(true);
  });

  it('product info asks height and weight for clothing, never for oranges', () => {
    const texts = (c: string) => offered('product_info', c).map((s) => s.script.body).join('\n');
    expect(texts('女装')).toMatch(/身高体重/);
    expect(texts('水果')).not.toMatch(/身高|体重/);
    expect(offered('product_info', '水果').length).toBeGreaterThan(0);
  });
});
