/**
 * Prices as a reply writes them, in the shop's currency. Chinese marketplaces trade in yuan;
 * Amazon, eBay, Etsy and Shopify shops mostly in dollars unless the seller says otherwise;
 * Shopee runs in a different currency in every country, so it has no default: without the
 * seller's setting a Shopee price is written as a bare number rather than in the wrong money.
 */
import type { Locale } from '../i18n/localized';

const PLATFORM_CURRENCY: Readonly<Record<string, string>> = {
  pinduoduo: 'CNY',
  douyin: 'CNY',
  jd: 'CNY',
  taobao: 'CNY',
  weidian: 'CNY',
  '1688': 'CNY',
  amazon: 'USD',
  ebay: 'USD',
  etsy: 'USD',
  shopify: 'USD',
};

/** The seller's setting first, then the platform's usual currency; undefined: unknown. */
export function currencyFor(platform: string | undefined, shopCurrency?: string): string | undefined {
  const own = shopCurrency?.trim().toUpperCase();
  if (own && /^[A-Z]{3}$/.test(own)) return own;
  return platform ? PLATFORM_CURRENCY[platform] : undefined;
}

function plainAmount(amount: number): string {
  const cents = Math.round(amount * 100);
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** 129元 / ¥129 for yuan, S$29.90 / $29.90 through Intl for others, 29.90 when unknown. */
export function formatMoney(amount: number, currency: string | undefined, locale: Locale): string {
  const n = plainAmount(amount);
  if (!currency) return n;
  if (currency === 'CNY') return locale === 'zh-CN' ? `${n}元` : `¥${n}`;
  try {
    const whole = Math.round(amount * 100) % 100 === 0;
    return new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    // An unknown code the runtime's Intl refuses: the number and the code, never a wrong symbol.
    return `${n} ${currency}`;
  }
}
