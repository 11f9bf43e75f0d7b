import type { Locale } from '../lib/i18n/localized';

export function formatDateTime(ms: number, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(ms);
}
