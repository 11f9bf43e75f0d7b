/**
 * Contact details written into the message: WeChat ids, QQ numbers, e-mail addresses and
 * phone numbers, including the dodged spellings (spaced or full-width digits, QQ written in
 * Chinese numerals, an id after 威信/薇❤信/v).
 *
 * An id or e-mail is a plain invitation off the platform (block). A phone number alone is
 * only a warning: sellers legitimately send a return address with the warehouse's phone. It
 * blocks when the words around it invite the buyer to call or add it (加, 打, 联系我, 同号).
 * Digit runs that are order, tracking or pick-up numbers are not phones.
 */
import { isDisclaimed } from './context.ts';
import { scan, type HitFilter, type PatternSpec, type RawMatch, type RuleDetector } from './rule-kit.ts';

const NOT_DIGIT_AFTER = '(?![\\s-]?\\d)';

/** Labels that make a digit run an order, tracking or pick-up number, not a phone. */
const ID_LABEL = /(?:单号|订单|编号|运单|快递|物流|取件码|尾号|工单|售后单|退款号|order|tracking|parcel|#|no\.?)[\s:：#是为]*$/;
/** Words that turn a phone number into an invitation to call or add it. */
const INVITE_NEAR = /加|打|拨|联系我|找我|同号|微|v|qq|支付宝|收款|call|text|whatsapp|reach me|contact me/;

const phone: HitFilter = (text, start) => !ID_LABEL.test(text.slice(Math.max(0, start - 10), start));

const PHONES: PatternSpec[] = [
  // Mainland mobile, optionally with +86 and with spaces or dashes between digits.
  { re: new RegExp(`(?<![\\da-z])(?:\\+?86[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d){8}${NOT_DIGIT_AFTER}`, 'g'), accept: phone },
  // Landline: 区号 + number.
  { re: new RegExp(`(?<![\\da-z])\\(?0\\d{2,3}\\)?[\\s-]?[2-9]\\d{6,7}${NOT_DIGIT_AFTER}`, 'g'), accept: phone },
  // International, written with a leading +, and North American numbers (415-555-0199).
  { re: new RegExp(`\\+(?!86)\\d{1,3}[\\s-]?\\(?\\d{1,4}\\)?(?:[\\s-]?\\d){6,11}${NOT_DIGIT_AFTER}`, 'g'), accept: phone },
  { re: new RegExp(`(?<![\\d-])\\(?[2-9]\\d{2}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}${NOT_DIGIT_AFTER}`, 'g'), accept: phone },
];

const accept: HitFilter = (text, start, end) => !isDisclaimed(text, start, end);
const CN_DIGITS = '[零〇一二三四五六七八九幺两]';

const IDS: PatternSpec[] = [
  // A WeChat (or second-account) id after its label: ids start with a letter, 6–20 characters.
  {
    re: /(?:(?:微信|威信|薇信|徽信|维信|卫星|v信|企业微信|企微|微|薇|小号)(?:号|id)?(?:是|为|:|：|搜)?\s?|(?<![a-z\d])(?:v[ .]?x|w[ .]?x|v|wechat|weixin)(?:号|id)?(?:[:：]\s?|\s(?:id\s)?|号|是|搜)|(?<![a-z\d])(?:vx|wx)(?=[a-z]))[a-z][-_a-z0-9]{5,19}(?![-_a-z0-9])/g,
    accept,
  },
  { re: new RegExp(`(?:qq|扣扣|企鹅)(?:号|群)?[\\s:：是为]*(?:[1-9]\\d{4,10}(?!\\d)|${CN_DIGITS}{5,11})`, 'g'), accept },
  // A mobile number spelled in Chinese numerals has no innocent use in a reply.
  { re: new RegExp(`(?:一|幺)[三四五六七八九]${CN_DIGITS}{9}(?!${CN_DIGITS})`, 'g'), accept },
  { re: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g, accept },
  { re: /(?<![a-z])@[a-z0-9_.]{3,30}\b/g, accept },
];

function detect(text: string): RawMatch[] {
  const hits: RawMatch[] = scan(text, IDS);
  for (const m of scan(text, PHONES)) {
    const near = text.slice(Math.max(0, m.start - 8), Math.min(text.length, m.end + 4));
    hits.push({ ...m, severity: INVITE_NEAR.test(near.replace(text.slice(m.start, m.end), '')) ? 'block' : 'warn' });
  }
  return hits;
}

export const offPlatformContact: RuleDetector = { detect: (view) => detect(view.text) };
