/**
 * The facts a reply can be filled with, gathered from what the page shows (product card,
 * nickname), the archive (customer, latest order) and the shop settings, and the facts that
 * decide which scripts may be offered at all (lib/scripts/claims.ts). Anything unknown stays
 * unset so rendering can ask the seller instead of guessing; anything known is filled, so the
 * seller never retypes a deadline, a postage rule or a bundle size the product already holds.
 *
 * Two things are never put into a reply: the buyer's real name from the archive (a customer is
 * addressed by nickname or 亲) and a past date as if it were ahead.
 */
import type { Customer, Order } from '../db/schemas';
import { archiveFactsAllowed, identifyBuyer, type IdentityTrust } from './buyer-identity';
import type { Locale } from '../i18n/localized';
import type { ChatSnapshotPayload } from '../messaging/schemas';
import type { FlowConversation } from '../playbooks/flow-types';
import { returnShippingInsured } from '../playbooks/shipping-insurance';
import { responseDeadline } from '../playbooks/response-deadline';
import { addLocalDays, addLocalHours, formatLocalDateTime } from '../playbooks/local-time';
import type { OrderStage, ReplyFacts } from '../scripts/claims';
import { currencyFor, formatMoney } from '../scripts/money';
import { careTip, isSizedByBody, productFamily } from '../scripts/product-category';
import { shortProductName } from '../scripts/product-name';
import type { VariableValues } from '../scripts/render';
import { findProductFacts } from '../settings/product-catalog';
import type { Settings } from '../settings/settings';

/** An order as the reply logic sees it, from the archive or from an `advise` input line. */
export interface OrderFacts {
  orderNo?: string;
  stage?: OrderStage;
  paidAt?: number;
  shippedAt?: number;
  deliveredAt?: number;
  /** The courier's own estimate, when recorded. */
  expectedArrivalAt?: number;
  courier?: string;
  trackingNo?: string;
  amount?: number;
  items?: readonly { title: string; sku?: string; price?: number; category?: string }[];
  address?: string;
}

/** The product asked about or bought, as the page or an `advise` line gives it. */
export interface ProductInput {
  /** The platform's product id, when known: the key of the seller's product settings. */
  id?: string;
  title?: string;
  price?: number | string;
  category?: string;
  perishable?: boolean;
}

export interface FillSources {
  snapshot?: ChatSnapshotPayload;
  customer?: Customer;
  /** The latest order from the archive; `orderFacts` wins when both are given. */
  order?: Order;
  orderFacts?: OrderFacts;
  product?: ProductInput;
  settings: Settings;
  locale: Locale;
  /** Marketplace id (pinduoduo, shopee...); defaults to the snapshot's. Decides the currency. */
  platform?: string;
  /** Epoch ms; defaults to the clock. Deadlines count from it, and dates before it are not "ahead". */
  now?: number;
  /** ISO 4217 code the shop sells in; unset: the platform's usual currency (lib/scripts/money.ts). */
  currency?: string;
  /** The order carries return-shipping insurance (运费险); unset counts as no. */
  shippingInsurance?: boolean;
  /** The nickname the chat shows, when there is no page snapshot (the `advise` command). */
  buyerNickname?: string;
  /**
   * How `customer` was matched to the chat (see buyer-identity.ts). Left out, only a buyer id
   * on the page counts: a nickname match never fills the archive's facts unconfirmed.
   */
  trust?: IdentityTrust;
}

/**
 * Another customer's order or tracking number must never reach this buyer: the archive's
 * customer and order count only for a buyer the page identifies by id, or the seller confirmed.
 */
function withTrustedArchive(sources: FillSources): FillSources {
  const allowed =
    sources.trust !== undefined ? archiveFactsAllowed(sources.trust) : !sources.snapshot || identifyBuyer('other', sources.snapshot.buyer).basis === 'page-id';
  if (allowed) return sources;
  const { customer: _customer, order: _order, ...rest } = sources;
  return rest;
}

const ARCHIVE_STAGE: Readonly<Record<Order['status'], OrderStage>> = {
  pending: 'unpaid',
  paid: 'paid',
  shipped: 'shipped',
  delivered: 'delivered',
  reviewed: 'delivered',
  // The parcel was delivered and a return is under way: nothing about a refund is known yet.
  return_open: 'delivered',
  // The `advise` command stores "refunded" as a closed return, and a closed return is how the
  // archive records a finished refund. TODO(2026-12-04): a distinct refunded status would let
  // a rejected return be told apart.
  return_closed: 'refunded',
  cancelled: 'closed',
};

function addressText(customer: Customer | undefined): string | undefined {
  const a = customer?.address;
  if (!a) return undefined;
  return a.full || [a.province, a.city, a.district, a.street].filter(Boolean).join('') || undefined;
}

export function orderFactsFromRecord(order: Order, customer?: Customer): OrderFacts {
  return {
    orderNo: order.orderNo,
    stage: ARCHIVE_STAGE[order.status],
    ...(order.paidAt !== undefined ? { paidAt: order.paidAt } : {}),
    ...(order.shippedAt !== undefined ? { shippedAt: order.shippedAt } : {}),
    ...(order.deliveredAt !== undefined ? { deliveredAt: order.deliveredAt } : {}),
    ...(order.expectedArrivalAt !== undefined ? { expectedArrivalAt: order.expectedArrivalAt } : {}),
    ...(order.courier ? { courier: order.courier } : {}),
    ...(order.trackingNo ? { trackingNo: order.trackingNo } : {}),
    ...(order.amount !== undefined ? { amount: order.amount } : {}),
    items: order.items,
    ...(addressText(customer) ? { address: addressText(customer)! } : {}),
  };
}

/** A price written on a page ("¥129.00", "RM 45", "129") as a number, when it is one. */
function priceNumber(price: number | string | undefined): number | undefined {
  if (typeof price === 'number') return Number.isFinite(price) && price >= 0 ? price : undefined;
  if (typeof price !== 'string') return undefined;
  const m = /\d+(?:[.,]\d{1,2})?/.exec(price.replace(/,(?=\d{3}\b)/g, ''));
  return m ? Number(m[0].replace(',', '.')) : undefined;
}

interface Resolved {
  order?: OrderFacts;
  productTitle?: string;
  productKey?: string;
  category?: string;
  timeZone: string;
  now: number;
  platform?: string;
}

function resolve(sources: FillSources): Resolved {
  const order = sources.orderFacts ?? (sources.order ? orderFactsFromRecord(sources.order, sources.customer) : undefined);
  const item = order?.items?.[0];
  const productTitle = sources.product?.title ?? item?.title ?? sources.snapshot?.product?.title;
  const productKey = sources.product?.id ?? sources.snapshot?.product?.id;
  const own = findProductFacts(sources.settings.facts, productKey) ?? findProductFacts(sources.settings.facts, productTitle);
  return {
    ...(order ? { order } : {}),
    ...(productTitle ? { productTitle } : {}),
    ...(productKey ? { productKey } : {}),
    ...((own?.category ?? sources.product?.category ?? item?.category)
      ? { category: own?.category ?? sources.product?.category ?? item?.category }
      : {}),
    timeZone: sources.settings.policy.timeZone,
    now: sources.now ?? Date.now(),
    ...((sources.platform ?? sources.snapshot?.platform) ? { platform: sources.platform ?? sources.snapshot?.platform } : {}),
  };
}

/**
 * When the parcel should arrive: the courier's estimate, else the ship day plus the shop's
 * usual transit days. Only a shipped, undelivered parcel has one.
 */
export function expectedArrival(order: OrderFacts | undefined, settings: Settings): number | undefined {
  if (!order || order.stage !== 'shipped') return undefined;
  if (order.expectedArrivalAt !== undefined) return order.expectedArrivalAt;
  if (order.shippedAt === undefined) return undefined;
  return addLocalDays(order.shippedAt, settings.policy.timeZone, settings.policy.followUp.defaultTransitDays);
}

/** The latest time a paid, unshipped order ships by the shop's own shipping time. */
export function shipBy(order: OrderFacts | undefined, settings: Settings): number | undefined {
  if (!order || order.stage !== 'paid' || order.paidAt === undefined) return undefined;
  return addLocalHours(order.paidAt, settings.policy.timeZone, settings.facts.shipWithinHours);
}

function hourText(hour: number, locale: Locale): string {
  if (locale === 'en') return hour === 0 ? 'midnight' : hour === 12 ? 'noon' : hour < 12 ? `${hour} am` : `${hour - 12} pm`;
  return hour < 12 ? `上午${hour}点` : hour === 12 ? '中午12点' : `下午${hour - 12}点`;
}

export function fillValues(input: FillSources): VariableValues {
  const sources = withTrustedArchive(input);
  const { snapshot, customer, settings, locale } = sources;
  const r = resolve(sources);
  const order = r.order;
  const values: VariableValues = {};
  const set = (name: keyof VariableValues, value: string | number | undefined) => {
    if (value === undefined) return;
    const text = String(value).trim();
    if (text) values[name] = text;
  };
  const date = (ms: number | undefined) =>
    ms === undefined
      ? undefined
      : new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: r.timeZone }).format(ms);
  const currency = currencyFor(r.platform, sources.currency);
  const money = (amount: number | undefined) => (amount === undefined ? undefined : formatMoney(amount, currency, locale));

  // The nickname the buyer chose, never the real name the seller archived; masked nicknames
  // (E***E) are not a way to address anyone, and the variable's fallback (亲) takes over.
  const nickname = snapshot?.buyer?.nickname ?? sources.buyerNickname;
  set('buyer_name', customer?.nickname || (nickname && !nickname.includes('*') ? nickname : undefined));
  set('shop_name', settings.shop.name);
  set('seller_name', settings.shop.sellerName);
  set('return_address', settings.shop.returnAddress);
  set('return_window_days', settings.policy.returns.noReasonWindowDays);
  const payer = settings.policy.returns.shippingPayer.no_reason.toSeller;
  set('return_shipping_payer', locale === 'zh-CN' ? (payer === 'buyer' ? '买家' : '本店') : payer === 'buyer' ? 'you' : 'us');
  const haggle = settings.policy.haggle.defaults;
  set('bundle_qty', haggle.bundleOffer?.qty);
  set('membership_gift', haggle.membershipGift[locale]);
  set('discount', settings.facts.promotion);
  set('size_chart_link', settings.facts.sizeChartLink);
  if (settings.facts.shipCutoffHour !== null) set('ship_cutoff', hourText(settings.facts.shipCutoffHour, locale));
  const within = settings.facts.shipWithinHours;
  set('ship_within', locale === 'zh-CN' ? `${within}小时` : `${within} hours`);

  const own =
    findProductFacts(settings.facts, r.productKey) ?? findProductFacts(settings.facts, r.productTitle);
  set('product', own?.shortName || shortProductName(r.productTitle));
  set('care_tip', careTip(r.category, locale));
  const item = order?.items?.[0];
  set('sku', item?.sku);
  const pagePrice = priceNumber(sources.product?.price ?? snapshot?.product?.price);
  set('price', money(pagePrice ?? item?.price));
  set('list_price', money(pagePrice));

  set('order_no', order?.orderNo);
  set('order_total', money(order?.amount));
  set('order_address', order?.address);
  if (order?.stage === 'refunded') set('refund_amount', money(order.amount));
  set('courier', order?.courier);
  set('tracking_no', order?.trackingNo);
  if (order?.stage === 'shipped' || order?.stage === 'delivered') set('ship_date', date(order.shippedAt));
  const arrival = expectedArrival(order, settings);
  // A date already behind us is not an expected arrival; the late-parcel flow takes over.
  if (arrival !== undefined && arrival > r.now) set('expected_arrival', date(arrival));
  const by = shipBy(order, settings);
  if (by !== undefined && by > r.now) set('ship_by', formatLocalDateTime(by, r.timeZone, locale));

  const deadline = responseDeadline(r.now, settings.policy);
  set('deadline', deadlineText(deadline, r.timeZone, locale));
  if (customer && customer.vipLevel > 0) set('vip_level', customer.vipLevel);
  if (customer && customer.points > 0) set('points', customer.points);
  return values;
}

/** How a promised time reads: "12月5日 18:00" before 前 in Chinese, "by Dec 5, 18:00" in English. */
export function deadlineText(ms: number, timeZone: string, locale: Locale): string {
  const when = formatLocalDateTime(ms, timeZone, locale);
  return locale === 'en' ? `by ${when}` : when;
}

/** What the order, product and shop data back; see lib/scripts/claims.ts. */
export function replyFacts(input: FillSources): ReplyFacts {
  const sources = withTrustedArchive(input);
  const r = resolve(sources);
  const { settings } = sources;
  const arrival = expectedArrival(r.order, settings);
  return {
    ...(r.order?.stage ? { orderStage: r.order.stage } : {}),
    arrivalAhead: arrival !== undefined && arrival > r.now,
    shipCutoff: settings.facts.shipCutoffHour !== null,
    shippingInsurance: sources.shippingInsurance === true,
    sizedByBody: isSizedByBody(r.category),
    careTip: careTip(r.category, sources.locale) !== undefined,
    shipsFree: settings.policy.haggle.defaults.freeShippingCost === 0,
  };
}

/** The product's family (apparel, fresh food...) from the seller's setting or the input. */
export function productFamilyOf(sources: FillSources) {
  return productFamily(resolve(withTrustedArchive(sources)).category);
}

/**
 * The fill sources of an `advise` conversation (the advise-money branch's `ConversationFacts`
 * fits `FlowConversation`): `fillValues(src)` for the values, `replyFacts(src)` for
 * `suggestReplies({ facts })`, so replies are filled at the conversation's own time, in its
 * currency, and claim only what its order backs.
 */
export function fillSourcesOfConversation(c: FlowConversation): FillSources {
  const p = c.product;
  return {
    settings: c.settings,
    locale: c.locale,
    platform: c.platform,
    now: c.now,
    ...(c.order ? { order: c.order } : {}),
    ...(p
      ? {
          product: {
            ...(p.key ? { id: p.key } : {}),
            ...(p.title ? { title: p.title } : {}),
            ...(p.price !== undefined ? { price: p.price } : {}),
            ...(p.category ? { category: p.category } : {}),
            ...(p.perishable !== undefined ? { perishable: p.perishable } : {}),
          },
        }
      : {}),
    ...(c.buyerNickname ? { buyerNickname: c.buyerNickname } : {}),
    ...(c.currency ? { currency: c.currency } : {}),
    shippingInsurance: returnShippingInsured(c.returnShippingInsurance, c.settings),
  };
}

/** The newest buyer message and the buyer messages before it (oldest first), for context. */
export function lastBuyerTurn(snapshot: ChatSnapshotPayload | undefined): { text: string; previous: string[] } | undefined {
  if (!snapshot) return undefined;
  const buyer = snapshot.messages.filter((m) => m.from === 'buyer' && m.text.trim() !== '');
  const last = buyer.at(-1);
  if (!last) return undefined;
  return { text: last.text, previous: buyer.slice(-4, -1).map((m) => m.text) };
}
