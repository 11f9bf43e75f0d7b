/** The product's two languages. zh-CN is the default; en follows it in every string. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A user-facing text produced by domain logic (lib/), in both languages. */
export type Localized = Readonly<Record<Locale, string>>;

export function localized(zh: string, en: string): Localized {
  return { 'zh-CN': zh, en };
}
