/**
 * Rewards in exchange for reviews (好评返现 and its relatives), or for confirming receipt
 * early. Every platform bans both: the review stops being a buyer's opinion.
 *
 * Sellers rarely write it in one phrase. "给个五星截图发我，返3元" puts the review in one
 * clause and the money in the next; "好评后下次购买打8折" hides the reward in a future
 * discount. So the rule looks for a review cue and a reward cue near each other (up to two
 * clause breaks apart) rather than for fixed phrases:
 *  - an unmistakable reward (cash, red packet, gift, 返3元) near a review cue is enough;
 *  - a reward that also appears in ordinary replies (coupon, discount, 包邮, refund) counts
 *    only when the wording ties it to the review (后, 凭截图, 下次, 联系客服, "and get"...),
 *    so "满意给个好评哦，店铺优惠券在首页" alone is not flagged.
 * Negated mentions ("我们不做好评返现") and anti-fraud warnings are not violations.
 */
import { between, clauseBreaks, clauseEnd, clauseStart, cues, isDisclaimed, type Cue } from './context.ts';
import type { RawMatch, RuleDetector } from './rule-kit.ts';

const NUM = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)';

/** The buyer's review or receipt confirmation (the thing being paid for). */
const REVIEW_ZH = new RegExp(
  [
    '好评', '五星(?!级)', '5星(?!级)', '买家秀', '五颗星', '5颗星', '满分', '晒图', '晒单', '晒个图', '带图', '配图', '追评', '追加评价', '评价', '评论', '打分',
    '确认(?:一下)?收货(?!地址|信息|人|电话|时间|的地址)', '点(?:个|一下|下)?(?:确认|收货)(?!地址|信息)', '签收确认', '签收(?:后|了)?(?:点)?确认',
  ].join('|'),
  'g',
);
/** Removing or upgrading a bad review: any money near it is a bribe. */
const REVIEW_CHANGE_ZH = /(?:删|改|撤)(?:掉|除|了|一下)?(?:这个|那个)?(?:中差评|差评|中评)|(?:中差评|差评|中评)[^。!?]{0,3}(?:删|改|撤)|改(?:个|成|为)?(?:好评|五星|5星)|撤(?:掉|销|回)?差评|修改评价|把差评/g;
const REVIEW_EN = /\b(?:reviews?|ratings?|feedback|(?:5|five)[- ]?stars?|stars|rate us|rate it)\b/g;
const REVIEW_CHANGE_EN = /\b(?:remove|delete|change|update|revise|edit|take down)\b[^.!?\n]{0,25}\b(?:review|rating|feedback)\b/g;

/** Rewards that are never innocent next to a review. */
const STRONG_REWARD_ZH = new RegExp(
  [
    '返(?![回修厂工程乡校航点货场馈还])', '红包', '抽奖', '现金', '奖励', '奖金', '有礼', '有奖', '礼品', '礼物', '小礼', '赠品', '小样', '免单', '佣金', '补贴', '报销', '白送', '立减',
    `(?:给|送|发|退|补|转|领|拿)(?:取)?(?:您|你)?(?:个|一个)?${NUM}(?:元|块|毛)`, '多(?:放|送|给|寄|赠)', '加送', '赠送', '免费送', `${NUM}(?:元|块)(?:钱)?(?:红包|现金)`,
  ].join('|'),
  'g',
);
/** Rewards that also appear in plain service replies; they need a tie to the review. */
const WEAK_REWARD_ZH = new RegExp(
  [
    '送(?![货达到件回出去修检上])', '优惠券', '(?<!优惠)券', '折扣', '(?:打)?(?:\\d|[一二三四五六七八九])(?:\\.\\d)?折', '打折', '立减', `减${NUM}`, '包邮', '运费险', '优惠',
    '便宜', '会员价', '积分', `${NUM}(?:元|块)`, '免费',
  ].join('|'),
  'g',
);
const STRONG_REWARD_EN = /\b(?:cash ?back|gift ?cards?|free (?:gift|item|product|sample|unit)s?|rebate|rewards?|money back|commission|bonus)\b/g;
const WEAK_REWARD_EN =
  /\b(?:(?<!(?:for|request|ask for|claim) (?:a |an )?)(?:full |partial )?refund(?:ed)?(?: you)?|discount|coupon|voucher|\d+ ?% off|ships? (?:for )?free|free shipping|gift|compensat\w*|pay you|credit|reimburse\w*|free \w+)\b|(?:\$|£|€|rm ?|s\$|₱|฿)\s?\d+|\b\d+ ?(?:dollars|usd|ringgit|pesos|baht)\b/g;

/** Words that tie a reward to the review: a condition, a sequence or a claim procedure. */
const TIE_ZH = /后|的话|即可|就|可(?:以)?(?:领|享|获|得)|凭|截图|下次|下一单|下单|回购|再来|再|都有|的(?:顾客|亲|朋友|买家)|换|私聊|私信|联系客服|找客服|送您|送你|可享/;
const TIE_EN =
  /\b(?:and (?:get|receive|claim|we(?:'ll| will) (?:send|give|refund|pay))|(?:i|we)(?:'ll| will) (?:send|give|refund|pay|offer|reimburse)|screenshot|then|after|in exchange|in return|if you (?:leave|write|give|post|rate|send)|once you|next (?:order|purchase)|to (?:get|receive|claim)|for (?:a |an |your )?(?:honest |positive |good |5[- ]star |five[- ]star )?(?:review|rating|feedback))\b/;

/** The seller handing the buyer something: 给你退运费, 给你寄点零食, 运费给您报销, 返你. */
const GIVE_ZH = /(?:给|帮|替)(?:你|您)(?:退|返|送|补|报销|免|包|多|加|打折|优惠|减)|(?:退|返|送|补|报销|免)(?:你|您)(?!的)|(?:寄|送)(?:点|些)/g;
/** ...unless it is the remedy for a problem ("满意给个好评，有问题给您退换"). */
const REMEDY = /不满意|有问题|问题|坏|破|损|错|漏|少发|质量|退换|换货|售后|如果|万一|瑕疵|色差/;
/** A review cue that asks for the review (not "感谢您的好评", "看到您的差评"). */
const REQUEST_BEFORE = /(?:给|打|留|写|晒|追|点|帮忙|麻烦|请|求|记得|确认|\+|和|并|加)[^。!?]{0,4}$/;
const REQUEST_AFTER = /^(?:后|的话|完|之后|\+|并|和)/;

const ZH_REACH = 24;
const EN_REACH = 70;

interface PairSpec {
  review: RegExp;
  reward: RegExp;
  reach: number;
  maxBreaks: number;
  /** Null: near enough is enough. Otherwise the tie must appear between or around the cues. */
  tie: RegExp | null;
  /** How far before and after the pair the tie word may sit. */
  margin?: readonly [number, number];
}

const PAIRS: PairSpec[] = [
  { review: REVIEW_CHANGE_ZH, reward: new RegExp(`${STRONG_REWARD_ZH.source}|${WEAK_REWARD_ZH.source}|退|转`, 'g'), reach: 30, maxBreaks: 2, tie: null },
  { review: REVIEW_ZH, reward: STRONG_REWARD_ZH, reach: ZH_REACH, maxBreaks: 2, tie: null },
  { review: REVIEW_ZH, reward: WEAK_REWARD_ZH, reach: ZH_REACH, maxBreaks: 2, tie: TIE_ZH },
  { review: REVIEW_CHANGE_EN, reward: new RegExp(`${STRONG_REWARD_EN.source}|${WEAK_REWARD_EN.source}`, 'g'), reach: EN_REACH, maxBreaks: 1, tie: null },
  { review: REVIEW_EN, reward: STRONG_REWARD_EN, reach: EN_REACH, maxBreaks: 1, tie: null },
  { review: REVIEW_EN, reward: WEAK_REWARD_EN, reach: EN_REACH, maxBreaks: 1, tie: TIE_EN, margin: [30, 30] },
];

/** Set phrases that name the practice outright. */
const OUTRIGHT = /好评返现|晒图返现|返现|好评红包|红包换好评|好评有礼|好评有奖|\bcash ?back for (?:a |your )?(?:review|rating)/g;

/** A review cue and a reward this far apart (within a clause the tie is tight by itself). */
function tied(text: string, review: Cue, reward: Cue, spec: PairSpec): boolean {
  const gap = between(text, review, reward);
  if (gap.length > spec.reach || clauseBreaks(gap) > spec.maxBreaks) return false;
  if (spec.tie === null) return true;
  if (gap.length <= 6 && clauseBreaks(gap) === 0) return true;
  const from = Math.min(review.start, reward.start);
  const to = Math.max(review.end, reward.end);
  // The tie word may sit just before the later cue's clause ends: "截图发我，下次包邮".
  const [before, after] = spec.margin ?? [4, 8];
  const around = text.slice(Math.max(0, from - before), Math.min(text.length, to + after));
  return spec.tie.test(around);
}

/** A reward already given ("已经给您退了5元") is compensation, not a price for the review,
 *  unless the wording ties the two. */
const PAST = /(?:已|已经)[^。!?]{0,6}$/;
const isPast = (text: string, reward: Cue) => PAST.test(text.slice(Math.max(0, reward.start - 8), reward.start)) || text[reward.end] === '了';

function detect(text: string): RawMatch[] {
  const hits: RawMatch[] = [];
  const requests = cues(text, REVIEW_ZH).filter(
    (c) => !isDisclaimed(text, c.start, c.end) && (REQUEST_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) || REQUEST_AFTER.test(text.slice(c.end, c.end + 3))),
  );
  for (const give of requests.length > 0 ? cues(text, GIVE_ZH) : []) {
    if (isDisclaimed(text, give.start, give.end)) continue;
    const clause = text.slice(clauseStart(text, give.start), clauseEnd(text, give.end));
    if (REMEDY.test(clause)) continue;
    const review = requests.find((r) => {
      const gap = between(text, r, give);
      return gap.length <= ZH_REACH && clauseBreaks(gap) <= 2;
    });
    if (review) hits.push({ start: Math.min(review.start, give.start), end: Math.max(review.end, give.end) });
  }
  for (const c of cues(text, OUTRIGHT)) if (!isDisclaimed(text, c.start, c.end)) hits.push({ start: c.start, end: c.end });
  for (const spec of PAIRS) {
    const reviews = cues(text, spec.review).filter((c) => !isDisclaimed(text, c.start, c.end));
    if (reviews.length === 0) continue;
    const rewards = cues(text, spec.reward).filter((c) => !isDisclaimed(text, c.start, c.end));
    for (const review of reviews) {
      for (const reward of rewards) {
        if (reward.start < review.end && reward.end > review.start) continue;
        const strict = spec.tie === null && isPast(text, reward) ? { ...spec, tie: /[a-z]/.test(reward.text) ? TIE_EN : TIE_ZH } : spec;
        if (tied(text, review, reward, strict)) {
          hits.push({ start: Math.min(review.start, reward.start), end: Math.max(review.end, reward.end) });
        }
      }
    }
  }
  return hits;
}

export const reviewIncentive: RuleDetector = { detect: (view) => detect(view.text) };
