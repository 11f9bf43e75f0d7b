/**
 * Returns and exchanges: which of the four common cases applies, who pays the postage each way,
 * and what the seller must follow up (the returned parcel's tracking, then the refund or the
 * re-shipment). The shop's policy sets the window, the payers and the exclusions.
 *
 * When it could go either way the decision goes the buyer's way and says so: you give back the
 * goods and keep the customer.
 */
import type { Localized } from '../i18n/localized';
import type { PlaybookGroup } from '../scripts/script-types';
import type { Order } from '../db/schemas';
import type { SituationId } from '../situations/taxonomy';
import type { ShippingPayer, ShopPolicy } from '../settings/shop-policy';
import { addLocalDays, atLocalHour, endOfLocalDay, withinWorkingHours } from './local-time';
import type { PlaybookValues } from './playbook-values';
import { ruleKey, type TaskDraft } from './task-draft';

export type ReturnCase = 'quality' | 'shipping_fault' | 'no_reason_in_window' | 'outside_window_or_excluded';

export interface ReturnInput {
  /** The classifier's situations for the buyer's message, main problem first. */
  situations: readonly SituationId[];
  order?: Order;
  /** Who the follow-up tasks belong to when no order is known. */
  customerId?: string;
  now: number;
  policy: Pick<ShopPolicy, 'timeZone' | 'returns' | 'followUp'>;
  /** The product's category when the page shows it; otherwise the order items' categories count. */
  category?: string;
  /** The shop's return address, filled into the reply when known. */
  returnAddress?: string;
}

export interface ReturnDecision {
  case: ReturnCase;
  shippingPayer: ShippingPayer;
  exchangeOffered: boolean;
  scriptGroup: PlaybookGroup;
  values: PlaybookValues;
  tasks: TaskDraft[];
  leanedTowardBuyer: boolean;
  why: Localized;
}

const QUALITY: ReadonlySet<SituationId> = new Set(['quality_issue']);
const SHIPPING_FAULT: ReadonlySet<SituationId> = new Set(['damaged', 'missing_item', 'wrong_item']);
/** Signals that the buyer may simply not want the item: fit, a change of mind, a plain request. */
const NO_FAULT: ReadonlySet<SituationId> = new Set(['size_fit', 'return_request', 'refund']);

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

const PAYER_WORDS: Record<'seller' | 'buyer', Localized> = {
  seller: say('本店', 'we (the shop)'),
  buyer: say('买家', 'the buyer'),
};

function categoriesOf(input: ReturnInput): string[] {
  if (input.category) return [input.category];
  return (input.order?.items ?? []).map((i) => i.category).filter((c): c is string => Boolean(c));
}

/** A category counts as listed when it contains a listed name: "定制T恤" is excluded by "定制". */
function inList(categories: readonly string[], list: readonly string[]): boolean {
  const wanted = list.map((l) => l.trim().toLowerCase()).filter(Boolean);
  return categories.some((c) => {
    const cat = c.toLowerCase();
    return wanted.some((w) => cat.includes(w));
  });
}

interface WindowCheck {
  inWindow: boolean;
  /** The answer rested on a guess (estimated or unknown delivery): the buyer got the benefit. */
  leaned: boolean;
}

/**
 * The no-reason window runs from delivery to the end of the local day `window` days later.
 * Without a delivery time it starts at shipping + the usual transit time, else at payment;
 * those are estimates, so a buyer just past an estimated deadline is given the benefit of the
 * doubt by the same transit allowance.
 */
function checkWindow(input: ReturnInput): WindowCheck {
  const { order, policy, now } = input;
  const days = policy.returns.noReasonWindowDays;
  const tz = policy.timeZone;
  const transit = policy.followUp.defaultTransitDays;
  let start: number | undefined;
  let estimated = false;
  if (order?.deliveredAt !== undefined) start = order.deliveredAt;
  else if (order?.shippedAt !== undefined) {
    start = addLocalDays(order.shippedAt, tz, transit);
    estimated = true;
  } else if (order?.paidAt !== undefined) {
    start = order.paidAt;
    estimated = true;
  }
  if (start === undefined) return { inWindow: true, leaned: true };
  const deadline = endOfLocalDay(start, tz, days);
  if (now <= deadline) return { inWindow: true, leaned: false };
  if (estimated && now <= endOfLocalDay(start, tz, days + transit)) return { inWindow: true, leaned: true };
  return { inWindow: false, leaned: false };
}

function faultCase(situations: readonly SituationId[]): 'quality' | 'shipping_fault' | undefined {
  // The main problem comes first; both faults are the seller's, the order only picks the wording.
  for (const s of situations) {
    if (QUALITY.has(s)) return 'quality';
    if (SHIPPING_FAULT.has(s)) return 'shipping_fault';
  }
  return undefined;
}

function followUpTasks(input: ReturnInput, onlyReship: boolean): TaskDraft[] {
  const customerId = input.order?.customerId ?? input.customerId;
  if (!customerId) return [];
  const { timeZone: tz, followUp } = input.policy;
  const orderId = input.order?.id;
  const key = (rule: string) =>
    orderId ? ruleKey.order(orderId, rule) : ruleKey.customer(customerId, rule, String(input.now));
  const base = { customerId, ...(orderId ? { orderId } : {}) };
  if (onlyReship) {
    // A missing part has nothing to send back: ship it today.
    return [
      {
        ...base,
        kind: 'return_refund_or_reship',
        dueAt: withinWorkingHours(input.now, tz, followUp.workingHours.startHour, followUp.workingHours.endHour),
        scriptId: 'lifecycle.refund_done',
        ruleKey: key('return_refund_or_reship'),
      },
    ];
  }
  return [
    {
      ...base,
      kind: 'return_tracking',
      dueAt: atLocalHour(input.now, tz, followUp.returnTrackingCheckDays, followUp.contactHour),
      scriptId: 'lifecycle.return_tracking_check',
      ruleKey: key('return_tracking'),
    },
    {
      ...base,
      kind: 'return_refund_or_reship',
      dueAt: atLocalHour(input.now, tz, followUp.returnSettleAfterDays, followUp.contactHour),
      scriptId: 'lifecycle.refund_done',
      ruleKey: key('return_refund_or_reship'),
    },
  ];
}

export function decideReturn(input: ReturnInput): ReturnDecision {
  const { policy, situations } = input;
  const returns = policy.returns;
  const fault = faultCase(situations);
  const windowDays = String(returns.noReasonWindowDays);

  if (fault) {
    // A fault mixed with "doesn't fit" or "just want to return" leaves blame unclear: take it.
    const blameUnclear = situations.some((s) => NO_FAULT.has(s));
    const payer = returns.shippingPayer[fault];
    const missingOnly = fault === 'shipping_fault' && situations.find((s) => SHIPPING_FAULT.has(s)) === 'missing_item';
    const lean = blameUnclear
      ? say('责任不清楚时由本店承担，按质量/发货问题处理。', 'Blame is unclear, so we take it and treat it as our fault.')
      : say('', '');
    return {
      case: fault,
      shippingPayer: payer,
      exchangeOffered: true,
      scriptGroup: fault === 'quality' ? 'playbook.return_quality' : 'playbook.return_shipping_fault',
      values: {},
      tasks: followUpTasks(input, missingOnly),
      leanedTowardBuyer: blameUnclear,
      why: say(
        `${fault === 'quality' ? '质量问题' : '破损、少件或发错是发货环节的问题'}：不争辩，直接受理，退换货运费由${PAYER_WORDS[payer.toSeller]['zh-CN']}承担。${lean['zh-CN']}`,
        `${fault === 'quality' ? 'A quality problem' : 'Damaged, missing or wrong items are a shipping fault'}: accept without argument; return postage is paid by ${PAYER_WORDS[payer.toSeller].en}. ${lean.en}`.trim(),
      ),
    };
  }

  const payer = returns.shippingPayer.no_reason;
  const categories = categoriesOf(input);
  const excluded = inList(categories, returns.excludedCategories);
  const window = checkWindow(input);
  if (excluded || !window.inWindow) {
    return {
      case: 'outside_window_or_excluded',
      shippingPayer: payer,
      exchangeOffered: false,
      scriptGroup: 'playbook.return_outside_window',
      values: { return_window_days: windowDays },
      tasks: [],
      leanedTowardBuyer: false,
      why: excluded
        ? say(
            '该类商品不支持无理由退货：礼貌说明店铺规则，并提供力所能及的帮助。',
            'This category is excluded from no-reason returns: explain the policy politely and offer what help we can.',
          )
        : say(
            `已超过 ${windowDays} 天无理由退货期：礼貌说明规则，并提供力所能及的帮助。`,
            `The ${windowDays}-day no-reason window has passed: explain the policy politely and offer what help we can.`,
          ),
    };
  }

  const exchange = returns.apparelNoReasonExchange && inList(categories, returns.apparelCategories);
  const leanText = window.leaned
    ? say(
        '签收时间无法确认，按仍在退货期内处理。',
        'The delivery date cannot be confirmed, so we treat the request as within the window.',
      )
    : say('', '');
  const values: Record<string, string | Localized> = {
    return_window_days: windowDays,
    return_shipping_payer: PAYER_WORDS[payer.toSeller],
  };
  if (input.returnAddress?.trim()) values.return_address = input.returnAddress.trim();
  return {
    case: 'no_reason_in_window',
    shippingPayer: payer,
    exchangeOffered: exchange,
    scriptGroup: exchange ? 'playbook.exchange_no_reason' : 'playbook.return_no_reason',
    values,
    tasks: followUpTasks(input, false),
    leanedTowardBuyer: window.leaned,
    why: say(
      `在 ${windowDays} 天无理由退换期内：同意${exchange ? '换货（服装类买家常会回购）' : '退货'}，寄回运费由${PAYER_WORDS[payer.toSeller]['zh-CN']}承担。${leanText['zh-CN']}`,
      `Within the ${windowDays}-day no-reason window: agree to ${exchange ? 'an exchange (apparel buyers often buy again)' : 'the return'}; return postage is paid by ${PAYER_WORDS[payer.toSeller].en}. ${leanText.en}`.trim(),
    ),
  };
}
