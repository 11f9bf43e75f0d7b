/**
 * The shop's own after-sales policy: how far it haggles, what it takes back and who pays the
 * postage, and when it reaches out to a buyer. The playbooks read only this object, so a seller
 * who changes a number on the options page changes what every suggested reply says.
 *
 * Every field has a default so an empty object parses into a working policy; the settings
 * object embeds these schemas and migrates them with its own version.
 */
import { z } from 'zod';
import type { Localized } from '../i18n/localized';

const localizedSchema = z.object({
  'zh-CN': z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});

/** A time zone the runtime's Intl knows; a typo would otherwise shift every reminder silently. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .refine(isValidTimeZone, {
    message: 'Unknown time zone: use an IANA name such as Asia/Shanghai / 未知时区：请使用 Asia/Shanghai 这样的 IANA 名称',
  });

const money = z.number().finite().nonnegative().max(10_000_000);

export const BUYER_STYLES = ['auto', 'decisive', 'keen'] as const;

export const bundleOfferSchema = z.object({
  /** Free shipping when the buyer takes this many items: the demand becomes a choice. */
  qty: z.number().int().min(2).max(20),
  freeShipping: z.literal(true).default(true),
});
export type BundleOffer = z.output<typeof bundleOfferSchema>;

const DEFAULT_SMALL_REQUEST: Localized = {
  'zh-CN': '用着满意的话帮我们推荐给朋友',
  en: 'tell a friend about us if you are happy with it',
};
const DEFAULT_MEMBERSHIP_GIFT: Localized = {
  'zh-CN': '入会即送的小礼品',
  en: 'the small welcome gift every member receives',
};

/** What applies to every product unless the product says otherwise. */
export const haggleDefaultsSchema = z.object({
  /** Used when a product has no floor of its own: the floor as a percentage of the list price. */
  floorPercentOfList: z.number().min(0).max(100).default(90),
  /** What the seller pays when it covers shipping; 0 means shipping is already free. */
  freeShippingCost: money.default(5),
  /** null: this shop offers no bundle deal. */
  bundleOffer: bundleOfferSchema.nullable().default({ qty: 2, freeShipping: true }),
  maxRounds: z.number().int().min(1).max(10).default(5),
  smallRequest: localizedSchema.default(DEFAULT_SMALL_REQUEST),
  membershipGift: localizedSchema.default(DEFAULT_MEMBERSHIP_GIFT),
  /** auto: judge each buyer by their first message. */
  buyerStyle: z.enum(BUYER_STYLES).default('auto'),
  /**
   * A VIP or returning customer asking for a discount gets this much off the list price at once
   * (never below the floor) instead of the haggling ladder.
   */
  vipDiscountPercent: z.number().min(0).max(50).default(5),
});

export const productHaggleSchema = z
  .object({
    listPrice: money.positive(),
    /** The lowest acceptable price. Never shown to the buyer, never put into a reply. */
    floorPrice: money.optional(),
    freeShippingCost: money.optional(),
    bundleOffer: bundleOfferSchema.nullable().optional(),
    maxRounds: z.number().int().min(1).max(10).optional(),
    smallRequest: localizedSchema.optional(),
    buyerStyle: z.enum(BUYER_STYLES).optional(),
  })
  .refine((p) => p.floorPrice === undefined || p.floorPrice <= p.listPrice, {
    message: 'The floor price cannot be above the list price / 底价不能高于标价',
    path: ['floorPrice'],
  });
export type ProductHaggle = z.output<typeof productHaggleSchema>;

export const haggleSettingsSchema = z.object({
  defaults: haggleDefaultsSchema.prefault({}),
  /** Keyed by the platform's product id or by the product title. */
  products: z.record(z.string().trim().min(1).max(200), productHaggleSchema).default({}),
});
export type HaggleSettings = z.output<typeof haggleSettingsSchema>;

const payerSchema = z.enum(['seller', 'buyer']);
const shippingPayerSchema = z.object({
  /** Postage for the parcel the buyer sends back. */
  toSeller: payerSchema,
  /** Postage for a replacement or exchanged item sent to the buyer. */
  backToBuyer: payerSchema,
});
export type ShippingPayer = z.output<typeof shippingPayerSchema>;

export const returnPolicySchema = z.object({
  noReasonWindowDays: z.number().int().min(0).max(90).default(7),
  shippingPayer: z
    .object({
      quality: shippingPayerSchema.default({ toSeller: 'seller', backToBuyer: 'seller' }),
      shipping_fault: shippingPayerSchema.default({ toSeller: 'seller', backToBuyer: 'seller' }),
      no_reason: shippingPayerSchema.default({ toSeller: 'buyer', backToBuyer: 'seller' }),
    })
    .prefault({}),
  /** Categories without no-reason returns (custom-made, fresh food...). Faults are still accepted. */
  excludedCategories: z.array(z.string().trim().min(1).max(60)).max(100).default([]),
  /** Offer a no-reason exchange for apparel: such buyers often come back. */
  apparelNoReasonExchange: z.boolean().default(true),
  apparelCategories: z
    .array(z.string().trim().min(1).max(60))
    .max(100)
    .default(['服装', '女装', '男装', '童装', '内衣', '鞋', '鞋靴', 'apparel', 'clothing', 'shoes']),
  /** The shop's orders carry return-shipping insurance (运费险): it pays the buyer's return postage. */
  returnShippingInsurance: z.boolean().default(false),
  /** Goods that are never sent back (they would rot on the way): photos, then compensation. */
  perishableCategories: z
    .array(z.string().trim().min(1).max(60))
    .max(100)
    .default(['生鲜', '水果', '鲜果', '蔬菜', '海鲜', '鲜花', '肉', '蛋', '糕点', '熟食', 'fresh', 'fruit', 'produce', 'seafood', 'flowers', 'food']),
});
export type ReturnPolicy = z.output<typeof returnPolicySchema>;

const hour = z.number().int().min(0).max(23);

export const followUpSchema = z
  .object({
    /** Reminders that fall outside these local hours move to the next start. */
    workingHours: z
      .object({ startHour: hour.default(9), endHour: z.number().int().min(1).max(24).default(21) })
      .prefault({}),
    /** Local hour for day-based contacts (sign-off follow-up, review reminder, revisit). */
    contactHour: hour.default(10),
    /** Local hour on the expected arrival day; couriers deliver through the day. */
    arrivalCheckHour: hour.default(18),
    /** Used when the courier gives no expected arrival. */
    defaultTransitDays: z.number().int().min(1).max(30).default(3),
    signoffFollowupAfterDays: z.number().int().min(0).max(14).default(1),
    /** Capped at 30: Amazon forbids review requests later than 30 days after delivery. */
    reviewReminderAfterDeliveryDays: z.number().int().min(1).max(30).default(3),
    revisitAfterDays: z.number().int().min(30).max(60).default(45),
    vipSilentDays: z.number().int().min(14).max(730).default(90),
    vipInviteAfterOrders: z.number().int().min(2).max(100).default(3),
    birthdayGreetingHour: hour.default(9),
    complaintResponseHours: z.number().int().min(1).max(168).default(24),
    returnTrackingCheckDays: z.number().int().min(1).max(14).default(2),
    /** After the returned parcel should have arrived: refund or re-ship. */
    returnSettleAfterDays: z.number().int().min(1).max(30).default(5),
  })
  .refine((f) => f.workingHours.startHour < f.workingHours.endHour, {
    message: 'Working hours must start before they end / 工作时间的开始须早于结束',
    path: ['workingHours'],
  });
export type FollowUpSettings = z.output<typeof followUpSchema>;

export const shopPolicySchema = z.object({
  timeZone: timeZoneSchema.default('Asia/Shanghai'),
  haggle: haggleSettingsSchema.prefault({}),
  returns: returnPolicySchema.prefault({}),
  followUp: followUpSchema.prefault({}),
});
export type ShopPolicy = z.output<typeof shopPolicySchema>;
export type ShopPolicyInput = z.input<typeof shopPolicySchema>;

export const DEFAULT_SHOP_POLICY: ShopPolicy = shopPolicySchema.parse({});

/** The haggling terms for one product, with shop defaults filled in. */
export interface HaggleTerms {
  listPrice: number;
  floorPrice: number;
  freeShippingCost: number;
  bundleOffer: BundleOffer | null;
  maxRounds: number;
  smallRequest: Localized;
  membershipGift: Localized;
  buyerStyle: (typeof BUYER_STYLES)[number];
  vipDiscountPercent: number;
}

export class HaggleTermsError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
    this.name = 'HaggleTermsError';
  }
}

function findProduct(settings: HaggleSettings, key: string | undefined): ProductHaggle | undefined {
  if (!key) return undefined;
  const exact = settings.products[key];
  if (exact) return exact;
  // Titles are copied from pages with stray spaces and different letter case.
  const wanted = key.trim().toLowerCase();
  for (const [name, product] of Object.entries(settings.products)) {
    if (name.trim().toLowerCase() === wanted) return product;
  }
  return undefined;
}

/**
 * The terms for a product found by id or title; `listPrice` is the page's price for products
 * the seller has not configured. Without either there is nothing to haggle from.
 */
export function resolveHaggleTerms(
  settings: HaggleSettings,
  product: { key?: string; listPrice?: number; floorPrice?: number },
): HaggleTerms {
  const own = findProduct(settings, product.key);
  const d = settings.defaults;
  const listPrice = own?.listPrice ?? product.listPrice;
  if (listPrice === undefined || !Number.isFinite(listPrice) || listPrice <= 0) {
    throw new HaggleTermsError({
      'zh-CN': `没有“${product.key ?? '该商品'}”的标价：请在设置里填写，或在页面上选中商品价格`,
      en: `No list price for "${product.key ?? 'this product'}": set it in the options or select the price on the page`,
    });
  }
  const floorPrice = Math.min(
    listPrice,
    own?.floorPrice ?? product.floorPrice ?? Math.round(listPrice * d.floorPercentOfList) / 100,
  );
  return {
    listPrice,
    floorPrice,
    freeShippingCost: own?.freeShippingCost ?? d.freeShippingCost,
    bundleOffer: own?.bundleOffer === undefined ? d.bundleOffer : own.bundleOffer,
    maxRounds: own?.maxRounds ?? d.maxRounds,
    smallRequest: own?.smallRequest ?? d.smallRequest,
    membershipGift: d.membershipGift,
    buyerStyle: own?.buyerStyle ?? d.buyerStyle,
    vipDiscountPercent: d.vipDiscountPercent,
  };
}
