/**
 * The currency replies quote prices in. Chinese marketplaces sell in yuan; Shopee, Amazon and
 * the other international ones do not, and a reply saying "¥40" to a Shopee buyer in Malaysia
 * names the wrong money. The shop setting wins; 'auto' takes the platform's usual currency.
 */
import type { Locale, Localized } from '../i18n/localized';
import type { Platform } from '../db/schemas';

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'MYR', 'SGD', 'PHP', 'THB', 'VND', 'IDR', 'TWD', 'BRL', 'MXN', 'COP', 'CLP'] as const;
export type Currency = (typeof CURRENCIES)[number];
export type CurrencySetting = Currency | 'auto';

/**
 * When neither the shop's setting nor the page's host says more (see currencyOfHost), the
 * platform's usual money. For Shopee that is only a guess (ringgit): its cross-border seller
 * centre, seller.shopee.cn, lists in the buyers' money of whichever market the shop sells in.
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

export function isCurrency(code: string): code is Currency {
  return (CURRENCIES as readonly string[]).includes(code);
}

/**
 * Shopee runs one Seller Centre per market, and each sells in that market's money: the host
 * of the chat page says which (seller.shopee.cn, for cross-border sellers, does not).
 */
const HOST_CURRENCY: Readonly<Record<string, Currency>> = {
  'seller.shopee.com.my': 'MYR',
  'seller.shopee.sg': 'SGD',
  'seller.shopee.ph': 'PHP',
  'seller.shopee.co.th': 'THB',
  'seller.shopee.co.id': 'IDR',
  'seller.shopee.tw': 'TWD',
  'seller.shopee.com.br': 'BRL',
  'seller.shopee.com.mx': 'MXN',
  'seller.shopee.co': 'COP',
  'seller.shopee.cl': 'CLP',
  'banhang.shopee.vn': 'VND',
};

/** The money a marketplace host's shops sell in, when the host alone says so. */
export function currencyOfHost(host: string | undefined): Currency | undefined {
  return host ? HOST_CURRENCY[host.toLowerCase()] : undefined;
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
  MXN: 'MX$',
  COP: 'COL$',
  CLP: 'CLP$',
};

/** Currencies whose prices are written without cents. */
const WHOLE_UNITS: ReadonlySet<Currency> = new Set(['VND', 'IDR', 'COP', 'CLP']);

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
