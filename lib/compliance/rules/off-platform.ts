/**
 * Moving the buyer off the platform: asking them onto WeChat/QQ/WhatsApp, private chat,
 * or paying outside the platform's checkout. Platforms penalise this because it takes the
 * trade out of their protection (and their fee).
 */
import { patternDetector, type PatternSpec } from './rule-kit.ts';

/** WeChat and its usual filter-dodging spellings. */
const WECHAT = '(?:微信|威信|薇信|徽信|维信|v信|(?<![a-z\\d])[vw][ .]?x|weixin|wechat|微(?![量笑波调辣甜热凉软博商店小]))';
const CHAT_APP = `(?:${WECHAT}|qq|扣扣|企鹅号?|whatsapp|telegram|飞机号|v(?![a-z0-9]))`;
const NOT_LATIN_AFTER = '(?![a-z])';

const patterns: PatternSpec[] = [
  // 加微信 / 加个V / 加我qq / +vx
  { re: new RegExp(`(?:加|➕|\\+)(?:个|一下|下|上|我|我的|好友)?${CHAT_APP}${NOT_LATIN_AFTER}`, 'g') },
  // 我的微信 / 客服vx / 微信号 / 微信群 / v信联系
  { re: new RegExp(`(?:我|我们|本店|店主|客服|老板)的?${WECHAT}${NOT_LATIN_AFTER}`, 'g') },
  { re: new RegExp(`${WECHAT}(?:号|群|上|私聊|联系|找我|详聊|沟通|聊)`, 'g') },
  { re: /(?:qq|扣扣)(?:号|群|联系|找我|聊)/g },
  { re: /私聊|私信我|私下(?:交易|联系|转|付|沟通|聊)|线下(?:交易|付款|支付|转账|联系|见面|成交)/g },
  { re: /(?:手机号?|电话|打我电话|来电)联系|联系(?:我的?)?(?:手机|电话)(?!客服)/g },
  // Paying outside checkout. 微信支付 alone is a normal checkout method on some platforms,
  // so only transfers and red packets are flagged.
  { re: /转账|转给我|打款(?:到|给)|支付宝(?:转|扫码|账号|付给我)|微信(?:转|红包)|直接付给我|银行卡(?:转|汇|打)|汇款/g },
  // English
  { re: /\badd (?:me|us) (?:on|at|via)\b/g },
  { re: /\b(?:whatsapp|telegram|wechat|viber|kakaotalk)\b/g },
  { re: /\b(?:contact|reach|email|text|call|message|dm) (?:me|us) (?:directly|outside|privately|at|on|via)\b/g },
  {
    re: /\bpay(?:ment|ing)?\b[^.!?\n]{0,40}\b(?:outside|directly|off (?:the )?(?:platform|site|app)|friends (?:and|&) family)\b/g,
  },
  {
    re: /\b(?:paypal|venmo|zelle|cash ?app|western union|wire transfer|bank transfer)\b[^.!?\n]{0,40}\b(?:outside|directly|off (?:the )?(?:platform|site|amazon|ebay|etsy|shopee))\b/g,
  },
  { re: /\b(?:outside|off) (?:of )?(?:the )?(?:platform|amazon|ebay|etsy|shopee|site)\b/g },
];

export const offPlatform = patternDetector(patterns);
