/**
 * Leaking another buyer's personal data (name, phone, address, order) to this buyer. Sellers
 * see every buyer's address; passing one on breaks the platforms' privacy rules and the law.
 * Mentioning that other buyers had the same problem ("其他顾客反馈尺码偏小") is fine: it
 * names no one and gives nothing away.
 */
import { isDisclaimed } from './context.ts';
import { scan, type HitFilter, type PatternSpec, type RuleDetector } from './rule-kit.ts';

const accept: HitFilter = (text, start, end) => !isDisclaimed(text, start, end);
const OTHER = '(?:上一?(?:个|位)|前一?(?:个|位)|这位|另(?:一|外一?)(?:个|位)|别的|其他|其它|之前(?:那|的)?(?:个|位)?|前面(?:那|的)(?:个|位)?|刚才(?:那|的)?(?:个|位)?|那(?:个|位)|隔壁|同小区的?(?:那|一)?(?:个|位)?)';
const BUYER = '(?:买家|顾客|客户|客人|亲|人|买的人)';
const DATA = '(?:电话|手机|号码|地址|住址|住在|住|叫|姓名|名字|收货信息|收件信息|个人信息|联系方式|信息|订单|单号)';

const patterns: PatternSpec[] = [
  { re: new RegExp(`${OTHER}[\\u4e00-\\u9fa5]{0,4}?${BUYER}[^!?]{0,10}?${DATA}`, 'g'), accept },
  // Someone else's details given out in the third person: "她的电话是…".
  { re: /(?<![您你我])(?:他|她|他们|她们)的(?:电话|手机号?|地址|住址|微信)(?:是|为|:|：)/g, accept },
  { re: /把(?:他|她|他们|她们)的?(?:电话|手机号?|地址|微信|住址|名字)(?:给|发|告诉)(?:你|您)/g, accept },
  {
    re: /\b(?:other|another|previous|last|different) (?:buyer|customer|client|shopper)(?:'s)?\b[^.!?\n]{0,40}\b(?:address|phone|number|name|email|details|order number)\b/g,
    accept,
  },
  { re: /\b(?:give|send|share|show) you (?:his|her|their) (?:phone|number|address|email|details|name)\b/g, accept },
];

/** Someone else (他/她) with a detail that identifies them: where they live, a name, phone digits.
 *  Couriers and colleagues are also 他/她 and their work numbers are not buyer data. */
const THIRD_PERSON = /(?<![其您你我])(?:他|她)(?:也|家|们)?[^!?]{0,14}?(?:住(?:在)?|手机号?|电话|地址|尾号|叫[\u4e00-\u9fa5]{2,3}(?=$|[。!?]))/g;
const NOT_A_BUYER = /快递|小哥|师傅|司机|骑手|客服|同事|仓库|老板|厂家|医生/;

export const buyerDataLeak: RuleDetector = {
  detect: (view) => {
    const text = view.text;
    const hits = scan(text, patterns);
    if (!NOT_A_BUYER.test(text)) hits.push(...scan(text, [{ re: THIRD_PERSON, accept }]));
    return hits;
  },
};
