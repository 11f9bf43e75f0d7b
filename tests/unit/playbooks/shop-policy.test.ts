import { describe, expect, it } from 'vitest';
import { DEFAULT_SHOP_POLICY, productHaggleSchema, shopPolicySchema } from '../../../lib/settings/shop-policy';

describe('shop policy settings', () => {
  it('parses an empty object into the documented defaults', () => {
    expect(DEFAULT_SHOP_POLICY.timeZone).toBe('Asia/Shanghai');
    expect(DEFAULT_SHOP_POLICY.haggle.defaults).toMatchObject({ maxRounds: 5, floorPercentOfList: 90, bundleOffer: { qty: 2 } });
    expect(DEFAULT_SHOP_POLICY.haggle.defaults.smallRequest['zh-CN']).toContain('推荐给朋友');
    expect(DEFAULT_SHOP_POLICY.returns).toMatchObject({
      noReasonWindowDays: 7,
      apparelNoReasonExchange: true,
      excludedCategories: [],
      shippingPayer: {
        quality: { toSeller: 'seller', backToBuyer: 'seller' },
        shipping_fault: { toSeller: 'seller', backToBuyer: 'seller' },
        no_reason: { toSeller: 'buyer' },
      },
    });
    expect(DEFAULT_SHOP_POLICY.followUp).toMatchObject({ reviewReminderAfterDeliveryDays: 3, revisitAfterDays: 45, vipSilentDays: 90 });
  });

  it('keeps a partial edit and fills the rest', () => {
    const p = shopPolicySchema.parse({ returns: { noReasonWindowDays: 10 }, followUp: { contactHour: 11 } });
    expect(p.returns.noReasonWindowDays).toBe(10);
    expect(p.returns.shippingPayer.quality.toSeller).toBe('seller');
    expect(p.followUp.contactHour).toBe(11);
    expect(p.followUp.workingHours).toEqual({ startHour: 9, endHour: 21 });
  });

  it('rejects an unknown time zone with a message in both languages', () => {
    const r = shopPolicySchema.safeParse({ timeZone: 'Asia/Shangai' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Unknown time zone.*未知时区/);
  });

  it('rejects a floor above the list price and a revisit outside 30–60 days', () => {
    const floor = productHaggleSchema.safeParse({ listPrice: 50, floorPrice: 60 });
    expect(floor.error?.issues[0]?.message).toContain('底价不能高于标价');
    expect(shopPolicySchema.safeParse({ followUp: { revisitAfterDays: 90 } }).success).toBe(false);
    expect(shopPolicySchema.safeParse({ followUp: { workingHours: { startHour: 20, endHour: 8 } } }).success).toBe(false);
  });
});
