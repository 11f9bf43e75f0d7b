/**
 * Values a playbook fills into its reply script. Prices and policy words differ by language,
 * so a value is either one string for both or a Localized pair; `valuesFor` picks the locale
 * just before rendering.
 */
import type { Locale, Localized } from '../i18n/localized';

export type PlaybookValue = string | Localized;
export type PlaybookValues = Readonly<Record<string, PlaybookValue>>;

export function valuesFor(values: PlaybookValues, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    out[name] = typeof value === 'string' ? value : value[locale];
  }
  return out;
}

/** Yuan in cents-exact form: "89", "89.5" → "89.50". */
export function formatAmount(amount: number): string {
  const cents = Math.round(amount * 100);
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** A price as a reply writes it: 89元 / ¥89. */
export function formatPrice(amount: number): Localized {
  const n = formatAmount(amount);
  return { 'zh-CN': `${n}元`, en: `¥${n}` };
}
