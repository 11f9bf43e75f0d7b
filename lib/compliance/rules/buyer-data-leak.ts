/**
 * Leaking another buyer's personal data (name, phone, address, order) to this buyer. Sellers
 * see every buyer's address; passing one on breaks the platforms' privacy rules and the law.
 * Mentioning that other buyers had the same problem ("其他顾客反馈尺码偏小") is fine: it
 * names no one and gives nothing away.
 */
import { isDisclaimed } from './context.ts';
import { patternDetector, type HitFilter, type PatternSpec } from './rule-kit.ts';

const accept: HitFilter = (text, start, end) => !isDisclaimed(text, start, end);
const OTHER = '(?:上一?(?:个|位)|前一?(?:个|位)|这位|另(?:一|外一?)(?:个|位)|别的|其他|其它|之前(?:那|的)(?:个|位)?|前面(?:那|的)(?:个|位)?|那(?:个|位)|隔壁|同小区的?(?:那|一)?(?:个|位)?)';
const BUYER = '(?:买家|顾客|客户|客人|亲|人|买的人)';
const DATA = '(?:电话|手机|号码|地址|住址|住在|住|叫|姓名|名字|收货信息|收件信息|个人信息|信息|订单|单号)';

const patterns: PatternSpec[] = [
  { re: new RegExp(`${OTHER}${BUYER}[^。!?]{0,8}?${DATA}`, 'g'), accept },
  // Someone else's details given out in the third person: "她的电话是…".
  { re: /(?<![您你我])(?:他|她|他们|她们)的(?:电话|手机号?|地址|住址|微信)(?:是|为|:|：)/g, accept },
  { re: /把(?:他|她|他们|她们)的?(?:电话|手机号?|地址|微信|住址|名字)(?:给|发|告诉)(?:你|您)/g, accept },
  {
    re: /\b(?:other|another|previous|last|different) (?:buyer|customer|client|shopper)(?:'s)?\b[^.!?\n]{0,40}\b(?:address|phone|number|name|email|details|order number)\b/g,
    accept,
  },
  { re: /\b(?:give|send|share|show) you (?:his|her|their) (?:phone|number|address|email|details|name)\b/g, accept },
];

export const buyerDataLeak = patternDetector(patterns);
