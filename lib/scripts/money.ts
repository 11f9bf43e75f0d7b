/**
 * Prices as a reply writes them, in the shop's currency. Chinese marketplaces trade in yuan;
 * Amazon, eBay, Etsy and Shopify shops mostly in dollars; Shopee in the buyers' local money
 * (ringgit for the Malaysian seller centre, the likelier default; a shop elsewhere sets its
 * currency). The defaults and symbols are the same as lib/settings/currency.ts on the
 * advise-money branch, so both write RM45, not "RM 45" here and "MYR45" there.
 */
import type { Locale } from '../i18n/localized';

const PLATFORM_CURRENCY: Readonly<Record<string, string>> = {
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

const SYMBOL: Readonly<Record<string, string>> = {
  CNY: '¥', USD: '$', EUR: '€', GBP: '£', MYR: 'RM', SGD: 'S$', PHP: '₱', THB: '฿', VND: '₫', IDR: 'Rp', TWD: 'NT$', BRL: 'R$',
};
const WHOLE_UNITS = new Set(['VND', 'IDR']);

/** The seller's setting ('auto' or empty: none), then the platform's usual currency, else yuan. */
export function currencyFor(platform: string | undefined, shopCurrency?: string): string {
  const own = shopCurrency?.trim().toUpperCase();
  if (own && /^[A-Z]{3}$/.test(own)) return own;
  return (platform && PLATFORM_CURRENCY[platform]) || 'CNY';
}

function plainAmount(amount: number, currency: string): string {
  if (WHOLE_UNITS.has(currency)) return String(Math.round(amount));
  const cents = Math.round(amount * 100);
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** 129元 / ¥129 for yuan; RM45, S$45, $29.90 for others; "45 CHF" for a code without a symbol here. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const n = plainAmount(amount, currency);
  if (currency === 'CNY') return locale === 'zh-CN' ? `${n}元` : `¥${n}`;
  const symbol = SYMBOL[currency];
  return symbol ? `${symbol}${n}` : `${n} ${currency}`;
}
