/**
 * The order confirmation: goods, amount and address read back to the buyer from the order, so
 * a wrong address or size is caught before packing. Offered when the buyer asks to check the
 * order, or when they say they have just ordered or paid. Only what the order holds is read
 * back; the scripts without an address (or amount) ask the buyer to check those on the order
 * page rather than guessing them.
 */
import type { Localized } from '../i18n/localized';
import { orderFactsFromRecord } from '../assist/fill-values';
import { buyerSpokeLast, lastBuyerText } from './conversation-cues';
import type { FlowConversation, FlowPlaybook, FlowVerdict } from './flow-types';

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

const ASKS_TO_CHECK = [
  /核对|确认(一下)?(订单|地址|信息|收货)|地址(对|没错|正确)(吗|不)|帮我看(一)?下(订单|地址)|订单(信息)?(对|没错|正确)吗|(看|查)(一)?下我(的)?(订单|地址)/,
  /\bconfirm (my|the) (order|address|details)\b|\bis (my|the) address (right|correct)\b|\bcheck my (order|address)\b|\bdouble-?check (my|the) order\b/i,
] as const;
const JUST_ORDERED = [/^(已|刚)?(拍|下单|付款|付)(了|好了|啦)|已(经)?(拍|付款|下单)|(拍|付|下单)好了/, /\b(just )?(ordered|paid|placed (the|my|an) order|checked out)\b/i] as const;

const said = (text: string, cue: readonly [RegExp, RegExp]) => cue[0].test(text) || cue[1].test(text);

export function decideOrderConfirmation(c: FlowConversation): FlowVerdict | null {
  if (!c.order || !buyerSpokeLast(c)) return null;
  const stage = orderFactsFromRecord(c.order).stage;
  if (stage !== 'unpaid' && stage !== 'paid') return null;
  const text = lastBuyerText(c) ?? '';
  const asked = said(text, ASKS_TO_CHECK);
  if (!asked && !said(text, JUST_ORDERED)) return null;
  return {
    id: 'order_confirmation',
    case: asked ? 'buyer_asked' : 'after_order',
    decision: 'confirm',
    advice: say(
      '发货前把商品、金额、收货地址和买家核对一遍：只念订单上有的，没有的请买家在订单页核对。地址有误就在发货前改好。',
      'Before shipping, read the goods, amount and delivery address back to the buyer: only what the order holds; ask them to check anything else on the order page. Fix a wrong address before it ships.',
    ),
    replyGroups: ['flow.order_confirmation'],
    values: {},
    tasks: [],
  };
}

export const orderConfirmationPlaybook: FlowPlaybook = { id: 'order_confirmation', decide: decideOrderConfirmation };
