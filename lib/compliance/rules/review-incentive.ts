/**
 * Rewards in exchange for reviews (好评返现 and its relatives). Every platform bans it.
 * Matching is clause-local: a reward word must follow a review word within the same clause,
 * so "送货很快，麻烦给个好评" (delivery, then a plain request) is not flagged.
 */
import { patternDetector, type PatternSpec } from './rule-kit.ts';

const REVIEW = '(?:好评|五星|5星|晒图|带图|追评|评价|评论)';
const REWARD = '(?:返现|返利|返钱|返(?![回修厂工还])|送(?![货达到件回出])|有礼|有奖|红包|奖励|礼品|礼物|小礼|赠品|现金|优惠券|补贴|立减|退\\d*元|\\d+元)';
const SAME_CLAUSE = '[^。!?！？;；\\n]';

const EN_REWARD =
  '(?:cash ?back|refund|rebate|gift|reward|coupon|discount|voucher|money back|free (?:gift|item|product|sample)|\\$\\d+|payment|compensation)';

const patterns: PatternSpec[] = [
  { re: /好评返现|返现|返现金|好评红包|红包换好评/g },
  { re: new RegExp(`${REVIEW}${SAME_CLAUSE}{0,8}?${REWARD}`, 'g') },
  { re: new RegExp(`(?:返现|返利|红包|礼品|礼物|现金|奖励|优惠券)${SAME_CLAUSE}{0,8}?(?:换|求|买)(?:个|一个)?${REVIEW}`, 'g') },
  {
    re: new RegExp(
      `\\b${EN_REWARD}\\b[^.!?\\n]{0,40}\\b(?:for|in exchange for|in return for|if you (?:leave|write|give|post))\\b[^.!?\\n]{0,30}\\b(?:review|rating|feedback)s?\\b`,
      'g',
    ),
  },
  {
    re: new RegExp(
      `\\b(?:review|rating|feedback)\\b[^.!?\\n]{0,25}\\b(?:to|and|then) (?:you )?(?:get|receive|claim|earn|we(?:'ll| will) (?:send|give|refund|pay))\\b`,
      'g',
    ),
  },
  { re: /\bin exchange for (?:a |an |your )?(?:positive |good |honest |5[- ]star |five[- ]star )?(?:review|rating)\b/g },
];

export const reviewIncentive = patternDetector(patterns);
