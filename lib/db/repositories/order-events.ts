/**
 * Recording an order's progress: the order's status and times change and the follow-up
 * lifecycle plans tasks, all in one transaction so a failure leaves neither half.
 */
import { orderEventSchema, planOrderEvent, type OrderEvent } from '../../playbooks/lifecycle';
import type { ShopPolicy } from '../../settings/shop-policy';
import type { SellerDb } from '../database';
import { orderSchema, type Order, type OrderStatus } from '../schemas';
import { newId, validate } from '../validate';
import { applyTaskPlan } from './tasks';

export type OrderEventType = OrderEvent['type'];

const STATUS_AFTER: Record<OrderEventType, OrderStatus> = {
  paid: 'paid',
  shipped: 'shipped',
  delivered: 'delivered',
  reviewed: 'reviewed',
  return_opened: 'return_open',
  return_closed: 'return_closed',
};

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
  return db.transaction('rw', [db.customers, db.orders, db.tasks], async () => {
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
      status: STATUS_AFTER[event.type],
      ...timesFor(event),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.orders.put(order);
    const tasks = await db.tasks.where('customerId').equals(customer.id).toArray();
    const plan = planOrderEvent({ event, customer, order, tasks, policy: input.policy, now });
    const { created, cancelled } = await applyTaskPlan(db, plan, now);
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
