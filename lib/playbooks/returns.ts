/**
 * Returns, exchanges and refunds: what to do, who pays the postage, and what the seller must
 * follow up. Decided the way a seasoned seller decides:
 * - evidence before fault: a claimed defect, breakage, wrong or missing item is answered with
 *   a request for a photo (and the promise that the shop pays if it is so) until the buyer has
 *   sent one; then the shop takes it without argument and pays the postage both ways;
 * - a refund request with no reason (仅退款) is a question first: what happened, and a photo;
 *   nothing is admitted before the cause is known. Fault decides who pays, not the request;
 * - no fault (doesn't fit, changed mind): inside the no-reason window the return or exchange
 *   is accepted and the buyer pays the return postage unless the order has return-shipping
 *   insurance (运费险), which then covers it; a buyer who asked for a refund gets the return
 *   and refund, never an exchange-only answer;
 * - the rule of thumb near the window: a day or two late, still exchange or accept the return;
 *   refuse only well past it, politely, offering what is possible;
 * - perishables are never sent back: photos, then compensation per bad item or a partial
 *   refund, and no return parcel to track.
 * The shop's policy sets the window, the payers, the exclusions and the perishable categories.
 */
import type { Localized } from '../i18n/localized';
import type { PlaybookGroup } from '../scripts/script-types';
import type { Order } from '../db/schemas';
import type { SituationId } from '../situations/taxonomy';
import type { ShippingPayer, ShopPolicy } from '../settings/shop-policy';
import type { ConversationFacts, Playbook, PlaybookVerdict } from '../advise/types';
import { plannedFrom } from '../advise/planned-tasks';
import { addLocalDays, atLocalHour, endOfLocalDay, withinWorkingHours } from './local-time';
import type { PlaybookValues } from './playbook-values';
import { ruleKey, type TaskDraft } from './task-draft';

export type ReturnCase =
  | 'quality'
  | 'shipping_fault'
  | 'no_reason_in_window'
  | 'near_window'
  | 'outside_window_or_excluded'
  | 'perishable'
  | 'reason_unknown';

/** What the seller does: the `decision` of the playbook. */
export type ReturnAction = 'ask_evidence' | 'return' | 'refund' | 'exchange' | 'resend' | 'partial_refund' | 'refuse';

/** What the buyer asked for, in their words. */
export type ReturnRequest = 'refund_only' | 'refund' | 'return' | 'exchange' | 'none';

export interface ReturnInput {
  /** The situations found with enough evidence, main problem first (weak hints left out). */
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
  /** What the buyer asked for; read from the messages by `readReturnRequest`. */
  request?: ReturnRequest;
  /** The buyer has sent a photo or video of the problem. */
  evidence?: boolean;
  /** Fresh or perishable goods (never sent back). */
  perishable?: boolean;
  /** The order has return-shipping insurance (运费险); the shop setting applies when unset. */
  insurance?: boolean;
}

export interface ReturnDecision {
  case: ReturnCase;
  action: ReturnAction;
  shippingPayer: ShippingPayer;
  /** Whether the shop pays the return postage; undefined when nothing is sent back or it is not decided yet. */
  shopPaysReturnShipping?: boolean;
  insuranceCovers: boolean;
  exchangeOffered: boolean;
  scriptGroup: PlaybookGroup;
  values: PlaybookValues;
  tasks: TaskDraft[];
  leanedTowardBuyer: boolean;
  /** Days past the no-reason window (0 inside it). */
  daysLate: number;
  why: Localized;
}

/** The rule of thumb: this many days past the window still counts as "could go either way". */
export const LATE_GRACE_DAYS = 2;
const DAY_MS = 86_400_000;

const QUALITY: ReadonlySet<SituationId> = new Set(['quality_issue']);
const SHIPPING_FAULT: ReadonlySet<SituationId> = new Set(['damaged', 'missing_item', 'wrong_item']);
/** Signals that the buyer may simply not want the item: fit, a change of mind, a plain request. */
const NO_FAULT: ReadonlySet<SituationId> = new Set(['size_fit', 'return_request', 'refund']);

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

const PAYER_WORDS: Record<'seller' | 'buyer' | 'insurance', Localized> = {
  seller: say('我们', 'us'),
  buyer: say('您', 'you'),
  insurance: say('运费险（退货时自动理赔）', 'your return-shipping insurance'),
};
const PAYER_NOTE: Record<'seller' | 'buyer' | 'insurance', Localized> = {
  seller: say('本店', 'the shop'),
  buyer: say('买家', 'the buyer'),
  insurance: say('运费险', 'the return-shipping insurance'),
};

const REFUND_ONLY = /仅退款|只退款|退款不退货|不退货.{0,3}退款|refund only|just (?:a |the )?refund|refund without return/;
const EXCHANGE = /换货|换一|换个|换成|换大|换小|换尺码|换颜色|调换|\bexchange|\bswap|different size|bigger size|smaller size/;
const REFUND = /退款|退钱|refund|money back/;
const RETURN = /退货|退回|退掉|退了|寄回|\breturn/;

/** What the buyer asked for in their latest message (or the ones just before it). */
export function readReturnRequest(texts: readonly string[]): ReturnRequest {
  for (const raw of [...texts].reverse()) {
    const text = raw.normalize('NFKC').toLowerCase();
    if (REFUND_ONLY.test(text)) return 'refund_only';
    if (EXCHANGE.test(text)) return 'exchange';
    if (REFUND.test(text)) return 'refund';
    if (RETURN.test(text)) return 'return';
  }
  return 'none';
}

const PHOTO =
  /\[(?:图片|图像|照片|视频|image|photo|picture|video)\]|(?:照片|图片|视频|截图)(?:发|给|传|在|看)|(?:发|传|拍)(?:了|给你|给您|过去)?.{0,2}(?:照片|图片|视频)|see (?:the )?(?:photo|picture|pic|video)|(?:photos?|pictures?|pics?|video) (?:attached|sent)|attached (?:a )?(?:photo|picture|pic|video)|sent (?:you )?(?:a )?(?:photo|picture|pic|video)/;

/** The buyer has shown the problem: a picture in the chat, or they say they sent one. */
export function hasEvidence(texts: readonly string[]): boolean {
  return texts.some((t) => PHOTO.test(t.normalize('NFKC').toLowerCase()));
}

function categoriesOf(input: ReturnInput): string[] {
  if (input.category) return [input.category];
  return (input.order?.items ?? []).map((i) => i.category).filter((c): c is string => Boolean(c));
}

/** A category counts as listed when it contains a listed name: "定制T恤" is excluded by "定制". */
export function inList(categories: readonly string[], list: readonly string[]): boolean {
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
  daysLate: number;
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
  if (start === undefined) return { inWindow: true, leaned: true, daysLate: 0 };
  const deadline = endOfLocalDay(start, tz, days);
  if (now <= deadline) return { inWindow: true, leaned: false, daysLate: 0 };
  if (estimated && now <= endOfLocalDay(start, tz, days + transit)) return { inWindow: true, leaned: true, daysLate: 0 };
  return { inWindow: false, leaned: false, daysLate: Math.ceil((now - deadline) / DAY_MS) };
}

function faultCase(situations: readonly SituationId[]): SituationId | undefined {
  // The main problem comes first; every fault is the seller's, the kind only picks the wording.
  return situations.find((s) => QUALITY.has(s) || SHIPPING_FAULT.has(s));
}

function followUpTasks(input: ReturnInput, kind: 'return' | 'reship' | 'refund'): TaskDraft[] {
  const customerId = input.order?.customerId ?? input.customerId;
  if (!customerId) return [];
  const { timeZone: tz, followUp } = input.policy;
  const orderId = input.order?.id;
  const key = (rule: string) =>
    orderId ? ruleKey.order(orderId, rule) : ruleKey.customer(customerId, rule, String(input.now));
  const base = { customerId, ...(orderId ? { orderId } : {}) };
  if (kind !== 'return') {
    // Nothing comes back (a missing part, a perishable): re-ship or refund today.
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

const SELLER_PAYS: ShippingPayer = { toSeller: 'seller', backToBuyer: 'seller' };

function faultDecision(input: ReturnInput, fault: SituationId): ReturnDecision {
  const returns = input.policy.returns;
  const kind = QUALITY.has(fault) ? 'quality' : 'shipping_fault';
  const payer = returns.shippingPayer[kind];
  const blameUnclear = input.situations.some((s) => NO_FAULT.has(s) && s !== 'refund' && s !== 'return_request');
  const lean = blameUnclear
    ? say('责任不清楚时由本店承担，按质量/发货问题处理。', 'Blame is unclear, so we take it and treat it as our fault.')
    : say('', '');
  const what = say(
    kind === 'quality' ? '质量问题' : fault === 'missing_item' ? '少件' : fault === 'wrong_item' ? '发错货' : '破损',
    kind === 'quality' ? 'A quality problem' : fault === 'missing_item' ? 'A missing item' : fault === 'wrong_item' ? 'A wrong item' : 'Damage in transit',
  );
  const common = {
    shippingPayer: payer,
    insuranceCovers: false,
    exchangeOffered: true,
    leanedTowardBuyer: blameUnclear,
    daysLate: 0,
  };

  if (!input.evidence) {
    return {
      ...common,
      case: kind,
      action: 'ask_evidence',
      shopPaysReturnShipping: payer.toSeller === 'seller',
      scriptGroup: 'playbook.fault_ask_photo',
      values: {},
      tasks: [],
      why: say(
        `${what['zh-CN']}：先道歉并请买家发照片（先看证据再认责任），说明确认后由${PAYER_NOTE[payer.toSeller]['zh-CN']}承担运费，退、换、补发由买家选。${lean['zh-CN']}`,
        `${what.en}: apologise and ask for a photo first (evidence before fault), and say that once confirmed ${PAYER_NOTE[payer.toSeller].en} pays the postage and the buyer chooses refund, replacement or re-shipment. ${lean.en}`.trim(),
      ),
    };
  }
  const action: ReturnAction =
    input.request === 'exchange' || fault === 'wrong_item'
      ? 'exchange'
      : fault === 'missing_item'
        ? 'resend'
        : input.request === 'refund' || input.request === 'refund_only'
          ? 'refund'
          : fault === 'damaged'
            ? 'resend'
            : 'return';
  const nothingBack = action === 'resend' || (action === 'refund' && fault !== 'quality_issue' && input.request === 'refund_only');
  return {
    ...common,
    case: kind,
    action,
    shopPaysReturnShipping: payer.toSeller === 'seller',
    scriptGroup: kind === 'quality' ? 'playbook.return_quality' : 'playbook.return_shipping_fault',
    values: {},
    tasks: followUpTasks(input, nothingBack ? (action === 'resend' ? 'reship' : 'refund') : 'return'),
    why: say(
      `${what['zh-CN']}，买家已发来照片：不争辩，直接受理，来回运费由${PAYER_NOTE[payer.toSeller]['zh-CN']}承担。${lean['zh-CN']}`,
      `${what.en}, and the buyer has sent a photo: accept without argument; ${PAYER_NOTE[payer.toSeller].en} pays the postage both ways. ${lean.en}`.trim(),
    ),
  };
}

function perishableDecision(input: ReturnInput, fault: boolean): ReturnDecision {
  const common = {
    case: 'perishable' as const,
    shippingPayer: SELLER_PAYS,
    insuranceCovers: false,
    exchangeOffered: false,
    leanedTowardBuyer: false,
    daysLate: 0,
    values: {},
  };
  if (!fault) {
    return {
      ...common,
      action: 'refuse',
      scriptGroup: 'playbook.return_excluded',
      tasks: [],
      why: say(
        '生鲜不支持无理由退货（寄回就坏了）：礼貌说明；如有坏果、破损，拍照后按个数补偿。',
        'Fresh goods have no no-reason returns (they would spoil on the way back): explain politely; anything spoiled or broken is compensated per item from photos.',
      ),
    };
  }
  if (!input.evidence) {
    return {
      ...common,
      action: 'ask_evidence',
      scriptGroup: 'playbook.perishable_ask_photo',
      tasks: [],
      why: say(
        '生鲜不退回：请买家拍下坏掉的部分，确认后坏几个赔几个（或平台上部分退款），不用寄回。',
        'Perishables are never sent back: ask for photos of the spoiled ones, then compensate per bad item (or a partial refund on the platform); nothing is returned.',
      ),
    };
  }
  return {
    ...common,
    action: 'partial_refund',
    scriptGroup: 'playbook.perishable_compensate',
    tasks: followUpTasks(input, 'refund'),
    why: say(
      '照片已到：按坏的个数补偿或部分退款，货不用寄回，也没有退货单号要跟。',
      'The photos are in: compensate per bad item or refund part of the order; nothing is sent back, so there is no return parcel to track.',
    ),
  };
}

export function decideReturn(input: ReturnInput): ReturnDecision {
  const { policy, situations } = input;
  const returns = policy.returns;
  const request = input.request ?? 'none';
  const fault = faultCase(situations);
  const windowDays = String(returns.noReasonWindowDays);
  const categories = categoriesOf(input);
  const perishable = input.perishable ?? inList(categories, returns.perishableCategories);

  if (perishable) return perishableDecision(input, fault !== undefined);
  if (fault) return faultDecision(input, fault);

  const payer = returns.shippingPayer.no_reason;
  const insurance = input.insurance ?? returns.returnShippingInsurance;
  const payerKey = insurance && payer.toSeller === 'buyer' ? 'insurance' : payer.toSeller;
  const hasReason = situations.includes('size_fit');

  if ((request === 'refund_only' || request === 'refund') && !hasReason) {
    return {
      case: 'reason_unknown',
      action: 'ask_evidence',
      shippingPayer: payer,
      insuranceCovers: false,
      exchangeOffered: false,
      scriptGroup: 'playbook.refund_ask_reason',
      values: {},
      tasks: [],
      leanedTowardBuyer: false,
      daysLate: 0,
      why: say(
        '买家要退款但没说原因：先问清发生了什么、请对方拍张照片，不要先认错；原因决定谁承担，而不是请求本身。',
        'The buyer wants a refund but gave no reason: ask what happened and for a photo before anything else, and admit nothing yet; the cause decides who pays, not the request.',
      ),
    };
  }

  const excluded = inList(categories, returns.excludedCategories);
  const window = checkWindow(input);
  const late = !window.inWindow && window.daysLate <= LATE_GRACE_DAYS;
  if (excluded || (!window.inWindow && !late)) {
    return {
      case: 'outside_window_or_excluded',
      action: 'refuse',
      shippingPayer: payer,
      insuranceCovers: false,
      exchangeOffered: false,
      scriptGroup: excluded ? 'playbook.return_excluded' : 'playbook.return_outside_window',
      values: excluded ? {} : { return_window_days: windowDays },
      tasks: [],
      leanedTowardBuyer: false,
      daysLate: window.daysLate,
      why: excluded
        ? say(
            '该类商品不支持无理由退货：礼貌说明店铺规则，并提供力所能及的帮助（质量问题照样负责）。',
            'This category is excluded from no-reason returns: explain the policy politely and offer what help we can (faults are still covered).',
          )
        : say(
            `已超过 ${windowDays} 天无理由退货期 ${window.daysLate} 天：礼貌说明规则，并提供力所能及的帮助（质量问题照样负责）。`,
            `${window.daysLate} days past the ${windowDays}-day no-reason window: explain the policy politely and offer what help we can (faults are still covered).`,
          ),
    };
  }

  const apparel = inList(categories, returns.apparelCategories);
  // A buyer who asked for their money gets the return; an exchange only when they asked for one,
  // or offered first to a buyer of clothes who only said it does not fit.
  const exchange =
    request === 'exchange' || (request === 'none' && returns.apparelNoReasonExchange && apparel);
  const action: ReturnAction = exchange ? 'exchange' : 'return';
  const values: Record<string, string | Localized> = {
    return_window_days: windowDays,
    return_shipping_payer: PAYER_WORDS[payerKey],
  };
  if (input.returnAddress?.trim()) values.return_address = input.returnAddress.trim();
  const lateText = late
    ? say(
        `只超出 ${window.daysLate} 天，按经验法则照样${exchange ? '换' : '退'}：退还商品，留住顾客。`,
        `Only ${window.daysLate} day(s) late: by the rule of thumb, ${exchange ? 'exchange' : 'take the return'} anyway; give back the goods and keep the customer.`,
      )
    : window.leaned
      ? say('签收时间无法确认，按仍在退货期内处理。', 'The delivery date cannot be confirmed, so we treat the request as within the window.')
      : say('', '');
  const payerZh = PAYER_NOTE[payerKey]['zh-CN'];
  const payerEn = PAYER_NOTE[payerKey].en;
  return {
    case: late ? 'near_window' : 'no_reason_in_window',
    action,
    shippingPayer: payer,
    shopPaysReturnShipping: payer.toSeller === 'seller',
    insuranceCovers: payerKey === 'insurance',
    exchangeOffered: exchange,
    scriptGroup: late ? (exchange ? 'playbook.exchange_late' : 'playbook.return_late') : exchange ? 'playbook.exchange_no_reason' : 'playbook.return_no_reason',
    values,
    tasks: followUpTasks(input, 'return'),
    leanedTowardBuyer: window.leaned || late,
    daysLate: window.daysLate,
    why: say(
      `${late ? '' : `在 ${windowDays} 天无理由退换期内：`}同意${exchange ? '换货' : '退货退款'}，寄回运费由${payerZh}承担。${lateText['zh-CN']}`,
      `${late ? '' : `Within the ${windowDays}-day no-reason window: `}agree to ${exchange ? 'the exchange' : 'the return and refund'}; return postage is paid by ${payerEn}. ${lateText.en}`.trim(),
    ),
  };
}

const POLICY_QUESTION = /(?:吗|么|嘛|\?)\s*$|^(?:can|could|do|does|is|are)\b/;

/** A situation listed below this score is a hint: it never decides fault or who pays. */
export const SIDE_EVIDENCE = 0.5;
const MAIN_EVIDENCE = 0.3;
const RETURN_SITUATIONS: ReadonlySet<string> = new Set([...QUALITY, ...SHIPPING_FAULT, ...NO_FAULT]);
const EARLIER_MESSAGES = 4;

/** Buyer messages of the case: the latest and a few before it. */
function buyerTexts(c: ConversationFacts): string[] {
  return c.messages
    .slice(0, c.lastBuyerIndex + 1)
    .filter((m) => m.from === 'buyer')
    .slice(-(EARLIER_MESSAGES + 1))
    .map((m) => m.text);
}

export const returnsPlaybook: Playbook = {
  id: 'return',
  decide(c: ConversationFacts): PlaybookVerdict | null {
    const main = c.classification.situations[0];
    const texts = buyerTexts(c);
    const request = readReturnRequest(texts.slice(-1));
    const earlier = texts.slice(0, -1).map((text) => earlierProblem(text, c)).filter((e): e is SituationId => e !== undefined);
    // "照片发你了" / "[图片]" after a described problem continues that case.
    const photoForEarlier = earlier.length > 0 && hasEvidence(texts.slice(-1));
    const mainIsReturn = !!main && RETURN_SITUATIONS.has(main.id) && main.score >= MAIN_EVIDENCE;
    // The seller's own pick of another situation outranks a request or a photo read from the words.
    const aboutReturn = mainIsReturn || (!c.situationChosen && (request === 'refund_only' || photoForEarlier));
    if (!aboutReturn) return null;
    // Only well-evidenced situations count: a 0.10 "wrong item" beside "我要仅退款" is noise,
    // and noise must never decide fault or who pays.
    // A fit or change-of-mind reason the buyer's own words name ("不喜欢") counts even when the
    // calibrated model scores it low beside the request: it is no fault, so it never makes
    // the shop pay; it only tells a stated reason from none.
    const situations = c.classification.situations
      .filter((s, i) => (i === 0 ? s.score >= MAIN_EVIDENCE : s.score >= SIDE_EVIDENCE || (s.id === 'size_fit' && s.cues.length > 0)))
      .map((s) => s.id);
    // The problem the buyer described a message or two earlier still stands ("橙子烂了" … "退款").
    for (const e of earlier) if (!situations.includes(e)) situations.push(e);
    // The latest message may be only the photo; it is not what the case is about.
    if (photoForEarlier && !(main && RETURN_SITUATIONS.has(main.id))) situations.splice(0, situations.length, ...earlier);
    const d = decideReturn({
      situations,
      now: c.now,
      policy: c.settings.policy,
      customerId: c.customer?.id ?? 'conversation',
      request: request === 'none' ? readReturnRequest(texts) : request,
      evidence: hasEvidence(texts),
      ...(c.order ? { order: c.order } : {}),
      ...(c.product?.category ? { category: c.product.category } : {}),
      ...(c.product?.perishable !== undefined ? { perishable: c.product.perishable } : {}),
      ...(c.returnShippingInsurance !== undefined ? { insurance: c.returnShippingInsurance } : {}),
      ...(c.settings.shop.returnAddress ? { returnAddress: c.settings.shop.returnAddress } : {}),
    });
    // With no order on file, "可以七天无理由吗" is a question about the policy, not a parcel on
    // its way back: answer it, but plan no return checks.
    const askingPolicy = !c.order && POLICY_QUESTION.test((texts.at(-1) ?? '').normalize('NFKC').toLowerCase());
    const tasks = askingPolicy ? [] : plannedFrom(d.tasks);
    const chips: Localized[] = [];
    if (d.daysLate > 0) chips.push(say(`超出退货期 ${d.daysLate} 天`, `${d.daysLate} day(s) past the window`));
    if (d.shopPaysReturnShipping !== undefined) {
      const who = d.insuranceCovers ? 'insurance' : d.shopPaysReturnShipping ? 'seller' : 'buyer';
      chips.push(say(`寄回运费：${PAYER_NOTE[who]['zh-CN']}`, `Return postage: ${PAYER_NOTE[who].en}`));
    }
    return {
      id: 'return',
      advice: d.why,
      decision: d.action,
      ...(d.shopPaysReturnShipping !== undefined ? { shopPaysReturnShipping: d.shopPaysReturnShipping } : {}),
      replyGroups: [d.scriptGroup],
      values: d.values,
      tasks,
      chips,
    };
  },
};

/** The after-sale problem an earlier buyer message described, when it clearly did. */
function earlierProblem(text: string, c: ConversationFacts): SituationId | undefined {
  const main = c.classifyText(text).situations[0];
  if (!main || main.score < SIDE_EVIDENCE) return undefined;
  return QUALITY.has(main.id) || SHIPPING_FAULT.has(main.id) || main.id === 'size_fit' ? main.id : undefined;
}
