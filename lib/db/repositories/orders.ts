import { z } from 'zod';
import type { SellerDb } from '../database';
import { orderSchema, type Order } from '../schemas';
import { newId } from '../new-id';
import { validate } from '../validate';

export const orderInputSchema = orderSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type OrderInput = z.input<typeof orderInputSchema>;

export async function saveOrder(db: SellerDb, input: OrderInput & { id?: string }, now = Date.now()): Promise<Order> {
  return db.transaction('rw', db.customers, db.orders, async () => {
    if (!(await db.customers.get(input.customerId))) throw new Error(`customer ${input.customerId} not found`);
    const existing = input.id
      ? await db.orders.get(input.id)
      : await db.orders.where('orderNo').equals(input.orderNo).and((o) => o.customerId === input.customerId).first();
    const order = validate('order', orderSchema, {
      ...existing,
      ...input,
      id: existing?.id ?? input.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.orders.put(order);
    return order;
  });
}

export async function listOrders(db: SellerDb, customerId: string): Promise<Order[]> {
  const orders = await db.orders.where('customerId').equals(customerId).toArray();
  return orders.sort((a, b) => b.createdAt - a.createdAt);
}
