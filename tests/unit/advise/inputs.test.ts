/**
 * What `advise` reads: shop settings by name, the chat as the sidebar sees it, and money in the
 * platform's currency.
 */
import { describe, expect, it } from 'vitest';
import { adviseInputSchema, conversationFromInput } from '../../../lib/advise/advise-input';
import { conversationFromChat, priceFromText } from '../../../lib/advise/from-chat';
import { settingsFromShop, shopSettingsSchema } from '../../../lib/advise/shop-settings';
import { currencyFor, formatMoney } from '../../../lib/settings/currency';
import { settingsSchema } from '../../../lib/settings/settings';

describe('shop settings by name', () => {
  it('puts each named setting where the playbooks read it', () => {
    const s = settingsFromShop(
      shopSettingsSchema.parse({
        returnWindowDays: 15,
        returnShippingInsurance: true,
        freeShipping: true,
        bundleQty: null,
        noReasonReturnPayer: 'seller',
        currency: 'SGD',
        vipDiscountPercent: 8,
        returnAddress: '杭州市',
        membershipGift: '帆布袋',
      }),
    );
    expect(s.policy.returns.noReasonWindowDays).toBe(15);
    expect(s.policy.returns.returnShippingInsurance).toBe(true);
    expect(s.policy.haggle.defaults.freeShippingCost).toBe(0);
    expect(s.policy.haggle.defaults.bundleOffer).toBeNull();
    expect(s.policy.returns.shippingPayer.no_reason.toSeller).toBe('seller');
    expect(s.shop).toMatchObject({ currency: 'SGD', returnAddress: '杭州市' });
    expect(s.policy.haggle.defaults.vipDiscountPercent).toBe(8);
    expect(s.policy.haggle.defaults.membershipGift).toEqual({ 'zh-CN': '帆布袋', en: '帆布袋' });
  });

  it('leaves everything unnamed at the defaults', () => {
    expect(settingsFromShop({})).toEqual(settingsSchema.parse({}));
  });

  it('refuses a misspelt or mistyped setting, naming it', () => {
    const unknown = shopSettingsSchema.safeParse({ returnWindowDayz: 7 });
    expect(unknown.success).toBe(false);
    expect(JSON.stringify(unknown.error?.issues)).toContain('returnWindowDayz');
    const wrong = shopSettingsSchema.safeParse({ maxRounds: 0 });
    expect(wrong.error?.issues[0]?.path).toEqual(['maxRounds']);
  });
});

describe('the command’s input', () => {
  it('maps the order’s statuses and times onto the archive’s', () => {
    const input = adviseInputSchema.parse({
      now: '2026-12-04T10:00:00+08:00',
      platform: 'jd',
      locale: 'zh-CN',
      product: { title: '保温杯', price: 99, category: '杯具' },
      order: { id: 'A1', status: 'refunded', deliveredAt: '2026-12-01T08:00:00+08:00', returnShippingInsurance: true },
      messages: [{ from: 'buyer', text: '你好' }],
    });
    const c = conversationFromInput(input);
    expect(c.order).toMatchObject({ orderNo: 'A1', status: 'return_closed', deliveredAt: Date.parse('2026-12-01T00:00:00Z') });
    expect(c.order?.items[0]).toMatchObject({ title: '保温杯', category: '杯具', price: 99 });
    expect(c.returnShippingInsurance).toBe(true);
    expect(c.now).toBe(Date.parse('2026-12-04T02:00:00Z'));
  });

  it('refuses a time without an offset and a floor above the price', () => {
    const base = { platform: 'jd', locale: 'zh-CN', messages: [{ from: 'buyer', text: 'x' }] };
    expect(adviseInputSchema.safeParse({ ...base, now: '2026-12-04T10:00:00' }).success).toBe(false);
    const floor = adviseInputSchema.safeParse({ ...base, now: '2026-12-04T10:00:00Z', product: { title: 't', price: 10, floorPrice: 12 } });
    expect(floor.error?.issues[0]?.path).toEqual(['product', 'floorPrice']);
  });
});

describe('the chat as the sidebar sees it', () => {
  it('reads the page’s price text and the seller’s messages', () => {
    expect(priceFromText('¥59.90')).toBe(59.9);
    expect(priceFromText('RM 1,299.00')).toBe(1299);
    expect(priceFromText('面议')).toBeUndefined();
    const c = conversationFromChat({
      snapshot: {
        site: 'pinduoduo',
        platform: 'pinduoduo',
        buyer: { uid: 'u1', nickname: '小雨' },
        messages: [
          { from: 'buyer', text: '能便宜点吗' },
          { from: 'agent', text: '您说个价' },
        ],
        product: { id: 'p1', title: '纯棉T恤', price: '¥59' },
        missing: [],
      },
      platform: 'pinduoduo',
      locale: 'zh-CN',
      settings: settingsSchema.parse({}),
      now: 1,
      listPrice: 70,
    });
    expect(c.messages.map((m) => m.from)).toEqual(['buyer', 'seller']);
    expect(c.product).toMatchObject({ key: 'p1', title: '纯棉T恤', price: 59 });
    expect(c.buyerNickname).toBe('小雨');
  });

  it('takes a Shopee market’s own money from the page’s host, unless the shop chose one', () => {
    const currencyOn = (host: string | undefined, currency: 'auto' | 'SGD') =>
      conversationFromChat({
        snapshot: { site: 'shopee', platform: 'shopee', buyer: { uid: 'b1' }, messages: [{ from: 'buyer', text: 'can cheaper?' }], missing: [] },
        platform: 'shopee',
        locale: 'en',
        settings: settingsSchema.parse({ shop: { currency } }),
        now: 1,
        ...(host ? { host } : {}),
      }).settings.shop.currency;
    expect(currencyOn('banhang.shopee.vn', 'auto')).toBe('VND');
    expect(currencyOn('SELLER.shopee.co.th', 'auto')).toBe('THB');
    // The cross-border centre lists in whichever market's money: the platform's guess stays.
    expect(currencyOn('seller.shopee.cn', 'auto')).toBe('auto');
    expect(currencyOn(undefined, 'auto')).toBe('auto');
    expect(currencyOn('banhang.shopee.vn', 'SGD')).toBe('SGD');
  });
});

describe('money', () => {
  it('follows the platform unless the shop chose a currency', () => {
    expect(currencyFor('pinduoduo', 'auto')).toBe('CNY');
    expect(currencyFor('shopee', 'auto')).toBe('MYR');
    expect(currencyFor('amazon', undefined)).toBe('USD');
    expect(currencyFor('shopee', 'SGD')).toBe('SGD');
  });

  it('writes prices the way buyers read them', () => {
    expect(formatMoney(89, 'CNY')).toEqual({ 'zh-CN': '89元', en: '¥89' });
    expect(formatMoney(89.5, 'MYR')).toEqual({ 'zh-CN': 'RM89.50', en: 'RM89.50' });
    expect(formatMoney(120000.4, 'IDR').en).toBe('Rp120000');
  });
});
