/**
 * Prices as a reply template writes them. The fill values take any ISO 4217 code the caller
 * hands over; the currencies the shop settings know (defaults, symbols, whole units) are
 * lib/settings/currency.ts, so a reply writes RM45 whichever path filled it.
 */
import type { Locale } from '../i18n/localized';
import { platformSchema } from '../db/schemas';
import { currencyFor as platformCurrency, formatAmount, isCurrency, moneyIn } from '../settings/currency';

/** The seller's setting ('auto' or empty: none), then the platform's usual currency, else yuan. */
export function currencyFor(platform: string | undefined, shopCurrency?: string): string {
  const own = shopCurrency?.trim().toUpperCase();
  if (own && /^[A-Z]{3}$/.test(own)) return own;
  const known = platformSchema.safeParse(platform);
  return known.success ? platformCurrency(known.data, 'auto') : 'CNY';
}

/** 129元 / ¥129 for yuan; RM45, S$45, $29.90 for others; "45 CHF" for a code without a symbol here. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return isCurrency(currency) ? moneyIn(amount, currency, locale) : `${formatAmount(amount)} ${currency}`;
}
