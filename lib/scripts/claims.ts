/**
 * What a reply states as fact, and what must be true for it to be said. Sellers lose trust and
 * disputes by writing "the refund is done" or "I checked, it's in transit" when nobody did. Each
 * built-in script declares its claims; a claim is backed by facts the product holds (the order's
 * status, a future arrival date, a shop setting), and a script with an unbacked claim is not
 * offered. The patterns recognise each claim in a script's text, so a test holds every built-in's
 * declaration to what it actually says, and an edited built-in is judged by its new words.
 */
import type { Locale } from '../i18n/localized';

export const ORDER_STAGES = ['unpaid', 'paid', 'shipped', 'delivered', 'refunded', 'closed'] as const;
export type OrderStage = (typeof ORDER_STAGES)[number];

/** The facts a claim can rest on. Everything is false or absent unless the data says so. */
export interface ReplyFacts {
  orderStage?: OrderStage;
  /** The order has an expected arrival (courier's or the shop's usual transit) still ahead. */
  arrivalAhead: boolean;
  /** The seller has set a same-day shipping cut-off hour. */
  shipCutoff: boolean;
  /** The shop's orders carry return-shipping insurance (运费险). */
  shippingInsurance: boolean;
  /** The product is clothing or shoes. */
  sizedByBody: boolean;
  /** A care tip exists for the product's category. */
  careTip: boolean;
  /** The shop ships everything free (its shipping cost setting is 0). */
  shipsFree: boolean;
}

export const NO_FACTS: ReplyFacts = {
  arrivalAhead: false,
  shipCutoff: false,
  shippingInsurance: false,
  sizedByBody: false,
  careTip: false,
  shipsFree: false,
};

interface ClaimDefinition {
  /** What the claim says, for people reading the list. */
  means: string;
  patterns: Record<Locale, RegExp>;
  backedBy: (facts: ReplyFacts) => boolean;
}

const stageIn =
  (...stages: OrderStage[]) =>
  (f: ReplyFacts) =>
    f.orderStage !== undefined && stages.includes(f.orderStage);

/** Nothing the product stores records it; a script making this claim is never offered. */
const never = () => false;

export const CLAIMS = {
  refundDone: {
    means: 'the refund has been issued',
    patterns: {
      'zh-CN': /退款(已经?|都)(处理|退回|给您退|原路)|已(经)?(给您)?(原路)?退(回|款)|退款完成/,
      en: /refund\b(?:[^.!?]|\.\d){0,40}\b(has been|was) (issued|sent|processed)|\bwe('ve| have) refunded/i,
    },
    backedBy: stageIn('refunded'),
  },
  parcelLocationChecked: {
    means: 'someone looked up where the parcel is',
    patterns: {
      'zh-CN': /帮您查了|查了(一)?下|我看了?(下|一下)?物流|看物流|物流显示|系统显示/,
      en: /\bI('ve| have) (just )?checked (for you|the (tracking|parcel|package|courier|shipment))|\btracking shows|\bI can see (it|the parcel)/i,
    },
    backedBy: never,
  },
  courierContacted: {
    means: 'the courier has already been contacted',
    patterns: {
      'zh-CN': /已(经)?(联系|问过|反馈给|找过)(了)?(快递|\{courier\}|物流)/,
      en: /\bI('ve| have) (already )?(asked|contacted|called) (the courier|\{courier\})/i,
    },
    backedBy: never,
  },
  resolutionDone: {
    means: 'the after-sales case has been carried out',
    patterns: {
      'zh-CN': /已经(给您)?(办理|处理)好|已(给您)?办好/,
      en: /\b(it'?s|it has|has) been processed\b|\bwe('ve| have) (already )?(processed|sorted) it/i,
    },
    backedBy: stageIn('refunded'),
  },
  returnTrackingReceived: {
    means: "the buyer's return tracking number has reached us",
    patterns: {
      'zh-CN': /退货单号[^，。！？]{0,16}(已|收到)/,
      en: /\breturn tracking (number )?(has been |was )?received/i,
    },
    backedBy: never,
  },
  inStock: {
    means: 'the variant is in stock',
    patterns: { 'zh-CN': /有现货|现货的/, en: /\bin stock\b/i },
    backedBy: never,
  },
  shipCutoff: {
    means: 'orders before a set hour ship the same day',
    patterns: {
      'zh-CN': /\{ship_cutoff\}|[\d一二三四五六七八九十两]+\s*点(半)?(之)?前(的订单|下单|付款|拍)/,
      en: /\{ship_cutoff\}|orders? (placed |paid )?before \d/i,
    },
    backedBy: (f) => f.shipCutoff,
  },
  arrivalDate: {
    means: 'the parcel should arrive on a given day',
    patterns: { 'zh-CN': /\{expected_arrival\}/, en: /\{expected_arrival\}/ },
    backedBy: (f) => f.arrivalAhead,
  },
  shipsLater: {
    means: 'the order has not left yet and will ship by a date',
    patterns: {
      'zh-CN': /\{ship_by\}|还没(有)?发(货|出)|尚未发(货|出)/,
      en: /\{ship_by\}|hasn'?t (shipped|left)|not (yet )?shipped/i,
    },
    // An unpaid order ships after payment: no date to promise yet.
    backedBy: stageIn('paid'),
  },
  trackingKnown: {
    means: 'the parcel has a courier and tracking number',
    // `{courier|快递}` with a fallback reads well without one; a bare `{courier}` does not.
    patterns: { 'zh-CN': /\{tracking_no\}|\{courier\}/, en: /\{tracking_no\}|\{courier\}/ },
    backedBy: stageIn('shipped', 'delivered', 'refunded'),
  },
  shipped: {
    means: 'the order has been shipped',
    patterns: {
      'zh-CN': /已(经)?(于\{ship_date\})?发(出|货)|发出啦|于\{ship_date\}发出|(已经|包裹)在路上/,
      en: /\bshipped on\b|\b(has|have) (already )?shipped\b|\b(it|your (order|parcel|package)) is on its way\b|\balready on (the|its) way\b/i,
    },
    backedBy: stageIn('shipped', 'delivered'),
  },
  delivered: {
    means: 'the parcel shows as delivered',
    patterns: {
      'zh-CN': /(已|正常|显示)签收/,
      en: /\b(was|been|marked( as)?|shows as) delivered\b/i,
    },
    backedBy: stageIn('delivered'),
  },
  paymentReceived: {
    means: 'the buyer has paid',
    patterns: {
      'zh-CN': /订单收到啦|订单已收到|付款成功啦|收到您的付款/,
      en: /\bthanks for your order\b|\bpayment (has been )?received\b/i,
    },
    backedBy: stageIn('paid', 'shipped', 'delivered'),
  },
  unpaid: {
    means: 'the order is waiting for payment',
    patterns: { 'zh-CN': /还没(有)?付款|待付款的订单|未付款/, en: /\b(not|hasn'?t been) paid\b|\bawaiting payment\b|\bstill unpaid\b/i },
    backedBy: stageIn('unpaid'),
  },
  shippingInsurance: {
    means: 'the order carries return-shipping insurance',
    patterns: { 'zh-CN': /运费险/, en: /return[- ]shipping insurance/i },
    backedBy: (f) => f.shippingInsurance,
  },
  bodySize: {
    means: 'the product is sized by the body (asks height and weight)',
    patterns: { 'zh-CN': /身高|体重/, en: /\bheight\b|\bweight\b/i },
    backedBy: (f) => f.sizedByBody,
  },
  shipsFree: {
    means: 'every order ships free',
    patterns: { 'zh-CN': /我们是包邮的|全店包邮|都包邮/, en: /\bships? free\b(?! once| when| on)|\bfree shipping on (every|all) orders?/i },
    backedBy: (f) => f.shipsFree,
  },
  careTip: {
    means: 'a care tip for the product category',
    patterns: { 'zh-CN': /\{care_tip\}/, en: /\{care_tip\}/ },
    backedBy: (f) => f.careTip,
  },
} as const satisfies Record<string, ClaimDefinition>;

export type ClaimId = keyof typeof CLAIMS;
export const CLAIM_IDS = Object.keys(CLAIMS) as ClaimId[];

/** The claims a text makes, by pattern, in the order of CLAIM_IDS. */
export function detectClaims(text: string, locale: Locale): ClaimId[] {
  return CLAIM_IDS.filter((id) => CLAIMS[id].patterns[locale].test(text));
}

export function unbackedClaims(claims: readonly ClaimId[], facts: ReplyFacts): ClaimId[] {
  return claims.filter((id) => !CLAIMS[id].backedBy(facts));
}

export function claimsBacked(claims: readonly ClaimId[], facts: ReplyFacts): boolean {
  return unbackedClaims(claims, facts).length === 0;
}
