import { describe, expect, it } from 'vitest';
import { LOCALES, localized } from '../../../lib/i18n/localized';
import { MESSAGES, type MessageKey } from '../../../lib/i18n/messages';
import { createTranslate, pick, resolveLocale } from '../../../lib/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const zhKeys = Object.keys(MESSAGES['zh-CN']).sort();

describe('message tables', () => {
  it('both locales have exactly the same keys', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(MESSAGES.en).sort()).toEqual(zhKeys);
    expect(zhKeys.length).toBeGreaterThan(50);
  });

  it('no message is empty or only whitespace', () => {
    for (const locale of LOCALES) {
      const empty = Object.entries(MESSAGES[locale]).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
      expect(empty.map(([key]) => `${locale}:${key}`)).toEqual([]);
    }
  });

  it('each key has the same placeholders in zh-CN and en', () => {
    const mismatched = zhKeys.filter(
      (key) => placeholders(MESSAGES['zh-CN'][key as MessageKey]).join() !== placeholders(MESSAGES.en[key as MessageKey]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('braces are only ever placeholders (no stray or unbalanced braces)', () => {
    for (const locale of LOCALES) {
      const odd = Object.entries(MESSAGES[locale]).filter(([, text]) => text.replace(/\{\w+\}/g, '').match(/[{}]/));
      expect(odd.map(([key]) => `${locale}:${key}`)).toEqual([]);
    }
  });

  it('the English table has no untranslated Chinese', () => {
    const chinese = Object.entries(MESSAGES.en).filter(([, text]) => /\p{Script=Han}/u.test(text));
    // The product's own name is allowed to appear in Chinese.
    expect(chinese.filter(([, text]) => !text.includes('售后助手')).map(([key]) => key)).toEqual([]);
  });
});

describe('createTranslate', () => {
  const key = zhKeys.find((k) => placeholders(MESSAGES.en[k as MessageKey]).length > 0) as MessageKey;
  const name = placeholders(MESSAGES.en[key])[0]!;

  it('returns the message of the chosen locale', () => {
    expect(createTranslate('zh-CN')('appName')).toBe('售后助手');
    expect(createTranslate('en')('save')).toBe(MESSAGES.en.save);
    expect(createTranslate('en')('save')).not.toBe(MESSAGES['zh-CN'].save);
  });

  it('substitutes every occurrence of a parameter, numbers included', () => {
    expect(key).toBeDefined();
    const out = createTranslate('en')(key, { [name]: 'XYZ' });
    expect(out).toContain('XYZ');
    expect(out).not.toContain(`{${name}}`);
    expect(createTranslate('zh-CN')(key, { [name]: 3 })).toContain('3');
  });

  it('leaves placeholders without a value as they are, and ignores extra parameters', () => {
    expect(createTranslate('en')(key, {})).toBe(MESSAGES.en[key]);
    expect(createTranslate('en')(key, { unrelated: 'x' })).toContain(`{${name}}`);
    expect(createTranslate('en')('save', { unrelated: 'x' })).toBe(MESSAGES.en.save);
  });

  it('inserts values as plain text, even when they look like placeholders or replacement patterns', () => {
    const out = createTranslate('en')(key, { [name]: '$& {other} $1' });
    expect(out).toContain('$& {other} $1');
  });

  it('does not take parameter names from the prototype', () => {
    const proto = createTranslate('en');
    const text = proto(key, Object.create({ [name]: 'inherited' }) as Record<string, string>);
    expect(text).toContain(`{${name}}`);
  });
});

describe('resolveLocale', () => {
  it.each([
    ['zh-TW', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['ZH-hk', 'zh-CN'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
  ] as const)("'auto' with browser language %j gives %s", (browser, expected) => {
    expect(resolveLocale('auto', browser)).toBe(expected);
  });

  it('an explicit choice wins over the browser', () => {
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(resolveLocale('zh-CN', 'en-US')).toBe('zh-CN');
  });
});

describe('localized and pick', () => {
  it('builds both languages and picks one', () => {
    const text = localized('已发货', 'Shipped');
    expect(text).toEqual({ 'zh-CN': '已发货', en: 'Shipped' });
    expect(pick(text, 'zh-CN')).toBe('已发货');
    expect(pick(text, 'en')).toBe('Shipped');
  });
});
