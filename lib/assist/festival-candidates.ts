/**
 * The buyers a festival digest chooses from: each customer's latest order since `since`, the
 * newest `cap` of them, with the marketplace they buy on. Orders have no time index (every
 * index is one more write per order on a 100,000-row import), so this reads the orders table
 * once; the popup only calls it on a day some marketplace keeps a festival.
 */
import type { SellerDb } from '../db/database';
import type { GreetingCandidate } from '../playbooks/festival-greetings';

export async function greetingCandidates(db: SellerDb, since: number, cap = 1000): Promise<GreetingCandidate[]> {
  const latest = new Map<string, number>();
  await db.orders.each((order) => {
    const at = order.paidAt ?? order.createdAt;
    if (at < since) return;
    const previous = latest.get(order.customerId);
    if (previous === undefined || at > previous) latest.set(order.customerId, at);
  });
  const newest = [...latest].sort((a, b) => b[1] - a[1]).slice(0, cap);
  const customers = await db.customers.bulkGet(newest.map(([id]) => id));
  return newest.flatMap(([customerId, lastOrderAt], i) => {
    const customer = customers[i];
    return customer ? [{ customerId, lastOrderAt, platform: customer.platform }] : [];
  });
}
