/**
 * Recording an order's progress: the order's status and times change and the follow-up
 * lifecycle plans tasks, all in one transaction so a failure leaves neither half.
 */
import { orderEventSchema, planOrderEvent, type OrderEvent } from '../../playbooks/lifecycle';
import type { ShopPolicy } from '../../settings/shop-policy';
import type { SellerDb } from '../database';
import { orderSchema, type Order, type OrderStatus } from '../schemas';
import { newId } from '../new-id';
import { validate } from '../validate';
import { applyTaskPlan } from './tasks';
import { counterTables } from '../../insights/counter-store';

export type OrderEventType = OrderEvent['type'];

const STATUS_AFTER: Record<OrderEventType, OrderStatus> = {
  paid: 'paid',
  shipped: 'shipped',
  delivered: 'delivered',
  reviewed: 'reviewed',
  return_opened: 'return_open',
  return_closed: 'return_closed',
};

/** How far an order has got; returns come after every forward step. */
const PROGRESS: Record<OrderStatus, number> = {
  pending: 0,
  paid: 1,
  shipped: 2,
  delivered: 3,
  reviewed: 4,
  return_open: 5,
  return_closed: 6,
  cancelled: 7,
};

/**
 * Forward steps never move an order back: a repeated or late "paid" must not undo "shipped",
 * and a delivery recorded during a return must not end the return (the lifecycle would then
 * plan a review reminder for a buyer sending the item back). Return events always apply.
 */
function statusAfter(current: OrderStatus | undefined, type: OrderEventType): OrderStatus {
  const next = STATUS_AFTER[type];
  if (!current || type === 'return_opened' || type === 'return_closed') return next;
  return PROGRESS[next] >= PROGRESS[current] ? next : current;
}

export interface RecordOrderEventInput {
  customerId: string;
  /** The order by its marketplace number; created when the archive does not know it yet. */
  orderNo: string;
  event: OrderEvent;
  policy: Pick<ShopPolicy, 'timeZone' | 'followUp'>;
  now?: number;
}

export async function recordOrderEvent(
  db: SellerDb,
  input: RecordOrderEventInput,
): Promise<{ order: Order; created: number; cancelled: number }> {
  const now = input.now ?? Date.now();
  const event = validate('order', orderEventSchema, input.event);
  return db.transaction('rw', [db.customers, db.orders, db.tasks, ...counterTables(db)], async () => {
    const customer = await db.customers.get(input.customerId);
    if (!customer) throw new Error(`customer ${input.customerId} not found`);
    const existing = await db.orders
      .where('orderNo')
      .equals(input.orderNo.trim())
      .and((o) => o.customerId === customer.id)
      .first();
    const order = validate('order', orderSchema, {
      ...existing,
      id: existing?.id ?? newId(),
      customerId: customer.id,
      orderNo: input.orderNo,
      status: statusAfter(existing?.status, event.type),
      ...timesFor(event),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.orders.put(order);
    const tasks = await db.tasks.where('customerId').equals(customer.id).toArray();
    const plan = planOrderEvent({ event, customer, order, tasks, policy: input.policy, now });
    const { created, cancelled } = await applyTaskPlan(db, plan, now, input.policy.timeZone);
    return { order, created, cancelled };
  });
}

function timesFor(event: OrderEvent): Partial<Order> {
  switch (event.type) {
    case 'paid':
      return { paidAt: event.at };
    case 'shipped':
      return {
        shippedAt: event.at,
        ...(event.courier ? { courier: event.courier } : {}),
        ...(event.trackingNo ? { trackingNo: event.trackingNo } : {}),
        ...(event.expectedArrivalAt ? { expectedArrivalAt: event.expectedArrivalAt } : {}),
      };
    case 'delivered':
      return { deliveredAt: event.at };
    case 'reviewed':
      return { reviewedAt: event.at };
    default:
      return {};
  }
}
