import type { Locale, Localized } from './localized';
import { MESSAGES, type MessageKey } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** 'auto' follows the browser: any Chinese UI language gets zh-CN, everything else en. */
export function resolveLocale(setting: 'auto' | Locale, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function createTranslate(locale: Locale): Translate {
  const table = MESSAGES[locale];
  return (key, params) => {
    const template = table[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}
