/**
 * The conversation as the sidebar knows it: the chat page's snapshot, the buyer's card and
 * latest order from the archive, and the shop's settings. Built here, not in the component,
 * so the sidebar and the tests build it alike.
 */
import type { Customer, Order, Platform } from '../db/schemas';
import type { Locale } from '../i18n/localized';
import type { ChatSnapshotPayload } from '../messaging/schemas';
import { currencyOfHost } from '../settings/currency';
import type { Settings } from '../settings/settings';
import type { AdviseConversation } from './types';

export interface ChatSources {
  snapshot: ChatSnapshotPayload;
  platform: Platform;
  locale: Locale;
  settings: Settings;
  now: number;
  customer?: Customer;
  orders?: readonly Order[];
  /** The list price the seller typed for this conversation when the page shows none. */
  listPrice?: number;
  review?: AdviseConversation['review'];
  /** The chat page's host: a market's own seller centre says which money the shop sells in. */
  host?: string;
}

/** The shop's currency setting, with 'auto' made definite by the page's host when it can be. */
function settingsForHost(settings: Settings, host: string | undefined): Settings {
  const hostCurrency = settings.shop.currency === 'auto' ? currencyOfHost(host) : undefined;
  return hostCurrency ? { ...settings, shop: { ...settings.shop, currency: hostCurrency } } : settings;
}

/** "¥59.90", "59.9元", "RM 45" → the number; undefined when the text holds none. */
export function priceFromText(text: string | undefined): number | undefined {
  const m = /(\d+(?:[.,]\d{1,2})?)/.exec((text ?? '').replace(/,(?=\d{3}\b)/g, ''));
  const value = m ? Number(m[1]!.replace(',', '.')) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

export function conversationFromChat(s: ChatSources): AdviseConversation {
  const order = s.orders?.[0];
  const page = s.snapshot.product;
  const price = priceFromText(page?.price) ?? s.listPrice;
  const category = order?.items.find((i) => i.category)?.category;
  const title = page?.title ?? order?.items[0]?.title;
  const nickname = s.snapshot.buyer?.nickname;
  return {
    now: s.now,
    platform: s.platform,
    locale: s.locale,
    settings: settingsForHost(s.settings, s.host),
    messages: s.snapshot.messages.map((m) => ({ from: m.from === 'buyer' ? 'buyer' : 'seller', text: m.text })),
    ...(title || price !== undefined
      ? {
          product: {
            ...(page?.id || title ? { key: page?.id ?? title } : {}),
            ...(title ? { title } : {}),
            ...(price !== undefined ? { price } : {}),
            ...(category ? { category } : {}),
          },
        }
      : {}),
    ...(order ? { order } : {}),
    ...(s.customer ? { customer: { id: s.customer.id, vipLevel: s.customer.vipLevel, orderCount: s.orders?.length ?? 0, points: s.customer.points } } : {}),
    ...(nickname ? { buyerNickname: nickname } : {}),
    ...(s.review ? { review: s.review } : {}),
  };
}
