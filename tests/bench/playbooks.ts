/** Playbook speed: each runs once per buyer message or order event, so microseconds matter little, but a regression would show. */
import { advise } from '../../lib/advise/advise';
import { decideHaggle, readHaggleHistory } from '../../lib/playbooks/haggle';
import { settingsSchema } from '../../lib/settings/settings';
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
  const chat = [
    { from: 'buyer' as const, text: '100行不行' },
    { from: 'seller' as const, text: '亲，您说的价格实在给不到😅 我再帮您让一点：153元，您看可以吗？' },
    { from: 'buyer' as const, text: '110吧' },
    { from: 'seller' as const, text: '亲，148元可以给您，您看呢？' },
  ];
  time('readHaggleHistory + decideHaggle (4 messages)', 20_000, (i) => {
    const history = readHaggleHistory(chat, settings);
    decideHaggle({ terms: settings, history, move: { kind: 'offer', unitPrice: 112 + (i % 4), quantity: 1, total: 112 }, situation: 'haggle', loyal: false, currency: 'CNY' });
  });
  const appSettings = settingsSchema.parse({});
  time('advise (whole view, 5-message haggle)', 2_000, () => {
    advise({ now: Date.now(), platform: 'pinduoduo', locale: 'zh-CN', settings: appSettings, product: { title: '加厚睡衣', price: 159 }, messages: [...chat, { from: 'buyer', text: '115可以吗' }] });
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
