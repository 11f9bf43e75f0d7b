/**
 * Mid or bad reviews and complaints.
 * - A review the shop caused (or may have caused): apologise, fix it concretely, and only after
 *   the fix ask whether the buyer would reconsider. Never with a reward: platforms ban paid
 *   reviews and buyers see through them.
 * - A review the shop did not cause: a calm, factual public explanation and the platform appeal.
 * - A complaint: acknowledge at once and commit to a time; when the return policy covers the
 *   case, accept it and ask the buyer to withdraw the complaint, since the platform would
 *   otherwise force the refund and penalise the shop.
 */
import type { Localized } from '../i18n/localized';
import type { PlaybookGroup } from '../scripts/script-types';
import type { Order } from '../db/schemas';
import type { SituationId } from '../situations/taxonomy';
import type { ShopPolicy } from '../settings/shop-policy';
import { addLocalHours, atLocalHour, formatLocalDateTime, localDate, withinWorkingHours } from './local-time';
import type { PlaybookValues } from './playbook-values';
import { decideReturn, type ReturnDecision } from './returns';
import { ruleKey, type TaskDraft } from './task-draft';

type Policy = Pick<ShopPolicy, 'timeZone' | 'returns' | 'followUp'>;

export interface PlaybookOutcome {
  scriptGroup: PlaybookGroup;
  values: PlaybookValues;
  tasks: TaskDraft[];
  why: Localized;
}

export interface ReviewInput {
  rating: 'bad' | 'medium';
  /** false when the seller did nothing wrong; unknown counts as the shop's fault. */
  sellerAtFault?: boolean;
  /** The problem behind the review has been put right. */
  fixDone?: boolean;
  order?: Order;
  customerId?: string;
  now: number;
  policy: Policy;
}

export interface ReviewDecision extends PlaybookOutcome {
  /** The reply goes under the review, in public, rather than into the chat. */
  publicReply: boolean;
  /** Point the seller to the platform's appeal. */
  appeal: boolean;
  leanedTowardBuyer: boolean;
}

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

function owner(input: { order?: Order; customerId?: string }) {
  const customerId = input.order?.customerId ?? input.customerId;
  if (!customerId) return undefined;
  return { customerId, ...(input.order ? { orderId: input.order.id } : {}) };
}

function keyFor(input: { order?: Order; now: number; policy: Policy }, customerId: string, rule: string): string {
  const d = localDate(input.now, input.policy.timeZone);
  const day = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return input.order ? ruleKey.order(input.order.id, rule) : ruleKey.customer(customerId, rule, day);
}

export function decideReviewResponse(input: ReviewInput): ReviewDecision {
  const { policy, now } = input;
  const who = owner(input);
  const hours = policy.followUp.workingHours;

  if (input.sellerAtFault === false) {
    const tasks: TaskDraft[] = who
      ? [
          {
            ...who,
            kind: 'review_followup',
            dueAt: withinWorkingHours(now, policy.timeZone, hours.startHour, hours.endHour),
            ruleKey: keyFor(input, who.customerId, 'review_appeal'),
          },
        ]
      : [];
    return {
      scriptGroup: 'playbook.unfair_review_public',
      values: {},
      tasks,
      publicReply: true,
      appeal: true,
      leanedTowardBuyer: false,
      why: say(
        '本店没有过错：在评价下平静、就事论事地公开说明，不与买家争吵，并通过平台申诉。',
        'The shop is not at fault: post a calm, factual public explanation without arguing, and appeal through the platform.',
      ),
    };
  }

  const lean = input.sellerAtFault === undefined;
  const leanText = lean
    ? say('原因不明时先当作本店的问题处理。', 'The cause is unclear, so we treat it as our own fault. ')
    : say('', '');

  if (input.fixDone) {
    return {
      scriptGroup: 'playbook.review_reconsider',
      values: {},
      tasks: [],
      publicReply: false,
      appeal: false,
      leanedTowardBuyer: lean,
      why: say(
        '问题已经解决：可以客气地问买家是否愿意修改评价，但绝不提返现、红包或任何好处——平台禁止，买家也看得出来。',
        'The problem is fixed: politely ask whether the buyer would reconsider the review, but never offer cashback or any reward; platforms ban it and buyers see through it.',
      ),
    };
  }

  const tasks: TaskDraft[] = who
    ? [
        {
          ...who,
          kind: 'review_followup',
          // Give the fix a day, then check it worked before asking anything of the buyer.
          dueAt: atLocalHour(now, policy.timeZone, 1, policy.followUp.contactHour),
          scriptId: 'playbook.review_reconsider',
          ruleKey: keyFor(input, who.customerId, 'review_reconsider'),
        },
      ]
    : [];
  return {
    scriptGroup: 'playbook.bad_review_apology',
    values: {},
    tasks,
    publicReply: false,
    appeal: false,
    leanedTowardBuyer: lean,
    why: say(
      `${leanText['zh-CN']}${input.rating === 'bad' ? '差评' : '中评'}先道歉并给出具体的解决办法；问题解决后再请买家考虑修改评价，不附任何好处。`,
      `${leanText.en}Apologise for the ${input.rating === 'bad' ? 'bad' : 'mid'} review and offer a concrete fix; only once it is fixed, ask the buyer to reconsider, with no incentive.`,
    ),
  };
}

export interface ComplaintInput {
  /** The classifier's situations; the problems beside 'complaint' decide whether returns apply. */
  situations: readonly SituationId[];
  order?: Order;
  customerId?: string;
  now: number;
  policy: Policy;
  category?: string;
  returnAddress?: string;
}

export interface ComplaintDecision extends PlaybookOutcome {
  deadlineAt: number;
  coveredByReturnPolicy: boolean;
  /** The return decision the acceptance rests on, when covered. */
  returnDecision?: ReturnDecision;
}

const RETURN_SITUATIONS: ReadonlySet<SituationId> = new Set([
  'quality_issue',
  'damaged',
  'missing_item',
  'wrong_item',
  'size_fit',
  'return_request',
  'refund',
]);

export function decideComplaint(input: ComplaintInput): ComplaintDecision {
  const { policy, now } = input;
  const tz = policy.timeZone;
  const deadlineAt = addLocalHours(now, tz, policy.followUp.complaintResponseHours);
  const who = owner(input);
  const deadlineTask: TaskDraft[] = who
    ? [
        {
          ...who,
          kind: 'complaint_deadline',
          dueAt: deadlineAt,
          ruleKey: keyFor(input, who.customerId, 'complaint_deadline'),
        },
      ]
    : [];

  const aboutReturn = input.situations.some((s) => RETURN_SITUATIONS.has(s));
  const returnDecision = aboutReturn
    ? decideReturn({
        situations: input.situations,
        now,
        policy,
        // Once the buyer escalates, a case the policy covers is accepted at once, not argued
        // over photos: the platform would force the refund anyway.
        evidence: true,
        ...(input.order ? { order: input.order } : {}),
        ...(input.customerId ? { customerId: input.customerId } : {}),
        ...(input.category ? { category: input.category } : {}),
        ...(input.returnAddress ? { returnAddress: input.returnAddress } : {}),
      })
    : undefined;

  if (returnDecision && returnDecision.case !== 'outside_window_or_excluded') {
    return {
      scriptGroup: 'playbook.complaint_accept_withdraw',
      values: returnDecision.values,
      tasks: [...returnDecision.tasks, ...deadlineTask],
      deadlineAt,
      coveredByReturnPolicy: true,
      returnDecision,
      why: say(
        '投诉的问题在退换货政策范围内：马上同意处理，并请买家撤回投诉；否则平台会强制退款并处罚店铺。',
        'The complaint falls within the return policy: accept at once and ask the buyer to withdraw it; otherwise the platform forces the refund and penalises the shop.',
      ),
    };
  }

  const deadline: Localized = {
    'zh-CN': formatLocalDateTime(deadlineAt, tz, 'zh-CN'),
    en: formatLocalDateTime(deadlineAt, tz, 'en'),
  };
  return {
    scriptGroup: 'playbook.complaint_ack',
    values: { deadline },
    tasks: deadlineTask,
    deadlineAt,
    coveredByReturnPolicy: false,
    ...(returnDecision ? { returnDecision } : {}),
    why: say(
      `立即回应、不推诿：记录问题，并承诺在 ${deadline['zh-CN']} 前给出处理结果${who ? '，已为此建好提醒' : ''}。`,
      `Answer at once and never evasively: record the problem and promise an answer by ${deadline.en}${who ? '; a reminder has been set for it' : ''}.`,
    ),
  };
}
