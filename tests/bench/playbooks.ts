/** Playbook speed: each runs once per buyer message or order event, so microseconds matter little, but a regression would show. */
import { INITIAL_HAGGLE_STATE, nextHaggleMove, type HaggleState } from '../../lib/playbooks/haggle';
import { planOrderEvent, ORDER_EVENT_TYPES } from '../../lib/playbooks/lifecycle';
import { decideReturn } from '../../lib/playbooks/returns';
import { DEFAULT_SHOP_POLICY, resolveHaggleTerms } from '../../lib/settings/shop-policy';

function time(label: string, n: number, fn: (i: number) => void): void {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const ms = performance.now() - start;
  console.log(`${label}: ${((ms * 1000) / n).toFixed(1)} µs/call (${n} calls)`);
}

export async function run(): Promise<void> {
  const policy = DEFAULT_SHOP_POLICY;
  const settings = resolveHaggleTerms(policy.haggle, { listPrice: 159 });
  let state: HaggleState = INITIAL_HAGGLE_STATE;
  time('nextHaggleMove', 20_000, (i) => {
    if (i % 8 === 0) state = INITIAL_HAGGLE_STATE;
    state = nextHaggleMove(state, { buyerOffer: 100 + (i % 8) * 4, settings, situation: 'haggle' }).state;
  });
  const order = { id: 'o', customerId: 'c', orderNo: 'n', items: [], status: 'delivered' as const, createdAt: 0, updatedAt: 0, deliveredAt: Date.now() - 86_400_000 };
  time('decideReturn', 20_000, () => {
    decideReturn({ situations: ['size_fit'], order, now: Date.now(), policy, category: '女装', customerId: 'c' });
  });
  const tasks = Array.from({ length: 50 }, (_, i) => ({ id: `t${i}`, customerId: 'c', orderId: `o${i}`, kind: 'revisit' as const, status: 'open' as const, dueAt: i, ruleKey: `o${i}:revisit` }));
  time('planOrderEvent (50 existing tasks)', 20_000, (i) => {
    planOrderEvent({ event: { type: ORDER_EVENT_TYPES[i % ORDER_EVENT_TYPES.length]!, at: 1.7e12 + i * 1000 }, customer: { id: 'c' }, order, tasks, policy, now: 1.7e12 });
  });
}
