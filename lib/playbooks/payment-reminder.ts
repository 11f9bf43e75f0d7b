/**
 * 催付: an unpaid order is reminded once, politely, and only in working hours. Platforms count
 * repeated payment reminders as harassment, and a buyer who said "等下付" has answered already:
 * they get one reminder later, not one now. The flow steps aside when the buyer asked something
 * else (a question deserves its own answer first) or reports trouble paying.
 */
import type { Localized } from '../i18n/localized';
import { orderFactsFromRecord } from '../assist/fill-values';
import { addLocalHours, withinWorkingHours } from './local-time';
import { lastBuyerText, ruleFor, sellerSaid } from './conversation-cues';
import type { FlowConversation, FlowPlaybook, FlowVerdict } from './flow-types';

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** What a seller's earlier payment reminder looks like. */
const REMINDED = [/付款|付一下|还没付|记得付|尽快付|支付/, /\b(pay|payment|checkout|unpaid)\b/i] as const;
const WILL_PAY_LATER = [/(等(一)?下|晚(点|些)|一会(儿)?|明天|待会(儿)?|稍后|回头|发工资)(再)?(付|拍|买|支付)|马上(就)?付/, /\b(pay|buy|check ?out) (it )?(later|tomorrow|tonight|soon|in a (bit|while))\b|\bwill pay\b/i] as const;
const PAYMENT_TROUBLE = [/付不了|付款失败|支付失败|付不出|扣款|怎么付|付不进去|无法支付/, /\b(can'?t|cannot|unable to) pay\b|\bpayment (failed|declined|error)\b|\bcard (declined|rejected)\b/i] as const;
const QUESTION = /[?？吗呢么]$|^(请问|问一下|能不能|可以|有没有|是不是|多少|什么|怎么|哪)|^(is|are|do|does|can|could|will|what|how|when|which|where)\b/i;

const said = (text: string, cue: readonly [RegExp, RegExp]) => cue[0].test(text) || cue[1].test(text);

/** The gap before the one reminder for a buyer who said they would pay later. */
const LATER_HOURS = 3;

export function decidePaymentReminder(c: FlowConversation): FlowVerdict | null {
  if (!c.order || orderFactsFromRecord(c.order).stage !== 'unpaid') return null;
  const text = lastBuyerText(c) ?? '';
  if (said(text, PAYMENT_TROUBLE)) return null;
  const lastLine = [...c.messages].reverse().find((m) => m.text.trim() !== '');
  if (lastLine?.from === 'buyer' && QUESTION.test(text.trim()) && !said(text, WILL_PAY_LATER)) return null;

  const tz = c.settings.policy.timeZone;
  const { startHour, endHour } = c.settings.policy.followUp.workingHours;
  if (sellerSaid(c, REMINDED[0]) || sellerSaid(c, REMINDED[1])) {
    return {
      id: 'payment_reminder',
      case: 'already_reminded',
      decision: 'wait',
      advice: say(
        '这单已经催过一次付款了：不要再催。买家有问题会来问；多次催付会被平台算作骚扰。',
        'This order has been reminded once already: do not remind again. The buyer will ask if something is unclear; repeated reminders count as harassment on most platforms.',
      ),
      replyGroups: [],
      values: {},
      tasks: [],
    };
  }
  if (lastLine?.from === 'buyer' && said(text, WILL_PAY_LATER)) {
    const later = withinWorkingHours(addLocalHours(c.now, tz, LATER_HOURS), tz, startHour, endHour);
    return {
      id: 'payment_reminder',
      case: 'buyer_will_pay_later',
      decision: 'wait',
      advice: say(
        '买家说了稍后付款：现在不要催。已建一个提醒，几个小时后还没付再礼貌提醒一次（只提醒这一次）。',
        'The buyer said they will pay later: do not remind now. A reminder is planned for a few hours from now; if it is still unpaid then, remind once, politely (only that once).',
      ),
      replyGroups: ['other'],
      values: {},
      tasks: [{ kind: 'payment_reminder', dueAt: later, scriptId: 'flow.payment_reminder', rule: ruleFor(c, 'payment_reminder') }],
    };
  }
  const due = withinWorkingHours(c.now, tz, startHour, endHour);
  const nowIsFine = due === c.now;
  return {
    id: 'payment_reminder',
    case: 'remind',
    decision: 'remind',
    advice: nowIsFine
      ? say(
          '订单拍下未付款：可以礼貌地提醒一次，问问是不是遇到了问题；只提醒这一次，不施压，不承诺额外优惠。',
          'The order is placed but unpaid: a single polite reminder is fine, asking whether anything is holding them up; remind only once, no pressure and no extra discount.',
        )
      : say(
          '订单拍下未付款，但现在不是工作时间：不要深夜催付，已建提醒，明早礼貌提醒一次。',
          'The order is unpaid, but it is outside working hours: no late-night reminders. A reminder is planned for the morning; remind once, politely.',
        ),
    replyGroups: ['flow.payment_reminder'],
    values: {},
    tasks: nowIsFine ? [] : [{ kind: 'payment_reminder', dueAt: due, scriptId: 'flow.payment_reminder', rule: ruleFor(c, 'payment_reminder') }],
  };
}

export const paymentReminderPlaybook: FlowPlaybook = { id: 'payment_reminder', decide: decidePaymentReminder };
