/**
 * Name detection. A labelled name (收货人/姓名/联系人/Name:) wins. Otherwise a 2–4
 * character Chinese name next to a phone or at the head of an address line, or an English
 * name on its own line. Address fragments, honorifics alone (先生/女士) and chat words are
 * never names: a wrong name in the archive is worse than none.
 */
const LABEL =
  /(?:收货人|收件人|姓名|联系人|名字|买家姓名|consignee|recipient|full\s*name|(?<![a-z])name)\s*[:：]\s*([^\n,，;；:：|/]*?)(?=\s*(?:[,，;；|/\n]|手机|电话|联系电话|座机|固话|地址|收货地址|phone|tel|mobile|address|$))/i;

const HAN_NAME = /^[\u4e00-\u9fa5]{2,4}$/;
const WITH_HONORIFIC = /^[\u4e00-\u9fa5]{1,2}(?:先生|女士|小姐)$/;
const HONORIFIC_ONLY = /^(?:先生|女士|小姐|老师|同学|亲|亲亲|老板|买家|顾客|客户)$/;
/** Characters that make a token an address fragment, a label or chat, not a name. */
// 谢 is left out: it is a common surname (谢娜); 谢谢 is caught by NOT_NAME_WORDS.
const NOT_NAME_CHARS = /[省市区县镇乡村路街道号楼栋室弄巷园店仓库码邮编址话机货件好的吗呢吧啊了您你我他她这那么什收发快递]/;
const NOT_NAME_WORDS = /^(?:默认|地址|电话|手机|姓名|备注|订单|宝贝|亲爱的|客服|售后)|谢谢|多谢|感谢/;

const EN_NAME = /^[A-Z][a-z'’-]+(?:\s+[A-Z]\.?|\s+[A-Z][a-z'’-]+){1,3}$/;
const EN_NOT_NAME = /\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|blvd|way|court|ct|suite|apt|floor|phone|tel|mobile|order|tracking|thanks|hello|hi|dear)\b/i;

const LABELLED_HAN = /^[\u4e00-\u9fa5]{1,8}(?:·[\u4e00-\u9fa5]{1,8})*$/;

/** The name after a label, with where the label+value stand so they can be blanked. */
export function labelledName(text: string): { name: string; start: number; end: number } | undefined {
  const m = LABEL.exec(text);
  const value = m?.[1]?.trim();
  if (!m || !value) return undefined;
  // The label vouches for a name, so minority names with · and 5–8 characters pass here.
  const plausible =
    isPlausibleName(value) || (LABELLED_HAN.test(value) && value.length >= 2 && !/[省市区县路号]/.test(value));
  return plausible ? { name: value, start: m.index, end: m.index + m[0].length } : undefined;
}

export function isPlausibleName(token: string): boolean {
  const t = token.trim();
  if (!t || HONORIFIC_ONLY.test(t)) return false;
  if (WITH_HONORIFIC.test(t)) return true;
  if (HAN_NAME.test(t)) return !NOT_NAME_CHARS.test(t) && !NOT_NAME_WORDS.test(t);
  return isEnglishName(t);
}

export function isEnglishName(line: string): boolean {
  const t = line.trim();
  return EN_NAME.test(t) && !EN_NOT_NAME.test(t);
}

/** Tokens a Chinese name could be: what remains between separators once entities are blanked. */
export function nameTokens(text: string): { token: string; start: number; end: number }[] {
  const tokens: { token: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\s,，;；:：|/()（）【】[\]]+/g)) {
    tokens.push({ token: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
