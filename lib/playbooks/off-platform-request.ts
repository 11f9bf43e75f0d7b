/**
 * "加个微信": a buyer asking to move to WeChat, QQ, a phone call or a private transfer. Every
 * marketplace penalises sellers who move buyers off the platform (and the buyer loses the
 * platform's protection), so the answer is a friendly no that keeps the conversation here.
 * Obfuscated ids (vx, 威信, 薇❤) count too.
 */
import type { Localized } from '../i18n/localized';
import { buyerSpokeLast, lastBuyerText } from './conversation-cues';
import type { FlowConversation, FlowPlaybook, FlowVerdict } from './flow-types';

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

const CHANNEL = '(微信|薇信|威信|維信|v信|vx|wx|weixin|q\\s*q|扣扣|企鹅)';
const ASKS = [
  new RegExp(
    `(加|留|给|发|私)(个|一下|我)?.{0,3}(${CHANNEL.slice(1, -1)}|电话|手机号|联系方式)|${CHANNEL}\\s*(号)?(多少|是啥|是什么|发我|给我)|私聊|私下(交易|转账|付款|联系)|(转账|支付宝|微信)(付|转)(给你|过去)|加你(好友)?`,
    'i',
  ),
  /\b(whatsapp|wechat|telegram|line id|instagram|facebook|messenger)\b|\byour (phone|mobile|number|email)\b|\b(contact|message|pay) you (outside|directly|off)\b|\bpaypal me\b|\bpay (you )?(directly|outside)\b/i,
] as const;

export function decideOffPlatformRequest(c: FlowConversation): FlowVerdict | null {
  if (!buyerSpokeLast(c)) return null;
  const text = lastBuyerText(c) ?? '';
  if (!(ASKS[0].test(text) || ASKS[1].test(text))) return null;
  return {
    id: 'off_platform_request',
    case: 'asks_contact',
    decision: 'refuse',
    advice: say(
      '买家要加微信/电话或私下付款：礼貌拒绝，说明只在平台内沟通和付款，这也保护买家。不要发任何联系方式或收款码，平台会处罚。',
      'The buyer wants another channel or a private payment: decline politely and keep the chat and the payment on the platform, which protects the buyer too. Never send contact details or a payment code; platforms penalise it.',
    ),
    replyGroups: ['flow.off_platform_refusal'],
    values: {},
    tasks: [],
  };
}

export const offPlatformRequestPlaybook: FlowPlaybook = { id: 'off_platform_request', decide: decideOffPlatformRequest };
