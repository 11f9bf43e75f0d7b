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

/** Re-exported so callers keep importing prices from the playbooks. */
export { formatAmount, formatMoney as formatPrice } from '../settings/currency';
