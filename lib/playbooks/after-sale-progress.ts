/**
 * "我的售后到哪一步了": the reply states only what the order's data holds. A refunded order
 * says the refund went out (the data says so); anything else says what happens next and by
 * when, with a follow-up planned for that time, instead of inventing a status.
 */
import type { Localized } from '../i18n/localized';
import { deadlineText, orderFactsFromRecord } from '../assist/fill-values';
import { buyerSpokeLast, lastBuyerText, ruleFor } from './conversation-cues';
import { parcelRefusedOrReturned } from './logistics';
import type { FlowConversation, FlowPlaybook, FlowVerdict } from './flow-types';
import { responseDeadline } from './response-deadline';

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

const ASKS = [
  /售后(到|进行到|处理到)?(哪(一步|了|儿)|什么(程度|阶段))|售后(怎么样|进度|处理得?怎么样|啥情况|有结果)|退款(怎么)?(还没|什么时候|啥时候|进度|到哪|到了吗|好了吗)|退款到(账)?了(吗|没)|钱(什么时候|啥时候|多久)(能)?(退|到)|退货(收到|到)了(吗|没)|换货(什么时候|进度|发了吗)|(处理|审核)(得)?怎么样了/,
  /\b(refund|return|exchange|claim|case)\b.{0,20}\b(status|progress|update)\b|\bwhere('?s| is) my (refund|return|exchange)\b|\bwhen (will|do) I get (my|the) (refund|money)\b|\bany (update|news) on (my|the) (refund|return|exchange|claim)\b|\bdid you (get|receive) (my|the) return\b/i,
] as const;

export function decideAfterSaleProgress(c: FlowConversation): FlowVerdict | null {
  if (!buyerSpokeLast(c)) return null;
  const text = lastBuyerText(c) ?? '';
  if (!(ASKS[0].test(text) || ASKS[1].test(text))) return null;
  // A refused parcel on its way back is the logistics flow's case, money question or not.
  if (parcelRefusedOrReturned(text)) return null;
  const stage = c.order ? orderFactsFromRecord(c.order).stage : undefined;
  if (stage === 'refunded') {
    return {
      id: 'after_sale_progress',
      case: 'refund_done',
      decision: 'inform',
      advice: say(
        '订单记录显示已退款：告诉买家已原路退回，到账时间取决于支付渠道；几天后还没到就请买家截图，跟平台核实。',
        'The order shows refunded: tell the buyer it went back to the original payment method and that timing depends on their bank; if it has not arrived in a few days, ask for a screenshot and check with the platform.',
      ),
      replyGroups: ['flow.after_sale_progress_done'],
      values: {},
      tasks: [],
    };
  }
  const tz = c.settings.policy.timeZone;
  const dueAt = responseDeadline(c.now, c.settings.policy);
  const deadline = say(deadlineText(dueAt, tz, 'zh-CN'), deadlineText(dueAt, tz, 'en'));
  return {
    id: 'after_sale_progress',
    case: 'pending',
    decision: 'follow_up',
    advice: say(
      `订单数据里没有售后结果：不要编进度。告诉买家下一步（寄回的填退货单号、到仓后处理）和 ${deadline['zh-CN']} 前给回复，已建提醒；到时查平台售后记录再回复。`,
      `The order data holds no after-sales outcome: don't invent a status. Tell the buyer the next step (add the return tracking number; we process on arrival) and that you will answer ${deadline.en}; a reminder is planned, so check the platform's after-sales record then.`,
    ),
    replyGroups: ['flow.after_sale_progress_pending'],
    values: { deadline },
    tasks: [{ kind: 'after_sale_followup', dueAt, rule: ruleFor(c, 'after_sale_progress') }],
  };
}

export const afterSaleProgressPlaybook: FlowPlaybook = { id: 'after_sale_progress', decide: decideAfterSaleProgress };
