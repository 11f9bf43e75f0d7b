/**
 * Complaints. Two things a seasoned seller does that a keyword reply does not:
 * - The problem is the conversation's, not the last message's. "你们什么态度！" two messages
 *   after "杯子碎了" is still about the broken cup, so the problem is looked for in the buyer's
 *   earlier messages when the latest one only vents.
 * - An escalation threat (12315, 平台介入, 投诉, 工商, a chargeback) is answered now, with the
 *   resolution the policy allows, not with "we'll reply within 24 hours": the platform acts on
 *   its own clock and penalises the shop. Once it is resolved the buyer is asked to withdraw the
 *   complaint, and never offered anything in exchange for withdrawing it.
 */
import type { Localized } from '../i18n/localized';
import { deadlineText, orderFactsFromRecord } from '../assist/fill-values';
import { productFamily } from '../scripts/product-category';
import { findProductFacts } from '../settings/product-catalog';
import { buyerLines, buyerSpokeLast, buyerTextsNewestFirst, ruleFor } from './conversation-cues';
import { complainsAboutCourier } from './logistics';
import type { FlowConversation, FlowPlaybook, FlowVerdict } from './flow-types';
import { ESCALATION_RESPONSE_HOURS, responseDeadline } from './response-deadline';
import { returnShippingInsured } from './shipping-insurance';

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });
const DAY = 86_400_000;

export const ESCALATION = [
  /12315|12345|平台介入|申请介入|(客服|小二|平台)(来)?介入|投诉|工商|消协|消费者协会|市场监(督|管)|举报|维权|曝光|报警|起诉|法院|律师/,
  /\b(file|open|raise|escalate)\b.{0,20}\b(claim|dispute|complaint|case)\b|\bA-?to-?z\b|\bchargeback\b|\breport (you|this|your shop)\b|\bconsumer (protection|rights|council)\b|\btrading standards\b|\bBBB\b|\b(contact|involve) (the )?(platform|amazon|shopee|ebay|etsy)\b|\blawyer\b|\bsue\b/i,
] as const;

const VENTING = [
  /投诉|差劲|太差|什么(破|垃圾)|垃圾|坑(人|爹)|骗(子|人)|忽悠|欺骗|不负责|没人理|不理人|不回(复|消息)|敷衍|气死|无语|恶心|黑店|奸商|太过分|给(个|我)?(一个)?说法|讨(个)?说法|什么态度/,
  /\bterrible\b|\bawful\b|\bworst\b|\bscam\b|\brip-?off\b|\bridiculous\b|\bunacceptable\b|\bdisgusting\b|\bfraud\b|\bcomplain|\bnot happy\b|\bvery disappointed\b|\bno one (answers|replied|responds)\b|\bignor(ed|ing)\b/i,
] as const;

export const PROBLEMS = ['damaged', 'wrong_item', 'missing_item', 'spoiled', 'quality', 'not_received', 'refund_slow', 'no_reason', 'service'] as const;
export type ComplaintProblem = (typeof PROBLEMS)[number];

const PROBLEM_CUES: Readonly<Record<ComplaintProblem, readonly [RegExp, RegExp]>> = {
  damaged: [/破损|破了|碎(了|的|掉|成)|摔坏|压坏|压扁|裂了|裂开|磕坏|磕破|漏了|撒了|变形/, /\bbroken\b|\bdamaged\b|\bcracked\b|\bsmashed\b|\bdented\b|\bleak/i],
  wrong_item: [/发错|不是我(买|拍|要|订)的|颜色(不对|错了)|型号不对|款式不对|尺码(发)?错/, /\bwrong (item|size|colou?r|product|one)\b|\bnot what I (ordered|bought)\b/i],
  missing_item: [/少(发|了一|件|个)|漏发|缺(了|少)|没(有)?(配件|赠品|说明书)/, /\bmissing\b|\bonly (got|received) (one|\d)|\bnot included\b/i],
  spoiled: [/烂了|烂的|坏果|发霉|霉了|变质|不新鲜|臭了|化了/, /\brotten\b|\bmou?ldy\b|\bspoiled\b|\bnot fresh\b|\bgone off\b|\bmelted\b/i],
  quality: [/质量|开线|掉色|褪色|起球|瑕疵|不能用|用不了|坏了|故障|异味|做工|假货|色差|脱胶|断了/, /\bquality\b|\bdefect|\bfaulty\b|\bstopped working\b|\bdoesn'?t work\b|\bfake\b|\bripped\b|\bstain|\bfell apart\b/i],
  not_received: [/没收到|还没到|没到货|丢件|丢了|快递丢|物流(一直)?(不动|没更新)|好几天了?还没/, /\bnever (arrived|came|received)\b|\bnot (yet )?received\b|\blost (parcel|package)\b|\bhasn'?t arrived\b|\bstill (hasn'?t|not) (arrived|here)\b/i],
  refund_slow: [/退款(怎么)?(还)?(没|没有)(到|退|收到)|钱(还)?没(退|到)|退款(太)?慢/, /\brefund (hasn'?t|has not|still|not)\b|\bhaven'?t (got|received) (my |the )?refund\b|\bwhere('?s| is) my refund\b/i],
  no_reason: [/不合适|不喜欢|尺码(偏)?(大|小)|太(大|小)了|不想要|不要了/, /\bdoesn'?t fit\b|\btoo (big|small|tight|loose)\b|\bdon'?t (like|want) it\b|\bchanged my mind\b/i],
  service: [/不理人|没人(理|回)|不回(复|消息)|态度(差|不好|恶劣)|敷衍|什么态度/, /\bno one (answers|replied|responds)\b|\bignor(ed|ing)\b|\brude\b|\bno response\b/i],
};

const matches = (text: string, cue: readonly [RegExp, RegExp]) => cue[0].test(text) || cue[1].test(text);

/**
 * The conversation's problem: the newest buyer message naming a problem with the goods or the
 * delivery, else one about the service. Returns the problem and whether it came from an earlier
 * message than the latest.
 */
export function conversationProblem(c: FlowConversation): { problem: ComplaintProblem; earlier: boolean } | undefined {
  const texts = buyerTextsNewestFirst(c);
  const goods = PROBLEMS.filter((p) => p !== 'service');
  for (const [i, text] of texts.entries()) {
    const found = goods.find((p) => matches(text, PROBLEM_CUES[p]));
    if (found) return { problem: found, earlier: i > 0 };
  }
  for (const [i, text] of texts.entries()) {
    if (matches(text, PROBLEM_CUES.service)) return { problem: 'service', earlier: i > 0 };
  }
  return undefined;
}

/** An escalation threat in any of the buyer's last few messages: once made, it stands. */
export function escalationThreat(c: FlowConversation): boolean {
  return buyerLines(c)
    .slice(-5)
    .some((m) => matches(m.text, ESCALATION));
}

interface Resolution {
  decision: string;
  text: Localized;
  shopPaysReturnShipping?: boolean;
}

function isPerishable(c: FlowConversation): boolean {
  if (c.product?.perishable !== undefined) return c.product.perishable;
  const own = findProductFacts(c.settings.facts, c.product?.key) ?? findProductFacts(c.settings.facts, c.product?.title);
  if (own?.perishable !== undefined) return own.perishable;
  return productFamily(own?.category ?? c.product?.category ?? c.order?.items[0]?.category) === 'fresh_food';
}

function resolutionFor(problem: ComplaintProblem, c: FlowConversation, deadline: Localized): Resolution {
  const perishable = isPerishable(c);
  const order = c.order ? orderFactsFromRecord(c.order) : undefined;
  if ((problem === 'spoiled' || problem === 'damaged' || problem === 'quality') && perishable) {
    return {
      decision: 'partial_refund',
      text: say(
        '坏了几个就赔几个：拍张照片给我，按坏的数量给您退款，东西不用寄回',
        "we'll refund every bad one: just send a photo showing them, and there's no need to send anything back",
      ),
    };
  }
  switch (problem) {
    case 'damaged':
    case 'missing_item':
      return {
        decision: 'resend',
        shopPaysReturnShipping: true,
        text: say('补发或者退款，您来选，运费全部由我们承担', 'a replacement or a refund, your choice, with all shipping paid by us'),
      };
    case 'wrong_item':
      return {
        decision: 'exchange',
        shopPaysReturnShipping: true,
        text: say('马上给您发对的那件，发错的寄回来运费我们出；不想换也可以直接退款', "we'll send the right item now and pay the postage on the wrong one coming back; or a refund if you prefer"),
      };
    case 'quality':
    case 'spoiled':
      return {
        decision: 'return',
        shopPaysReturnShipping: true,
        text: say('退货退款或者换新，您来选，来回运费都由我们承担', 'a refund or a replacement, your choice, with postage both ways paid by us'),
      };
    case 'not_received':
      return {
        decision: 'resend',
        text: say(
          `我马上催快递，${deadline['zh-CN']}前还没有进展，直接给您补发或者退款`,
          `I'm chasing the courier now, and if there's no progress ${deadline.en}, we'll resend it or refund you straight away`,
        ),
      };
    case 'refund_slow':
      return order?.stage === 'refunded'
        ? {
            decision: 'refund',
            text: say(
              '这单的退款已经原路退回了，到账时间看支付渠道；要是还没看到，截图发我，我马上跟平台核实',
              'the refund for this order has been issued to your original payment method, and timing depends on your bank; if it still has not shown up, send me a screenshot and I will chase it with the platform',
            ),
          }
        : {
            decision: 'refund',
            text: say(
              `我现在就核实退款卡在哪一步，${deadline['zh-CN']}前告诉您结果；退货已经寄回的话，包裹一到仓马上给您退`,
              `I'm checking where the refund is stuck right now and will tell you ${deadline.en}; if you've sent the item back, we refund as soon as it reaches us`,
            ),
          };
    case 'no_reason': {
      const window = c.settings.policy.returns.noReasonWindowDays;
      const daysSince = order?.deliveredAt !== undefined ? (c.now - order.deliveredAt) / DAY : undefined;
      const insured = returnShippingInsured(c.returnShippingInsurance, c.settings);
      const buyerPays = c.settings.policy.returns.shippingPayer.no_reason.toSeller === 'buyer';
      if (daysSince === undefined || daysSince <= window) {
        return {
          decision: 'return',
          shopPaysReturnShipping: !buyerPays,
          text: insured
            ? say('可以退，寄回运费由运费险赔付，不用您出', 'you can return it, and the return postage is covered by the shipping insurance on your order')
            : buyerPays
              ? say('可以按无理由退货，寄回运费按规则由您承担，收到退货马上退款', 'you can return it within the no-reason window; return postage is on you under the policy, and we refund as soon as it arrives')
              : say('可以退，寄回运费我们来出，收到退货马上退款', "you can return it, we'll pay the return postage, and refund as soon as it arrives"),
        };
      }
      // The rule of thumb: a day or two late, an exchange still keeps the customer.
      if (daysSince <= window + 2) {
        return {
          decision: 'exchange',
          shopPaysReturnShipping: false,
          text: say('虽然过了无理由期限一两天，还是给您换一件合适的', 'it is a day or two past the return window, but we will still exchange it for one that suits you'),
        };
      }
      return {
        decision: 'refuse',
        text: say(
          '订单已经过了无理由退换期限，没法按无理由退，但有质量问题我们照样负责；需要的话帮您挑个更合适的',
          'the order is past the no-reason return window, so we cannot take it back for that, but any fault is still covered, and I am happy to help you find something that suits you better',
        ),
      };
    }
    case 'service':
      return {
        decision: 'acknowledge',
        text: say(
          `先跟您道歉，之后由我专门负责您这件事，${deadline['zh-CN']}前给您结果`,
          `first, my apologies; from now on I'm personally handling this and will get you an answer ${deadline.en}`,
        ),
      };
  }
}

export function decideComplaint(c: FlowConversation): FlowVerdict | null {
  if (!buyerSpokeLast(c)) return null;
  const latest = buyerLines(c).at(-1)!.text;
  const escalated = escalationThreat(c);
  // "快递员态度太差" is anger at the courier; the logistics flow apologises and reports it.
  if (!escalated && complainsAboutCourier(latest)) return null;
  const venting = matches(latest, VENTING);
  if (!escalated && !venting) return null;

  const policy = c.settings.policy;
  const tz = policy.timeZone;
  const deadlineAt = responseDeadline(c.now, policy, escalated ? ESCALATION_RESPONSE_HOURS : undefined);
  const deadline = say(deadlineText(deadlineAt, tz, 'zh-CN'), deadlineText(deadlineAt, tz, 'en'));
  const found = conversationProblem(c);
  const task = { kind: 'complaint_deadline' as const, dueAt: deadlineAt, rule: ruleFor(c, escalated ? 'complaint_escalation' : 'complaint') };
  const earlierNote = found?.earlier
    ? say('（问题是买家前面的消息里说的，最新一条只是在表达情绪。）', ' (The problem was raised in an earlier message; the latest one vents.)')
    : say('', '');
  const chips = found ? [say(`问题：${PROBLEM_NAMES[found.problem]['zh-CN']}`, `Problem: ${PROBLEM_NAMES[found.problem].en}`)] : [];

  if (!found) {
    return {
      id: 'complaint',
      case: escalated ? 'escalation_unknown_problem' : 'complaint_unknown_problem',
      decision: 'ask_evidence',
      advice: escalated
        ? say(
            `买家威胁投诉/平台介入，但还没说清问题：现在就回复，请买家说明情况并发照片，${deadline['zh-CN']} 前给出方案（已建提醒），不要拖 24 小时。绝不以补偿换撤诉。`,
            `The buyer threatens escalation but has not said what is wrong: answer now, ask what happened and for a photo, and give a resolution ${deadline.en} (a reminder is planned), not in 24 hours. Never offer anything in exchange for withdrawing.`,
          )
        : say(
            `买家很不满但没说具体问题：先道歉、问清情况，承诺 ${deadline['zh-CN']} 前给结果（已建提醒），不推诿。`,
            `The buyer is unhappy but has not named the problem: apologise, ask what happened and promise an answer ${deadline.en} (a reminder is planned); never be evasive.`,
          ),
      replyGroups: escalated ? ['flow.complaint_escalation_ask'] : ['playbook.complaint_ack', 'complaint'],
      values: { deadline },
      tasks: [task],
    };
  }

  const resolution = resolutionFor(found.problem, c, deadline);
  const base = {
    id: 'complaint',
    decision: resolution.decision,
    ...(resolution.shopPaysReturnShipping !== undefined ? { shopPaysReturnShipping: resolution.shopPaysReturnShipping } : {}),
    values: { resolution: resolution.text, deadline },
    tasks: [task],
    chips,
  };
  if (escalated) {
    return {
      ...base,
      case: `escalation_${found.problem}`,
      advice: say(
        `买家威胁投诉/12315/平台介入：不要等 24 小时，现在就给出政策内的解决方案——${resolution.text['zh-CN']}。办好后再请买家撤回投诉；绝不用钱或补偿换撤诉，那本身就违规。${deadline['zh-CN']} 前确认已解决（已建提醒）。${earlierNote['zh-CN']}`,
        `The buyer threatens a complaint or platform intervention: don't wait 24 hours, offer the resolution the policy allows now: ${resolution.text.en}. Only once it is done, ask them to withdraw the complaint; never pay or compensate for withdrawing, which is itself a violation. Confirm it is resolved ${deadline.en} (a reminder is planned).${earlierNote.en}`,
      ),
      replyGroups: ['flow.complaint_escalation_resolve'],
    };
  }
  return {
    ...base,
    case: `complaint_${found.problem}`,
    advice: say(
      `买家在抱怨：马上回应、不推诿，直接给出解决方案——${resolution.text['zh-CN']}。${deadline['zh-CN']} 前跟进（已建提醒）。${earlierNote['zh-CN']}`,
      `The buyer is complaining: answer at once, never evasively, and offer the resolution: ${resolution.text.en}. Follow up ${deadline.en} (a reminder is planned).${earlierNote.en}`,
    ),
    replyGroups: ['flow.complaint_resolve'],
  };
}

const PROBLEM_NAMES: Readonly<Record<ComplaintProblem, Localized>> = {
  damaged: say('破损', 'damaged'),
  wrong_item: say('发错货', 'wrong item'),
  missing_item: say('少件', 'missing item'),
  spoiled: say('变质/坏果', 'spoiled'),
  quality: say('质量问题', 'quality problem'),
  not_received: say('没收到货', 'not received'),
  refund_slow: say('退款没到', 'refund not received'),
  no_reason: say('不合适/不想要', "doesn't fit or not wanted"),
  service: say('客服态度', 'customer service'),
};

export const complaintFlowPlaybook: FlowPlaybook = { id: 'complaint', decide: decideComplaint };
