/**
 * Pinyin forms of Chinese text for search: sellers type "baoyou" or just the initials "by"
 * to find 包邮 scripts, and "zs" for 张三. pinyin-pro handles polyphonic characters from
 * context (重庆 → chongqing), which a character table cannot.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

export interface PinyinForms {
  /** Syllables run together, lower case: "baoyouma". Empty when the text has no Chinese. */
  full: string;
  /** First letters: "bym". */
  initials: string;
}

export function pinyinForms(text: string): PinyinForms {
  if (!HAN.test(text)) return { full: '', initials: '' };
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });
  const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z]/g, '')).filter(Boolean);
  return { full: clean.join(''), initials: clean.map((s) => s[0]).join('') };
}

/** Lower case, full-width folded, whitespace removed: how queries and keys are compared. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
