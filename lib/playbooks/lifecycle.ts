/**
 * The order's life as follow-up tasks: reassure after payment, announce the shipment, check the
 * arrival, follow up after sign-off, remind about the review while there is none, thank for
 * it, revisit a month or two later; and per customer a yearly birthday greeting, a VIP
 * invitation for loyal buyers and a nudge to VIPs who have gone quiet.
 *
 * Rules are pure: they return tasks to create and ids to cancel. Every draft carries a ruleKey,
 * and a task with that key (in any status) means the rule already fired, so feeding the same
 * event twice, or after the seller dismissed a task, never duplicates or resurrects anything.
 * All times are wall-clock times in the shop's time zone.
 */
import { z } from 'zod';
import type { Customer, Order, Task, TaskKind } from '../db/schemas';
import type { LifecycleGroup } from '../scripts/script-types';
import type { ShopPolicy } from '../settings/shop-policy';
import { addLocalDays, atLocalHour, localDate, localDateAt, withinWorkingHours } from './local-time';
import { ruleKey, withoutExisting, type TaskDraft } from './task-draft';

export const ORDER_EVENT_TYPES = ['paid', 'shipped', 'delivered', 'reviewed', 'return_opened', 'return_closed'] as const;

export const orderEventSchema = z.object({
  type: z.enum(ORDER_EVENT_TYPES),
  at: z.number().int().nonnegative(),
  courier: z.string().trim().max(40).optional(),
  trackingNo: z.string().trim().max(64).optional(),
  expectedArrivalAt: z.number().int().nonnegative().optional(),
});
export type OrderEvent = z.output<typeof orderEventSchema>;

type Policy = Pick<ShopPolicy, 'timeZone' | 'followUp'>;
type ExistingTask = Pick<Task, 'id' | 'orderId' | 'customerId' | 'kind' | 'status' | 'ruleKey' | 'dueAt'>;

export interface LifecyclePlan {
  create: TaskDraft[];
  /** Ids of open tasks that the event made pointless. */
  cancel: string[];
}

export interface OrderEventInput {
  event: OrderEvent;
  customer: Pick<Customer, 'id'>;
  order: Order;
  /** The customer's existing tasks (any status); more is harmless. */
  tasks: readonly ExistingTask[];
  policy: Policy;
  now: number;
}

function openTasksOf(tasks: readonly ExistingTask[], orderId: string, kinds: readonly TaskKind[]): string[] {
  return tasks
    .filter((t) => t.status === 'open' && t.orderId === orderId && kinds.includes(t.kind))
    .map((t) => t.id);
}

export function planOrderEvent(input: OrderEventInput): LifecyclePlan {
  const event = orderEventSchema.parse(input.event);
  const { order, policy, tasks } = input;
  if (order.customerId !== input.customer.id) {
    throw new Error(`Order ${order.id} belongs to customer ${order.customerId}, not ${input.customer.id}`);
  }
  const tz = policy.timeZone;
  const f = policy.followUp;
  const working = (ms: number) => withinWorkingHours(ms, tz, f.workingHours.startHour, f.workingHours.endHour);
  const draft = (kind: TaskKind, rule: string, dueAt: number, scriptId: LifecycleGroup): TaskDraft => ({
    customerId: order.customerId,
    orderId: order.id,
    kind,
    dueAt,
    scriptId,
    ruleKey: ruleKey.order(order.id, rule),
  });
  const create: TaskDraft[] = [];
  let cancel: string[] = [];

  switch (event.type) {
    case 'paid':
      create.push(draft('payment_reassurance', 'payment_reassurance', event.at, 'lifecycle.payment_reassurance'));
      break;
    case 'shipped': {
      // Shipping entered after the delivery (late, or synced twice) has nothing left to
      // announce or check. During a return a shipment may be a reship: the usual rules apply.
      if (order.status === 'delivered' || order.status === 'reviewed') break;
      create.push(draft('shipping_notice', 'shipping_notice', event.at, 'lifecycle.shipping_notice'));
      const expected =
        event.expectedArrivalAt ?? order.expectedArrivalAt ?? addLocalDays(event.at, tz, f.defaultTransitDays);
      create.push(draft('arrival_check', 'arrival_check', atLocalHour(expected, tz, 0, f.arrivalCheckHour), 'lifecycle.arrival_check'));
      // Once the parcel is on its way the tracking number is the reassurance.
      cancel = openTasksOf(tasks, order.id, ['payment_reassurance']);
      break;
    }
    case 'delivered': {
      create.push(
        draft('signoff_followup', 'signoff_followup', atLocalHour(event.at, tz, f.signoffFollowupAfterDays, f.contactHour), 'lifecycle.signoff_followup'),
      );
      const reviewed =
        order.reviewedAt !== undefined ||
        order.status === 'reviewed' ||
        tasks.some((t) => t.orderId === order.id && t.kind === 'review_thanks');
      const returning = order.status === 'return_open' || order.status === 'return_closed';
      if (!reviewed && !returning) {
        create.push(
          draft('review_reminder', 'review_reminder', atLocalHour(event.at, tz, f.reviewReminderAfterDeliveryDays, f.contactHour), 'lifecycle.review_reminder'),
        );
      }
      if (!returning) {
        create.push(draft('revisit', 'revisit', atLocalHour(event.at, tz, f.revisitAfterDays, f.contactHour), 'lifecycle.revisit'));
      }
      // The sign-off follow-up asks the same question as the arrival check, with better facts.
      cancel = openTasksOf(tasks, order.id, ['arrival_check']);
      break;
    }
    case 'reviewed':
      create.push(draft('review_thanks', 'review_thanks', working(event.at), 'lifecycle.review_thanks'));
      cancel = openTasksOf(tasks, order.id, ['review_reminder']);
      break;
    case 'return_opened':
      create.push(
        draft('return_tracking', 'return_tracking', atLocalHour(event.at, tz, f.returnTrackingCheckDays, f.contactHour), 'lifecycle.return_tracking_check'),
      );
      // Asking for a review or how the item is doing while it is on its way back would grate.
      cancel = openTasksOf(tasks, order.id, ['review_reminder', 'revisit']);
      break;
    case 'return_closed':
      create.push(draft('return_refund_or_reship', 'refund_done', working(event.at), 'lifecycle.refund_done'));
      cancel = tasks
        .filter(
          (t) =>
            t.status === 'open' &&
            t.orderId === order.id &&
            (t.kind === 'return_tracking' ||
              (t.kind === 'return_refund_or_reship' && t.ruleKey !== ruleKey.order(order.id, 'refund_done'))),
        )
        .map((t) => t.id);
      break;
  }
  return { create: withoutExisting(create, tasks), cancel };
}

export interface CustomerFollowUpInput {
  customer: Pick<Customer, 'id' | 'birthday' | 'vipLevel'>;
  orders: readonly Pick<Order, 'customerId' | 'status' | 'paidAt' | 'createdAt'>[];
  tasks: readonly ExistingTask[];
  policy: Policy;
  now: number;
}

/** The next local date of a birthday on or after today; 29 Feb falls on 28 Feb in common years. */
export function nextBirthday(birthday: string, now: number, timeZone: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthday);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new Error(`Invalid birthday "${birthday}": expected YYYY-MM-DD`);
  }
  const today = localDate(now, timeZone);
  const on = (year: number) => {
    const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const d = month === 2 && day === 29 && !isLeap ? 28 : Math.min(day, daysInMonth);
    return { year, month, day: d };
  };
  const thisYear = on(today.year);
  const passed = thisYear.month < today.month || (thisYear.month === today.month && thisYear.day < today.day);
  return passed ? on(today.year + 1) : thisYear;
}

/** Customer-level follow-ups, for a periodic sweep and after any change to the customer. */
export function planCustomerFollowUps(input: CustomerFollowUpInput): LifecyclePlan {
  const { customer, policy, now, tasks } = input;
  const tz = policy.timeZone;
  const f = policy.followUp;
  const working = (ms: number) => withinWorkingHours(ms, tz, f.workingHours.startHour, f.workingHours.endHour);
  const create: TaskDraft[] = [];

  if (customer.birthday) {
    const next = nextBirthday(customer.birthday, now, tz);
    create.push({
      customerId: customer.id,
      kind: 'birthday_greeting',
      dueAt: localDateAt(next, tz, f.birthdayGreetingHour),
      scriptId: 'lifecycle.birthday_greeting',
      ruleKey: ruleKey.customer(customer.id, 'birthday', String(next.year)),
    });
  }

  const purchases = input.orders.filter((o) => o.customerId === customer.id && o.status !== 'cancelled' && o.status !== 'pending');
  const lastPurchase = purchases.reduce<number | undefined>((latest, o) => {
    const at = o.paidAt ?? o.createdAt;
    return latest === undefined || at > latest ? at : latest;
  }, undefined);

  if (customer.vipLevel > 0 && lastPurchase !== undefined && addLocalDays(lastPurchase, tz, f.vipSilentDays) <= now) {
    create.push({
      customerId: customer.id,
      kind: 'vip_reactivation',
      dueAt: working(now),
      scriptId: 'lifecycle.vip_reactivation',
      // One nudge per silence: a new purchase starts a new period.
      ruleKey: ruleKey.customer(customer.id, 'vip_reactivation', String(lastPurchase)),
    });
  }

  if (customer.vipLevel === 0 && purchases.length >= f.vipInviteAfterOrders) {
    create.push({
      customerId: customer.id,
      kind: 'custom',
      dueAt: working(now),
      scriptId: 'lifecycle.vip_invitation',
      ruleKey: ruleKey.customer(customer.id, 'vip_invitation', 'once'),
    });
  }

  return { create: withoutExisting(create, tasks), cancel: [] };
}

type DueCandidate = Pick<Task, 'status' | 'dueAt'>;

/** Open tasks due by `now`, oldest first: the badge count and the to-do list. */
export function dueTasks<T extends DueCandidate>(tasks: readonly T[], now: number): T[] {
  return tasks.filter((t) => t.status === 'open' && t.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
}

/** When the next open task falls due after `now`: the time for the next alarm. */
export function nextDueAt(tasks: readonly DueCandidate[], now: number): number | undefined {
  let next: number | undefined;
  for (const t of tasks) {
    if (t.status === 'open' && t.dueAt > now && (next === undefined || t.dueAt < next)) next = t.dueAt;
  }
  return next;
}
