/**
 * The currency replies quote prices in. Chinese marketplaces sell in yuan; Shopee, Amazon and
 * the other international ones do not, and a reply saying "¥40" to a Shopee buyer in Malaysia
 * names the wrong money. The shop setting wins; 'auto' takes the platform's usual currency.
 */
import type { Locale, Localized } from '../i18n/localized';
import type { Platform } from '../db/schemas';

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'MYR', 'SGD', 'PHP', 'THB', 'VND', 'IDR', 'TWD', 'BRL'] as const;
export type Currency = (typeof CURRENCIES)[number];
export type CurrencySetting = Currency | 'auto';

/**
 * Shopee's built-in seller pages are seller.shopee.cn (cross-border sellers who list in the
 * buyers' money) and seller.shopee.com.my, so ringgit is the likelier guess; a shop selling
 * elsewhere sets its currency once.
 */
const PLATFORM_CURRENCY: Record<Platform, Currency> = {
  pinduoduo: 'CNY',
  douyin: 'CNY',
  jd: 'CNY',
  taobao: 'CNY',
  weidian: 'CNY',
  '1688': 'CNY',
  shopee: 'MYR',
  amazon: 'USD',
  ebay: 'USD',
  etsy: 'USD',
  shopify: 'USD',
  other: 'CNY',
};

export function currencyFor(platform: Platform, setting: CurrencySetting | undefined): Currency {
  return setting && setting !== 'auto' ? setting : PLATFORM_CURRENCY[platform];
}

const SYMBOL: Record<Currency, string> = {
  CNY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
  MYR: 'RM',
  SGD: 'S$',
  PHP: '₱',
  THB: '฿',
  VND: '₫',
  IDR: 'Rp',
  TWD: 'NT$',
  BRL: 'R$',
};

/** Currencies whose prices are written without cents. */
const WHOLE_UNITS: ReadonlySet<Currency> = new Set(['VND', 'IDR']);

/** "89", "89.5" → "89.50": cents only when there are any. */
export function formatAmount(amount: number, currency: Currency = 'CNY'): string {
  if (WHOLE_UNITS.has(currency)) return String(Math.round(amount));
  const cents = Math.round(amount * 100);
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** A price as a reply writes it: 89元 / ¥89 for yuan, RM89 / $89 elsewhere (in both languages). */
export function formatMoney(amount: number, currency: Currency = 'CNY'): Localized {
  const n = formatAmount(amount, currency);
  if (currency === 'CNY') return { 'zh-CN': `${n}元`, en: `¥${n}` };
  const text = `${SYMBOL[currency]}${n}`;
  return { 'zh-CN': text, en: text };
}

export function moneyIn(amount: number, currency: Currency, locale: Locale): string {
  return formatMoney(amount, currency)[locale];
}

/** Every way a reply or a buyer may mark an amount of this currency, for reading prices back. */
export function currencyMarks(currency: Currency): string[] {
  const marks = [SYMBOL[currency]];
  if (currency === 'CNY') marks.push('￥', '元', '块', 'rmb', 'yuan');
  if (currency === 'MYR') marks.push('ringgit');
  return marks;
}
