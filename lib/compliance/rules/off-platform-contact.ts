/**
 * Contact details written into the message: phone numbers, WeChat ids, QQ numbers,
 * e-mail addresses. A WeChat/QQ id or e-mail is a plain invitation off the platform.
 * A phone number is only a warning: sellers legitimately send a return address that
 * includes the warehouse's phone.
 */
import { patternDetector, type PatternSpec } from './rule-kit.ts';

const patterns: PatternSpec[] = [
  // Mainland mobile, optionally with +86 and with spaces or dashes between groups.
  { re: /(?<![\da-z])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g, severity: 'warn' },
  // Landline: 区号 + number.
  { re: /(?<![\da-z])\(?0\d{2,3}\)?[\s-]?[2-9]\d{6,7}(?!\d)/g, severity: 'warn' },
  // International, written with a leading +.
  { re: /\+(?!86)\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d){6,11}(?!\d)/g, severity: 'warn' },
  // A WeChat id after its label: ids start with a letter, 6–20 characters.
  {
    re: /(?:微信|威信|薇信|v信|(?<![a-z\d])[vw][ .]?x|wechat|weixin|(?<![a-z])v)(?:号|id)?[\s:：是为]*[a-z][-_a-z0-9]{5,19}(?![-_a-z0-9])/g,
    severity: 'block',
  },
  { re: /(?:qq|扣扣|企鹅)(?:号)?[\s:：是为]*[1-9]\d{4,10}(?!\d)/g, severity: 'block' },
  { re: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g, severity: 'block' },
];

export const offPlatformContact = patternDetector(patterns);
