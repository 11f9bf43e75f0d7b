/**
 * The shop settings `advise` accepts by name, flat, as a seller would say them
 * ("returnWindowDays": 7, "freeShipping": true), and where each lives in the settings object.
 * An unknown name is an error, not silently ignored: a misspelt setting would otherwise change
 * nothing and the replayed advice would not be the shop's.
 */
import { z } from 'zod';
import { CURRENCIES } from '../settings/currency';
import { settingsSchema, type Settings } from '../settings/settings';
import { shopFactsFormSchema } from '../settings/product-catalog';
import { BUYER_STYLES, timeZoneSchema } from '../settings/shop-policy';

const money = z.number().finite().nonnegative().max(10_000_000);
const categories = z.array(z.string().trim().min(1).max(60)).max(100);
const phrase = z.string().trim().min(1).max(200);

export const shopSettingsSchema = z
  .object({
    shopName: z.string().trim().max(60),
    sellerName: z.string().trim().max(30),
    returnAddress: z.string().trim().max(300),
    currency: z.enum(['auto', ...CURRENCIES]),
    timeZone: timeZoneSchema,
    returnWindowDays: z.number().int().min(0).max(90),
    /** Who pays the return postage when the buyer simply does not want the item. */
    noReasonReturnPayer: z.enum(['buyer', 'seller']),
    returnShippingInsurance: z.boolean(),
    excludedCategories: categories,
    apparelCategories: categories,
    perishableCategories: categories,
    apparelNoReasonExchange: z.boolean(),
    /** Shipping is already free in this shop: nothing to concede there. */
    freeShipping: z.boolean(),
    freeShippingCost: money,
    floorPercentOfList: z.number().min(0).max(100),
    maxRounds: z.number().int().min(1).max(10),
    /** Free shipping from this many items; null: no bundle deal. */
    bundleQty: z.number().int().min(2).max(20).nullable(),
    smallRequest: phrase,
    membershipGift: phrase,
    buyerStyle: z.enum(BUYER_STYLES),
    vipDiscountPercent: z.number().min(0).max(50),
    complaintResponseHours: z.number().int().min(1).max(168),
    defaultTransitDays: z.number().int().min(1).max(30),
    /** Orders paid before this hour ship the same day; null: the shop promises no cut-off. */
    shipCutoffHour: shopFactsFormSchema.shape.shipCutoffHour,
    shipWithinHours: shopFactsFormSchema.shape.shipWithinHours,
    promotion: shopFactsFormSchema.shape.promotion,
    sizeChartLink: shopFactsFormSchema.shape.sizeChartLink,
  })
  .partial()
  .strict();
export type ShopSettingsInput = z.output<typeof shopSettingsSchema>;

const both = (text: string) => ({ 'zh-CN': text, en: text });

/** The full settings object for a shop described by name. */
export function settingsFromShop(shop: ShopSettingsInput): Settings {
  const defaults = settingsSchema.parse({});
  const p = defaults.policy;
  const haggle = p.haggle.defaults;
  const returns = p.returns;
  const freeShippingCost = shop.freeShipping ? 0 : (shop.freeShippingCost ?? haggle.freeShippingCost);
  return settingsSchema.parse({
    ...defaults,
    shop: {
      name: shop.shopName ?? defaults.shop.name,
      sellerName: shop.sellerName ?? defaults.shop.sellerName,
      returnAddress: shop.returnAddress ?? defaults.shop.returnAddress,
      currency: shop.currency ?? defaults.shop.currency,
    },
    policy: {
      ...p,
      timeZone: shop.timeZone ?? p.timeZone,
      haggle: {
        ...p.haggle,
        defaults: {
          ...haggle,
          freeShippingCost,
          floorPercentOfList: shop.floorPercentOfList ?? haggle.floorPercentOfList,
          maxRounds: shop.maxRounds ?? haggle.maxRounds,
          bundleOffer:
            shop.bundleQty === undefined ? haggle.bundleOffer : shop.bundleQty === null ? null : { qty: shop.bundleQty, freeShipping: true },
          smallRequest: shop.smallRequest ? both(shop.smallRequest) : haggle.smallRequest,
          membershipGift: shop.membershipGift ? both(shop.membershipGift) : haggle.membershipGift,
          buyerStyle: shop.buyerStyle ?? haggle.buyerStyle,
          vipDiscountPercent: shop.vipDiscountPercent ?? haggle.vipDiscountPercent,
        },
      },
      returns: {
        ...returns,
        noReasonWindowDays: shop.returnWindowDays ?? returns.noReasonWindowDays,
        shippingPayer: {
          ...returns.shippingPayer,
          no_reason: { ...returns.shippingPayer.no_reason, toSeller: shop.noReasonReturnPayer ?? returns.shippingPayer.no_reason.toSeller },
        },
        returnShippingInsurance: shop.returnShippingInsurance ?? returns.returnShippingInsurance,
        excludedCategories: shop.excludedCategories ?? returns.excludedCategories,
        apparelCategories: shop.apparelCategories ?? returns.apparelCategories,
        perishableCategories: shop.perishableCategories ?? returns.perishableCategories,
        apparelNoReasonExchange: shop.apparelNoReasonExchange ?? returns.apparelNoReasonExchange,
      },
      followUp: {
        ...p.followUp,
        complaintResponseHours: shop.complaintResponseHours ?? p.followUp.complaintResponseHours,
        defaultTransitDays: shop.defaultTransitDays ?? p.followUp.defaultTransitDays,
      },
    },
    facts: {
      ...defaults.facts,
      ...(shop.shipCutoffHour !== undefined ? { shipCutoffHour: shop.shipCutoffHour } : {}),
      ...(shop.shipWithinHours !== undefined ? { shipWithinHours: shop.shipWithinHours } : {}),
      ...(shop.promotion !== undefined ? { promotion: shop.promotion } : {}),
      ...(shop.sizeChartLink !== undefined ? { sizeChartLink: shop.sizeChartLink } : {}),
    },
  });
}
