/**
 * Fake orders (刷单) and empty parcels (空包): purchases staged to inflate sales or ratings,
 * often with nothing shipped. Sellers rarely say 刷单 to a buyer; they say "拍一单不发货",
 * "帮我们补个单", "走空包", "拍了我全额退" — an order paired with no goods or with the money
 * coming back. A buyer who received an empty parcel (您收到的是空包裹吗) and a postage top-up
 * link (补邮费的链接) are ordinary after-sales.
 */
import { between, clauseBreaks, cues, isDisclaimed } from './context.ts';
import { scan, type PatternSpec, type RawMatch, type RuleDetector } from './rule-kit.ts';

const accept = (text: string, start: number, end: number): boolean => !isDisclaimed(text, start, end);

const PHRASES: PatternSpec[] = [
  { re: /刷单|刷(?:几|一|个|两|三)?单|刷好评|刷销量|刷信誉|刷评|刷手|冲(?:一下|一波|点)?销量|冲(?:个|一|几)单|跑腿费|做单|虚假交易|虚假发货|拍单返|代拍|假单(?!号)|礼品单|礼品代发|(?<![a-z])s单/g, accept },
  { re: /(?:帮(?:忙|我|我们)?|来)?补(?:个|一|一个|几)?单(?!链接|的链接|邮费|差价)/g, accept },
  { re: /(?:发|走|寄|用|代发)(?:个|一个)?空(?:包|包裹|单|盒子?|箱子?|快递|信封|件)|空包(?:单|网|代发|发货)/g, accept },
  // 空包 on its own is the trade term; a buyer's empty parcel is 空包裹/空包装, or asked about (收到空包了吗).
  { re: /空包(?![裹装])/g, accept: (text, start, end) => accept(text, start, end) && !/(?:收到|是|成了|变成)(?:的是|了|个)?$/.test(text.slice(Math.max(0, start - 5), start)) && !/^(?:了?吗|了)/.test(text.slice(end)) },
  { re: /拍(?:一|个|两|几)单[^。!?]{0,6}不(?:发货|发|寄|用等货)|拍(?:下|完)(?:后)?(?:我们)?不(?:发货|发|寄)(?!的话)|不发货[^。!?]{0,3}(?:拍|下单)|拍了?(?:我|就)?(?:全额|全款)(?:退|返)/g, accept },
  // English
  { re: /\bfake (?:orders?|reviews?|purchases?|sales|transactions?)\b|\b(?:order|review) brushing\b|\bbrushing\b|\bbrush(?:ing)? (?:orders?|reviews?)\b/g, accept },
  { re: /\bempty (?:box|package|parcel|envelope)\b[^.!?\n]{0,40}\b(?:ship|send|sent|refund)|\b(?:ship|send)s? (?:you )?(?:an? )?empty (?:box|package|parcel|envelope)\b/g, accept },
  { re: /\b(?:pay|give) you (?:\$|£|€|rm ?)?\d+ (?:per|for each|a) order\b|\bboost (?:our |my |the )?(?:ranking|sales|rating|orders)s?\b[^.!?\n]{0,60}\b(?:back|refund|pay|tip|commission)|\b(?:full|whole) (?:amount|price|payment) back\b|\b(?:package|box|parcel|envelope) (?:will be|is going to be) empty\b|\b(?:refund (?:you )?everything|full refund)\b[^.!?\n]{0,60}\bboosts? (?:our |my )?(?:sales|ranking|rating)s?\b/g, accept },
  { re: /\b(?:place|make) an order\b[^.!?\n]{0,60}\b(?:refund you|no need to ship|won't ship|not ship|pay you)\b/g, accept },
];

/** An order placed… and the money handed back or paid for, with no goods: the staged sale. */
const ORDER_CUE = /帮(?:忙|我|我们)?(?:拍|下(?:个|一)?单|买)|拍(?:一|个|几)单|拍下|拍完|拍了(?!照|图|视频|张|个照)|下(?:一)?单|买(?:一|个)单/g;
const MONEY_BACK = /原路返(?!回)|全额返(?:款|还|钱|现)|返(?:还)?本金|(?:返|退)(?:你|您)(?:全款|本金)|佣金|(?:钱|本金)[^。!?]{0,8}(?:返|退|转)(?:给)?(?:你|您)|不用(?:真的?)?收货|辛苦费|一单(?:给|返|\d)|不用等货|不用收货|每单(?:再)?(?:给|返|\d)|(?:钱|款)?(?:给你|给您)?退回来|(?:不用|无需|不会|不需要)(?:真的?)?(?:发货|寄货|发)|(?:我们|我)不发(?:货)?|退款给(?:你|您)|退给(?:你|您)/g;

function detect(text: string): RawMatch[] {
  const hits = scan(text, PHRASES);
  const orders = cues(text, ORDER_CUE);
  for (const money of cues(text, MONEY_BACK)) {
    if (isDisclaimed(text, money.start, money.end)) continue;
    const order = orders.find((o) => {
      const gap = between(text, o, money);
      return gap.length <= 20 && clauseBreaks(gap) <= 2;
    });
    if (order) hits.push({ start: Math.min(order.start, money.start), end: Math.max(order.end, money.end) });
  }
  return hits;
}

export const fakeOrders: RuleDetector = { detect: (view) => detect(view.text) };
