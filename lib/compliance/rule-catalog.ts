/** Names, reasons, scope and default severity of each rule, as shown to the seller. */
import type { Platform } from '../db/schemas.ts';
import { localized, type Localized } from '../i18n/localized.ts';
import type { RuleId, Severity } from './types.ts';

export interface RuleInfo {
  name: Localized;
  reason: Localized;
  platforms: readonly Platform[] | 'all';
  severity: Severity;
}

const AMAZON: readonly Platform[] = Object.freeze(['amazon'] as const);

export const RULE_CATALOG: Readonly<Record<RuleId, RuleInfo>> = Object.freeze({
  'off-platform': {
    name: localized('站外引流', 'Moving the buyer off-platform'),
    reason: localized(
      '平台禁止引导买家加微信/QQ、私聊或站外转账付款，违规会被扣分限流。',
      'Platforms forbid sending buyers to WeChat/QQ, private chat or payment outside checkout; the shop gets penalised.',
    ),
    platforms: 'all',
    severity: 'block',
  },
  'off-platform-contact': {
    name: localized('站外引流（联系方式）', 'Moving the buyer off-platform (contact details)'),
    reason: localized(
      '消息中出现手机号、微信号、QQ号或邮箱，会被平台视为站外引流；退货地址里的电话除外，请确认。',
      'A phone number, WeChat/QQ id or e-mail in the message counts as moving the buyer off-platform; a phone in a return address is fine, please check.',
    ),
    platforms: 'all',
    severity: 'block',
  },
  'review-incentive': {
    name: localized('好评返现', 'Rewards for reviews'),
    reason: localized(
      '以返现、红包、礼品等换取好评或晒图，所有平台都禁止。',
      'Offering cashback, red packets or gifts for a (good) review is banned on every platform.',
    ),
    platforms: 'all',
    severity: 'block',
  },
  'fake-orders': {
    name: localized('刷单炒信', 'Fake orders'),
    reason: localized(
      '刷单、补单、刷好评属于虚假交易，平台严厉处罚。',
      'Fake orders and staged reviews are fraudulent transactions and are heavily penalised.',
    ),
    platforms: 'all',
    severity: 'block',
  },
  'absolute-terms': {
    name: localized('广告法极限词', 'Absolute advertising terms'),
    reason: localized(
      '《广告法》禁止使用“最佳、第一、顶级、100%”等绝对化用语，建议换成具体事实。',
      "China's Advertising Law bans absolute terms such as 'best', 'No. 1', 'top-grade', '100%'; state a concrete fact instead.",
    ),
    platforms: 'all',
    severity: 'warn',
  },
  'insult-threat': {
    name: localized('辱骂威胁买家', 'Insulting or threatening the buyer'),
    reason: localized(
      '辱骂、嘲讽或威胁买家会被投诉并受平台处罚，请保持礼貌。',
      'Insulting, mocking or threatening the buyer leads to complaints and platform penalties; stay polite.',
    ),
    platforms: 'all',
    severity: 'block',
  },
  'amazon-positive-review-request': {
    name: localized('亚马逊：索要好评', 'Amazon: asking for a positive review'),
    reason: localized(
      '亚马逊只允许中性地请求评价，不能要求好评/五星，也不能只邀请满意的买家。',
      'Amazon allows only neutral review requests: no asking for positive or 5-star reviews, nor asking only happy buyers.',
    ),
    platforms: AMAZON,
    severity: 'block',
  },
  'amazon-repeat-review-request': {
    name: localized('亚马逊：重复索评', 'Amazon: repeated review request'),
    reason: localized(
      '亚马逊规定每个订单只能请求一次评价，该订单已经请求过。',
      'Amazon allows one review request per order, and this order has already had one.',
    ),
    platforms: AMAZON,
    severity: 'block',
  },
  'amazon-late-review-request': {
    name: localized('亚马逊：超期索评', 'Amazon: review request too late'),
    reason: localized(
      '亚马逊只允许在签收后30天内请求评价，该订单已超过30天。',
      'Amazon allows review requests only within 30 days of delivery, and this order is past that.',
    ),
    platforms: AMAZON,
    severity: 'block',
  },
});
