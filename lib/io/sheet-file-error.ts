/**
 * A sheet file refused as a whole (a broken CSV quote, a workbook over the size limits, a
 * text file renamed .xlsx). Thrown by the readers and turned into the "nothing was imported"
 * message by readImportFile, so a refused file never reaches the preview.
 */
import type { Localized } from '../i18n/localized';
import { MESSAGES, type MessageKey } from '../i18n/messages';
import { LOCALES } from '../i18n/localized';

type SheetFileKey = Extract<MessageKey, `sheetFile_${string}`>;
export type MessageParams = Record<string, string | number>;

/** A message of lib/i18n/messages.ts in both languages, placeholders filled as text. */
export function sheetFileMessage(key: SheetFileKey, params: MessageParams = {}): Localized {
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
  return Object.fromEntries(LOCALES.map((locale) => [locale, fill(MESSAGES[locale][key])])) as Localized;
}

export class SheetFileError extends Error {
  readonly localized: Localized;
  readonly key: SheetFileKey;
  constructor(key: SheetFileKey, params: MessageParams = {}) {
    const localized = sheetFileMessage(key, params);
    super(localized.en);
    this.name = 'SheetFileError';
    this.key = key;
    this.localized = localized;
  }
}

/** A value quoted in a message: short, on one line. */
export function excerpt(text: string, max = 20): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
