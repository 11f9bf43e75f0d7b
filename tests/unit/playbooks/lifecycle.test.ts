import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order, Task } from '../../../lib/db/schemas';
import {
  ORDER_EVENT_TYPES,
  dueTasks,
  nextBirthday,
  nextDueAt,
  planCustomerFollowUps,
  planOrderEvent,
  type LifecyclePlan,
  type OrderEvent,
} from '../../../lib/playbooks/lifecycle';
import { decideReturn } from '../../../lib/playbooks/returns';
import { DEFAULT_SHOP_POLICY, shopPolicySchema } from '../../../lib/settings/shop-policy';

const sh = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);
const policy = DEFAULT_SHOP_POLICY;
const la = shopPolicySchema.parse({ timeZone: 'America/Los_Angeles' });
const DAY = 24 * 3600_000;

const order = (over: Partial<Order> = {}): Order => ({
  id: 'o1',
  customerId: 'c1',
  orderNo: 'N1',
  items: [],
  status: 'paid',
  createdAt: 0,
  updatedAt: 0,
  ...over,
});

/** A tiny task store: applies a plan the way the repository would. */
function apply(tasks: Task[], plan: LifecyclePlan, now: number): Task[] {
  const next = tasks.map((t) => (plan.cancel.includes(t.id) ? { ...t, status: 'cancelled' as const } : t));
  for (const d of plan.create) next.push({ ...d, id: `t${next.length + 1}`, status: 'open', createdAt: now });
  return next;
}

function run(event: OrderEvent, tasks: Task[] = [], o = order(), p = policy) {
  return planOrderEvent({ event, customer: { id: 'c1' }, order: o, tasks, policy: p, now: event.at });
}

const byKind = (plan: LifecyclePlan, kind: Task['kind']) => plan.create.find((t) => t.kind === kind);

describe('order events', () => {
  it('paid: payment reassurance due at once', () => {
    const plan = run({ type: 'paid', at: sh(2025, 1, 10, 14) });
    expect(plan.create).toEqual([
      {
        customerId: 'c1',
        orderId: 'o1',
        kind: 'payment_reassurance',
        dueAt: sh(2025, 1, 10, 14),
        scriptId: 'lifecycle.payment_reassurance',
        ruleKey: 'o1:payment_reassurance',
      },
    ]);
  });

  it('shipped: notice now, arrival check at 18:00 on the expected day, stale reassurance cancelled', () => {
    const tasks = apply([], run({ type: 'paid', at: sh(2025, 1, 10, 14) }), 0);
    const plan = run({ type: 'shipped', at: sh(2025, 1, 11, 9), expectedArrivalAt: sh(2025, 1, 13, 11) }, tasks);
    expect(byKind(plan, 'shipping_notice')?.dueAt).toBe(sh(2025, 1, 11, 9));
    expect(byKind(plan, 'arrival_check')).toMatchObject({ dueAt: sh(2025, 1, 13, 18), scriptId: 'lifecycle.arrival_check' });
    expect(plan.cancel).toEqual(['t1']);
  });

  it('shipped recorded after the delivery plans nothing; during a return the usual rules apply', () => {
    const late = run({ type: 'shipped', at: sh(2025, 1, 14, 9) }, [], order({ status: 'delivered', deliveredAt: sh(2025, 1, 13, 9) }));
    expect(late).toEqual({ create: [], cancel: [] });
    const reviewed = run({ type: 'shipped', at: sh(2025, 1, 20, 9) }, [], order({ status: 'reviewed', deliveredAt: sh(2025, 1, 13, 9) }));
    expect(reviewed.create).toEqual([]);
    const reship = run({ type: 'shipped', at: sh(2025, 1, 20, 9) }, [], order({ status: 'return_closed', deliveredAt: sh(2025, 1, 13, 9) }));
    expect(reship.create.map((t) => t.kind)).toEqual(['shipping_notice', 'arrival_check']);
  });

  it('shipped without an expected arrival: shipped + default transit days', () => {
    const plan = run({ type: 'shipped', at: sh(2025, 1, 30, 22) });
    expect(byKind(plan, 'arrival_check')?.dueAt).toBe(sh(2025, 2, 2, 18));
  });

  it('delivered at 23:30 on 31 Jan (Shanghai): follow-up 1 Feb 10:00, review reminder 3 Feb, revisit in March', () => {
    const plan = run({ type: 'delivered', at: sh(2025, 1, 31, 23, 30) });
    expect(byKind(plan, 'signoff_followup')?.dueAt).toBe(sh(2025, 2, 1, 10));
    expect(byKind(plan, 'review_reminder')?.dueAt).toBe(sh(2025, 2, 3, 10));
    // 45 days after 31 Jan 2025 is 17 Mar (February has 28 days).
    expect(byKind(plan, 'revisit')?.dueAt).toBe(sh(2025, 3, 17, 10));
  });

  it('month and year ends roll over correctly, leap years included', () => {
    const p = shopPolicySchema.parse({ followUp: { revisitAfterDays: 30 } });
    const dec = run({ type: 'delivered', at: sh(2024, 12, 31, 8) }, [], order(), p);
    expect(byKind(dec, 'signoff_followup')?.dueAt).toBe(sh(2025, 1, 1, 10));
    expect(byKind(dec, 'revisit')?.dueAt).toBe(sh(2025, 1, 30, 10));
    const leap = run({ type: 'delivered', at: sh(2024, 2, 27, 12) }, [], order(), p);
    expect(byKind(leap, 'review_reminder')?.dueAt).toBe(sh(2024, 3, 1, 10));
    expect(byKind(leap, 'signoff_followup')?.dueAt).toBe(sh(2024, 2, 28, 10));
  });

  it('keeps 10:00 local across the DST start in Los Angeles (UTC offset changes from -8 to -7)', () => {
    // Friday 7 March 2025 12:00 PST.
    const plan = run({ type: 'delivered', at: Date.UTC(2025, 2, 7, 20) }, [], order(), la);
    expect(byKind(plan, 'signoff_followup')?.dueAt).toBe(Date.UTC(2025, 2, 8, 18)); // 10:00 PST
    expect(byKind(plan, 'review_reminder')?.dueAt).toBe(Date.UTC(2025, 2, 10, 17)); // 10:00 PDT
  });

  it('a DST-free zone keeps a fixed offset: Shanghai 10:00 is always 02:00 UTC', () => {
    for (const [m, d] of [
      [3, 7],
      [11, 1],
    ] as const) {
      const plan = run({ type: 'delivered', at: sh(2025, m, d, 12) });
      expect(new Date(byKind(plan, 'review_reminder')!.dueAt).getUTCHours()).toBe(2);
    }
  });

  it('no review reminder for an order already reviewed', () => {
    const plan = run({ type: 'delivered', at: sh(2025, 1, 5) }, [], order({ reviewedAt: sh(2025, 1, 4) }));
    expect(byKind(plan, 'review_reminder')).toBeUndefined();
    expect(byKind(plan, 'signoff_followup')).toBeDefined();
  });

  it('a review cancels the open reminder and schedules thanks within working hours', () => {
    let tasks = apply([], run({ type: 'delivered', at: sh(2025, 1, 5, 12) }), 0);
    const reminder = tasks.find((t) => t.kind === 'review_reminder')!;
    const plan = run({ type: 'reviewed', at: sh(2025, 1, 6, 22, 15) }, tasks);
    expect(plan.cancel).toEqual([reminder.id]);
    expect(byKind(plan, 'review_thanks')).toMatchObject({ dueAt: sh(2025, 1, 7, 9), scriptId: 'lifecycle.review_thanks' });
    tasks = apply(tasks, plan, 0);
    // A late "delivered" replay does not bring the reminder back.
    expect(byKind(run({ type: 'delivered', at: sh(2025, 1, 5, 12) }, tasks), 'review_reminder')).toBeUndefined();
  });

  it('a return cancels the review reminder and the revisit, and shares the tracking rule with the returns playbook', () => {
    const tasks = apply([], run({ type: 'delivered', at: sh(2025, 1, 5, 12) }), 0);
    const plan = run({ type: 'return_opened', at: sh(2025, 1, 7, 15) }, tasks);
    const cancelledKinds = tasks.filter((t) => plan.cancel.includes(t.id)).map((t) => t.kind);
    expect(cancelledKinds.sort()).toEqual(['review_reminder', 'revisit']);
    expect(byKind(plan, 'return_tracking')).toMatchObject({ dueAt: sh(2025, 1, 9, 10), ruleKey: 'o1:return_tracking' });
    // The returns playbook already scheduled the same check: no duplicate.
    const fromReturns = decideReturn({ situations: ['quality_issue'], order: order(), now: sh(2025, 1, 7, 15), policy, evidence: true });
    const stored = apply([], { create: fromReturns.tasks, cancel: [] }, 0);
    expect(byKind(run({ type: 'return_opened', at: sh(2025, 1, 7, 15) }, stored), 'return_tracking')).toBeUndefined();
  });

  it('a closed return cancels the open return checks and schedules the refund notice', () => {
    const fromReturns = decideReturn({ situations: ['quality_issue'], order: order(), now: sh(2025, 1, 7, 15), policy, evidence: true });
    const tasks = apply([], { create: fromReturns.tasks, cancel: [] }, 0);
    const plan = run({ type: 'return_closed', at: sh(2025, 1, 10, 11) }, tasks);
    expect(plan.cancel).toEqual(['t1', 't2']);
    expect(plan.create).toEqual([
      expect.objectContaining({ kind: 'return_refund_or_reship', ruleKey: 'o1:refund_done', scriptId: 'lifecycle.refund_done' }),
    ]);
  });

  it('rejects an order of another customer and an event without a valid time', () => {
    expect(() =>
      planOrderEvent({ event: { type: 'paid', at: 1 }, customer: { id: 'c2' }, order: order(), tasks: [], policy, now: 1 }),
    ).toThrow(/belongs to customer c1/);
    expect(() => run({ type: 'paid', at: -5 })).toThrow();
  });
});

describe('idempotence', () => {
  const eventArb = fc.record({
    type: fc.constantFrom(...ORDER_EVENT_TYPES),
    at: fc.integer({ min: sh(2024, 1, 1), max: sh(2026, 12, 31) }),
    expectedArrivalAt: fc.option(fc.integer({ min: sh(2024, 1, 1), max: sh(2027, 1, 31) }), { nil: undefined }),
  });

  it('applying any event sequence twice creates no duplicate and cancels nothing new', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 8 }), fc.constantFrom(policy, la), (events, p) => {
        let tasks: Task[] = [];
        for (const event of events) tasks = apply(tasks, run(event, tasks, order(), p), event.at);
        for (const event of events) {
          const again = run(event, tasks, order(), p);
          expect(again.create).toEqual([]);
          tasks = apply(tasks, again, event.at);
        }
        const keys = tasks.map((t) => t.ruleKey);
        expect(new Set(keys).size).toBe(keys.length);
        // Replaying an event right after itself never cancels anything further.
        const last = events[events.length - 1]!;
        expect(run(last, tasks, order(), p).cancel).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('customer follow-ups', () => {
  const customer = { id: 'c1', vipLevel: 0 };

  it('birthday greeting at 09:00 local on the next birthday, once per year', () => {
    const now = sh(2025, 5, 20, 12);
    const plan = planCustomerFollowUps({ customer: { ...customer, birthday: '1990-05-17' }, orders: [], tasks: [], policy, now });
    expect(plan.create).toEqual([
      expect.objectContaining({ kind: 'birthday_greeting', dueAt: sh(2026, 5, 17, 9), ruleKey: 'customer:c1:birthday:2026' }),
    ]);
    const tasks = apply([], plan, now);
    expect(planCustomerFollowUps({ customer: { ...customer, birthday: '1990-05-17' }, orders: [], tasks, policy, now }).create).toEqual([]);
  });

  it('on the birthday itself the greeting is for today', () => {
    expect(nextBirthday('0000-01-31', sh(2025, 1, 31, 23, 30), 'Asia/Shanghai')).toEqual({ year: 2025, month: 1, day: 31 });
    expect(nextBirthday('0000-01-30', sh(2025, 1, 31, 23, 30), 'Asia/Shanghai')).toEqual({ year: 2026, month: 1, day: 30 });
  });

  it('a 29 Feb birthday is greeted on 28 Feb in common years', () => {
    expect(nextBirthday('2000-02-29', sh(2025, 1, 1), 'Asia/Shanghai')).toEqual({ year: 2025, month: 2, day: 28 });
    expect(nextBirthday('2000-02-29', sh(2027, 12, 1), 'Asia/Shanghai')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => nextBirthday('17/05', 0, 'Asia/Shanghai')).toThrow(/YYYY-MM-DD/);
  });

  it('a VIP silent for the configured days gets one reactivation task per silence', () => {
    const orders = [{ customerId: 'c1', status: 'delivered' as const, paidAt: sh(2025, 1, 1, 12), createdAt: 0 }];
    const vip = { id: 'c1', vipLevel: 2 };
    const early = planCustomerFollowUps({ customer: vip, orders, tasks: [], policy, now: sh(2025, 3, 31, 12) });
    expect(early.create).toEqual([]);
    const now = sh(2025, 4, 1, 12);
    const plan = planCustomerFollowUps({ customer: vip, orders, tasks: [], policy, now });
    expect(plan.create).toEqual([expect.objectContaining({ kind: 'vip_reactivation', dueAt: now, scriptId: 'lifecycle.vip_reactivation' })]);
    const tasks = apply([], plan, now);
    expect(planCustomerFollowUps({ customer: vip, orders, tasks, policy, now: now + 30 * DAY }).create).toEqual([]);
  });

  it('invites a loyal non-VIP buyer once after enough orders', () => {
    const orders = [1, 2, 3].map((i) => ({ customerId: 'c1', status: 'delivered' as const, paidAt: sh(2025, 1, i), createdAt: 0 }));
    const plan = planCustomerFollowUps({ customer, orders, tasks: [], policy, now: sh(2025, 1, 4, 22) });
    expect(plan.create).toEqual([expect.objectContaining({ scriptId: 'lifecycle.vip_invitation', dueAt: sh(2025, 1, 5, 9) })]);
    const two = planCustomerFollowUps({ customer, orders: orders.slice(0, 2), tasks: [], policy, now: sh(2025, 1, 4) });
    expect(two.create).toEqual([]);
  });
});

describe('due tasks for the badge and the alarm', () => {
  const t = (id: string, dueAt: number, status: Task['status'] = 'open') => ({ id, dueAt, status });
  const tasks = [t('a', 300), t('b', 100), t('c', 50, 'done'), t('d', 500), t('e', 700, 'cancelled'), t('f', 200)];

  it('lists open tasks due by now, oldest first', () => {
    expect(dueTasks(tasks, 300).map((x) => x.id)).toEqual(['b', 'f', 'a']);
    expect(dueTasks([], 300)).toEqual([]);
  });

  it('gives the next open due time after now, or undefined', () => {
    expect(nextDueAt(tasks, 300)).toBe(500);
    expect(nextDueAt(tasks, 500)).toBeUndefined();
  });
});
