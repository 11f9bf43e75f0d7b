/**
 * The facts a reply can be filled with, gathered from what the page shows (product card,
 * nickname), the archive (customer, latest order) and the shop settings. Anything unknown
 * stays unset so rendering can ask the seller instead of guessing.
 */
import type { Customer, Order } from '../db/schemas';
import { archiveFactsAllowed, identifyBuyer, type IdentityTrust } from './buyer-identity';
import type { Locale } from '../i18n/localized';
import type { ChatSnapshotPayload } from '../messaging/schemas';
import type { VariableValues } from '../scripts/render';
import type { Settings } from '../settings/settings';

export interface FillSources {
  snapshot?: ChatSnapshotPayload;
  customer?: Customer;
  order?: Order;
  settings: Settings;
  locale: Locale;
  /**
   * How `customer` was matched to the chat (see buyer-identity.ts). Left out, only a buyer id
   * on the page counts: a nickname match never fills the archive's facts unconfirmed.
   */
  trust?: IdentityTrust;
}

export function fillValues(sources: FillSources): VariableValues {
  const { snapshot, settings, locale, trust } = sources;
  // Another customer's order or tracking number must never reach this buyer.
  const allowed = trust !== undefined ? archiveFactsAllowed(trust) : !snapshot || identifyBuyer('other', snapshot.buyer).basis === 'page-id';
  const customer = allowed ? sources.customer : undefined;
  const order = allowed ? sources.order : undefined;
  const timeZone = settings.policy.timeZone;
  const values: VariableValues = {};
  const set = (name: keyof VariableValues, value: string | number | undefined) => {
    if (value === undefined) return;
    const text = String(value).trim();
    if (text) values[name] = text;
  };
  const date = (ms: number | undefined) =>
    ms === undefined
      ? undefined
      : new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone }).format(ms);

  // Masked nicknames (E***E) are not a way to address anyone.
  const nickname = snapshot?.buyer?.nickname;
  set('buyer_name', customer?.name || customer?.nickname || (nickname && !nickname.includes('*') ? nickname : undefined));
  set('shop_name', settings.shop.name);
  set('seller_name', settings.shop.sellerName);
  set('return_address', settings.shop.returnAddress);
  set('return_window_days', settings.policy.returns.noReasonWindowDays);
  set('product', order?.items[0]?.title ?? snapshot?.product?.title);
  set('price', snapshot?.product?.price ?? order?.items[0]?.price);
  set('list_price', snapshot?.product?.price);
  set('order_no', order?.orderNo);
  set('courier', order?.courier);
  set('tracking_no', order?.trackingNo);
  set('ship_date', date(order?.shippedAt));
  set('expected_arrival', date(order?.expectedArrivalAt));
  if (customer && customer.vipLevel > 0) set('vip_level', customer.vipLevel);
  if (customer && customer.points > 0) set('points', customer.points);
  return values;
}

/** The newest buyer message and the buyer messages before it (oldest first), for context. */
export function lastBuyerTurn(snapshot: ChatSnapshotPayload | undefined): { text: string; previous: string[] } | undefined {
  if (!snapshot) return undefined;
  const buyer = snapshot.messages.filter((m) => m.from === 'buyer' && m.text.trim() !== '');
  const last = buyer.at(-1);
  if (!last) return undefined;
  return { text: last.text, previous: buyer.slice(-4, -1).map((m) => m.text) };
}
