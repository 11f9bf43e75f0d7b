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
      '平台禁止引导买家加微信/企业微信/QQ、扫码加好友、私聊或去站外，违规会被扣分限流。',
      'Platforms forbid sending buyers to WeChat, QQ, WhatsApp, a friend-adding QR code, private chat or another website; the shop gets penalised.',
    ),
    platforms: 'all',
    severity: 'block',
  },
  'off-platform-contact': {
    name: localized('站外引流（联系方式）', 'Moving the buyer off-platform (contact details)'),
    reason: localized(
      '消息中出现微信号、QQ号、邮箱或邀请买家联系的手机号，会被平台视为站外引流；退货地址里的电话只作提醒，请确认。',
      'A WeChat/QQ id, an e-mail or a phone number the buyer is invited to call counts as moving the buyer off-platform; a phone in a return address is only a warning, please check.',
    ),
    platforms: 'all',
    severity: 'block',
  },
  'off-platform-payment': {
    name: localized('站外付款', 'Payment outside the platform'),
    reason: localized(
      '引导买家私下转账、付到支付宝/微信/银行卡或扫个人收款码，买家失去平台保障，平台严厉处罚。',
      'Asking the buyer to pay by transfer, to a personal Alipay/WeChat/bank account or PayPal friends-and-family takes away their protection and is heavily penalised.',
    ),
    platforms: 'all',
    severity: 'block',
  },
  'review-incentive': {
    name: localized('好评返现', 'Rewards for reviews'),
    reason: localized(
      '以返现、红包、礼品、折扣、包邮等换取好评、晒图、追评、删差评或确认收货，所有平台都禁止。',
      'Offering cashback, red packets, gifts, discounts or free shipping for a review, photos, removing a bad review or confirming receipt is banned on every platform.',
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
  'buyer-data-leak': {
    name: localized('泄露其他买家信息', "Leaking another buyer's data"),
    reason: localized(
      '不能把其他买家的姓名、电话、地址或订单告诉别人，违反平台隐私规则和个人信息保护法。',
      "Another buyer's name, phone, address or order must never be passed on; it breaks platform privacy rules and data-protection law.",
    ),
    platforms: 'all',
    severity: 'block',
  },
  'complaint-withdrawal-payment': {
    name: localized('花钱撤投诉', 'Paying to withdraw a complaint'),
    reason: localized(
      '问题解决后可以请买家撤销投诉，但不能用钱或红包换撤诉，平台按交易违规处罚。',
      'You may ask a buyer to withdraw a complaint once the problem is solved, but not pay for it; platforms penalise it as a trade violation.',
    ),
    platforms: 'all',
    severity: 'block',
  },
  'medical-claims': {
    name: localized('医疗功效宣传', 'Medical or efficacy claims'),
    reason: localized(
      '普通商品不能宣称治疗、治愈、抗癌、降血压等功效，《广告法》和平台都禁止。',
      'Ordinary goods must not claim to treat, cure, fight cancer or lower blood pressure; advertising law and every platform forbid it.',
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
      '辱骂、嘲讽、威胁买家或扬言公开买家信息，会被投诉并受平台处罚，请保持礼貌。',
      "Insulting, mocking or threatening the buyer, or threatening to publish their details, leads to complaints and platform penalties; stay polite.",
    ),
    platforms: 'all',
    severity: 'block',
  },
  'compensation-promise': {
    name: localized('承诺赔偿金额', 'Promised compensation amount'),
    reason: localized(
      '聊天里写下的赔偿金额（如赔您50元、假一赔十）平台会要求兑现，发送前请确认。',
      'A compensation figure written in chat (e.g. "we pay you 50", "ten times back if fake") binds the shop; check it before sending.',
    ),
    platforms: 'all',
    severity: 'warn',
  },
  'pushy-review-request': {
    name: localized('强求好评', 'Pushy review request'),
    reason: localized(
      '可以温和提醒评价，但不能要求必须五星、禁止差评或反复催评；以好评作为退款售后条件属于胁迫，会被处罚。',
      'A gentle reminder is fine; demanding five stars, forbidding a bad review or nagging is not, and making service depend on the review is coercion.',
    ),
    platforms: 'all',
    severity: 'warn',
  },
  'other-platform': {
    name: localized('提及其他平台', 'Naming another platform'),
    reason: localized(
      '在本平台聊天里提到或引导去其他平台（淘宝、拼多多、京东、抖音等），平台视为导流。',
      'Naming or pointing to another marketplace (Taobao, Pinduoduo, JD, Douyin, Amazon...) in this platform\'s chat counts as steering buyers away.',
    ),
    platforms: 'all',
    severity: 'warn',
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
